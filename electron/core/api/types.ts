import type { MethodName, MethodParsedInput, MethodResult } from '../../shared/contract'
import type { Role, RoleAssignment } from '../../shared/roles'
import type { Core } from '../app'

export type Channel = 'desktop' | 'http' | 'cli'

export interface SessionUser {
  id: number
  username: string
  displayName: string
  roles: Role[]
  /** Each role with its scope (null = everywhere); handlers check a 账套-scoped role against the 账套. */
  assignments: RoleAssignment[]
  /** Until the user replaces a password the 系统管理员 set, only auth.me/changePassword/logout work (not on the CLI). */
  mustChangePassword: boolean
}

/** What the router hands every handler. */
export interface HandlerContext {
  core: Core
  user: SessionUser | null
  /** The session token of this call (auth.logout ends exactly this session). */
  token: string | null
  channel: Channel
  audit: AuditNote
}

/** Handlers say what they touched; the router writes the audit row in the same transaction. */
export interface AuditNote {
  targets: string[]
  summary: string | null
  /** Set by login/setup, where the acting user is known only after the handler ran. */
  actor: SessionUser | null
}

export type HandlerFn<M extends MethodName> = (ctx: HandlerContext, input: MethodParsedInput<M>) => MethodResult<M>

/**
 * Almost every handler is a plain synchronous function that the router runs inside one SQLite
 * transaction. Work that cannot live in a transaction (VACUUM INTO, swapping the database file)
 * is declared with outsideTransaction and audited after it completes.
 */
export type Handler<M extends MethodName> = HandlerFn<M> | { outsideTransaction: true; run: HandlerFn<M>; prepare?: never } | PreparedHandler<M>

/**
 * For work that must await before it writes (reading an uploaded workbook): `prepare` runs first,
 * outside any transaction and writing nothing; `run` then gets its result inside the transaction.
 */
export interface PreparedHandler<M extends MethodName> {
  outsideTransaction?: never
  prepare: (ctx: HandlerContext, input: MethodParsedInput<M>) => Promise<unknown>
  run: (ctx: HandlerContext, input: MethodParsedInput<M>, prepared: unknown) => MethodResult<M>
}

export function prepared<M extends MethodName, P>(
  prepare: (ctx: HandlerContext, input: MethodParsedInput<M>) => Promise<P>,
  run: (ctx: HandlerContext, input: MethodParsedInput<M>, prepared: P) => MethodResult<M>,
): PreparedHandler<M> {
  return { prepare, run: run as PreparedHandler<M>['run'] }
}

export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> }
