import type { z } from 'zod'
import type { Role } from '../roles'

/**
 * Who may call a method: 'public' needs no session (first run, login), 'user' any signed-in user,
 * a role list any user holding one of those roles.
 */
export type Access = 'public' | 'user' | readonly Role[]

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** Chinese title shown in the audit log and in error messages. */
  title: string
  input: I
  output: O
  /** Write methods run inside one SQLite transaction and are written to the audit log. */
  write: boolean
  access: Access
  /**
   * Office-wide (global settings, new 账套): a role counts only when held unscoped — a 会计 scoped to
   * one 账套 touches nothing global. The 系统管理员 counts however assigned.
   */
  global?: true
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec
}

/** A method's kind and access in one spread: `...reads(LEDGER_READERS)`, `...writes(LEDGER_KEEPERS)`. */
export const reads = <A extends Access>(access: A) => ({ write: false as const, access })
export const writes = <A extends Access>(access: A) => ({ write: true as const, access })
