import { and, eq, sql } from 'drizzle-orm'
import { closedPeriods, openingBalances } from '../../../drizzle/schema'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { periodText, yearOfPeriod } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import type { LedgerRecord } from './access'
import { ledgerFor } from './access'
import { chartOf } from './accounts'

const startYear = (ledger: LedgerRecord) => yearOfPeriod(ledger.startPeriod)

/** The opening balances may change until the first month is closed. */
function editable(core: Core, ledgerId: number): boolean {
  return !core.db.select({ p: closedPeriods.period }).from(closedPeriods).where(eq(closedPeriods.ledgerId, ledgerId)).limit(1).get()
}

function totals(core: Core, ledger: LedgerRecord) {
  return core.db
    .select({
      totalDebit: sql<number>`coalesce(sum(${openingBalances.debit}), 0)`,
      totalCredit: sql<number>`coalesce(sum(${openingBalances.credit}), 0)`,
    })
    .from(openingBalances)
    .where(and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, startYear(ledger))))
    .get()!
}

export const openingHandlers: HandlerMap<'opening.get' | 'opening.set'> = {
  'opening.get': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    const rows = ctx.core.db
      .select({ accountId: openingBalances.accountId, debit: openingBalances.debit, credit: openingBalances.credit })
      .from(openingBalances)
      .where(and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, startYear(ledger))))
      .all()
    const codes = new Map(chartOf(ctx.core, ledger.id).map((a) => [a.id, a.code]))
    return {
      period: periodText(ledger.startPeriod),
      editable: editable(ctx.core, ledger.id),
      rows: rows.map((r) => ({ ...r, code: codes.get(r.accountId)! })).sort((a, b) => a.code.localeCompare(b.code)),
      ...totals(ctx.core, ledger),
    }
  },

  /** Entries replace the balance of each named leaf account; an entry of 0/0 clears it. */
  'opening.set': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    if (!editable(ctx.core, ledger.id)) throw new AppError('CONFLICT', '已有结账的期间，期初余额不能再修改')
    const chart = new Map(chartOf(ctx.core, ledger.id).map((a) => [a.code, a]))
    const problems: string[] = []
    for (const e of input.entries) {
      const account = chart.get(e.accountCode)
      if (!account) problems.push(`科目 ${e.accountCode} 不存在`)
      else if (!account.isLeaf) problems.push(`科目 ${e.accountCode} ${account.name} 有下级科目，请在明细科目录入`)
      else if (e.debit !== 0 && e.credit !== 0) problems.push(`科目 ${e.accountCode} 只能有借方或贷方余额之一`)
    }
    if (problems.length) throw new AppError('VALIDATION', problems.join('；'))
    const year = startYear(ledger)
    for (const e of input.entries) {
      const accountId = chart.get(e.accountCode)!.id
      const key = and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, year), eq(openingBalances.accountId, accountId))
      ctx.core.db.delete(openingBalances).where(key).run()
      if (e.debit !== 0 || e.credit !== 0) {
        ctx.core.db.insert(openingBalances).values({ ledgerId: ledger.id, year, accountId, debit: e.debit, credit: e.credit }).run()
      }
    }
    const sums = totals(ctx.core, ledger)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `录入期初余额 ${input.entries.length} 个科目；合计借方 ${sums.totalDebit} 分，贷方 ${sums.totalCredit} 分`
    return sums
  },
}
