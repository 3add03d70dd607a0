import { sql } from 'drizzle-orm'
import { ledgers } from '../../../drizzle/schema'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import { cachedQuery } from '../db/cached'
import { holdsLedgerRole, ledgerFor, type LedgerRecord } from '../ledger/access'
import { BUDGET_KEEPERS, BUDGET_RECORDERS } from '../../shared/contract/budget'

/**
 * What a caller may do with a 账套's budget. 'keep' (prepare a draft) is the 会计's; 'record' (the
 * approval and adjustments decided by the union's bodies) the 会计's or the 系统管理员's; 'read' is for
 * the 账套's readers and its 审批人; 'lines' (claim forms) adds the 报账员.
 */
export type BudgetAccess = 'keep' | 'record' | 'read' | 'lines'

const WRITERS: Record<'keep' | 'record', readonly Role[]> = { keep: BUDGET_KEEPERS, record: BUDGET_RECORDERS }

/**
 * 审批人 and 报账员 are not ledger roles: theirs count for a 账套 when held unscoped, scoped to that
 * 账套, or scoped to the union the 账套 keeps the books of (a 小二级's chair approves its claims).
 */
function holdsUnionRole(ctx: HandlerContext, ledger: LedgerRecord, roles: readonly Role[]): boolean {
  return ctx.user!.assignments.some(
    (a) =>
      roles.includes(a.role) &&
      (a.scopeType === null || (a.scopeType === 'ledger' && a.scopeId === ledger.id) || (a.scopeType === 'union' && ledger.unionId !== null && a.scopeId === ledger.unionId)),
  )
}

/** Whether the caller may read this 账套's budget ('read') or its lines for claim forms ('lines'). */
export function canRead(ctx: HandlerContext, ledger: LedgerRecord, access: 'read' | 'lines'): boolean {
  const outsiders: Role[] = access === 'lines' ? ['approver', 'clerk'] : ['approver']
  return holdsLedgerRole(ctx.user!, ledger.id, LEDGER_READERS) || holdsUnionRole(ctx, ledger, outsiders)
}

export function budgetLedger(ctx: HandlerContext, ledgerId: number, access: BudgetAccess): LedgerRecord {
  if (access === 'keep' || access === 'record') return ledgerFor(ctx, ledgerId, WRITERS[access])
  return readableLedgers(ctx, [ledgerId], access)[0]
}

const ledgersByIds = (core: Core) =>
  cachedQuery(core.db, 'ledgersByIds', () =>
    core.db
      .select()
      .from(ledgers)
      .where(sql`${ledgers.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
      .prepare(),
  )

/** Several 账套 whose budgets the caller may read, read in one query and checked in the order given. */
export function readableLedgers(ctx: HandlerContext, ledgerIds: number[], access: 'read' | 'lines'): LedgerRecord[] {
  const found = new Map(
    ledgersByIds(ctx.core)
      .all({ ids: JSON.stringify(ledgerIds) })
      .map((l) => [l.id, l]),
  )
  return ledgerIds.map((ledgerId) => {
    const ledger = found.get(ledgerId)
    if (!ledger) throw new AppError('NOT_FOUND', `账套（编号 ${ledgerId}）不存在`)
    if (!canRead(ctx, ledger, access)) throw new AppError('FORBIDDEN', `您不能查看账套“${ledger.name}”的预算`)
    return ledger
  })
}
