import { eq, sql } from 'drizzle-orm'
import { ledgers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { periodText } from '../../shared/ledger-terms'
import { ROLE_LABELS, holdsLedgerRole as holdsRole, type Role } from '../../shared/roles'
import type { HandlerContext, SessionUser } from '../api/types'
import type { Core } from '../app'
import { cachedQuery } from '../db/cached'

export type LedgerRecord = typeof ledgers.$inferSelect

export function holdsLedgerRole(user: SessionUser, ledgerId: number, roles: readonly Role[]): boolean {
  return holdsRole(user.assignments, ledgerId, roles)
}

/** The 账套 by id, prepared once: a 汇总 looks up every chosen 账套 on each call. */
const ledgerById = (core: Core) =>
  cachedQuery(core.db, 'ledgerById', () =>
    core.db
      .select()
      .from(ledgers)
      .where(eq(ledgers.id, sql.placeholder('id')))
      .prepare(),
  )

/** Load the 账套 and check the caller may act in it with one of these roles. */
export function ledgerFor(ctx: HandlerContext, ledgerId: number, roles: readonly Role[]): LedgerRecord {
  const ledger = ledgerById(ctx.core).get({ id: ledgerId })
  if (!ledger) throw new AppError('NOT_FOUND', `账套（编号 ${ledgerId}）不存在`)
  if (!holdsLedgerRole(ctx.user!, ledgerId, roles)) {
    const needed = roles.map((r) => ROLE_LABELS[r]).join('或')
    throw new AppError('FORBIDDEN', `您在账套“${ledger.name}”中没有“${needed}”权限`)
  }
  return ledger
}

/** A report asked for a period before the 账套 was opened: nothing is there to show (`field` names the input). */
export function assertStarted(startPeriod: number, period: number, field?: { name: string; message: string }): void {
  if (period < startPeriod) {
    throw new AppError('VALIDATION', `账套从 ${periodText(startPeriod)} 启用，之前没有数据`, field ? { fields: { [field.name]: field.message } } : undefined)
  }
}
