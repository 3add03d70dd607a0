import type { MethodName, MethodParsedInput, MethodResult } from '../../shared/contract'
import type { Role, ScopeType } from '../../shared/roles'
import type { Core } from '../app'

export type Channel = 'desktop' | 'http' | 'cli'

export interface SessionUser {
  id: number
  username: string
  displayName: string
  roles: Role[]
  /** Each role with its scope (null = everywhere); handlers check a 账套-scoped role against the 账套. */
  assignments: { role: Role; scopeType: ScopeType | null; scopeId: number | null }[]
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
export type Handler<M extends MethodName> = HandlerFn<M> | { outsideTransaction: true; run: HandlerFn<M> }

export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> }
