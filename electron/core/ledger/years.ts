import { and, eq } from 'drizzle-orm'
import { closingWarnings } from '../assets/depreciation'
import { closedYears, openingBalances } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { periodText } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import { ledgerFor } from './access'
import { leafMovements, rolledUp } from './balances'
import { accountIdByCode, postSystemVoucher } from './closing'
import { YEAR_END_MOVES } from './closing-matrix'
import { closeMonthEntries, markClosed } from './periods'
import type { LineInput } from './voucher-lines'
import { LEDGER_CLOSERS } from '../../shared/roles'

const line = (summary: string, accountId: number, debit: number, credit: number): LineInput => ({
  summary,
  accountId,
  debit,
  credit,
  fundNature: null,
  spendType: null,
  projectId: null,
  counterpart: null,
})

export const yearsHandlers: HandlerMap<'years.close'> = {
  /**
   * 年度结转, one transaction: December's month-end close, the 321/322 consolidation into 累计结转 /
   * 累计结余, December and the year marked closed, and the balance-sheet accounts' year-end balances
   * written as next year's opening balances.
   */
  'years.close': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_CLOSERS)
    const december = input.year * 100 + 12
    if (december < ledger.startPeriod) throw new AppError('CONFLICT', `账套从 ${periodText(ledger.startPeriod)} 启用，${input.year} 年无需结转`)
    const warnings = closingWarnings(ctx.core, ledger.id, periodText(december))
    const made = closeMonthEntries(ctx, ledger, december)

    const leaves = leafMovements(ctx.core, ledger, december, december)
    const codes = new Map(rolledUp(ctx.core, ledger, december, december).map(({ account }) => [account.code, account]))
    const closingOf = (code: string) => {
      const m = leaves.get(codes.get(code)!.id)
      return m ? m.opening + m.debit - m.credit : 0
    }
    const consolidation: LineInput[] = []
    for (const [sources, target] of YEAR_END_MOVES) {
      let moved = 0
      for (const code of sources) {
        const net = closingOf(code)
        if (net === 0) continue
        // A credit balance (net < 0) leaves the sub-account by a debit of the same size.
        consolidation.push(line('年末结转至累计科目', codes.get(code)!.id, -net, 0))
        moved += net
      }
      if (moved !== 0) consolidation.push(line('年末结转至累计科目', accountIdByCode(ctx.core, ledger.id, target), 0, -moved))
    }
    if (consolidation.length) {
      made.push(postSystemVoucher(ctx.core, ledger, { date: `${input.year}-12-31`, origin: 'year_end', lines: consolidation, userId: ctx.user!.id }))
    }
    markClosed(ctx, ledger.id, december)
    ctx.core.db.insert(closedYears).values({ ledgerId: ledger.id, year: input.year, closedBy: ctx.user!.id, closedAt: ctx.core.now().toISOString() }).run()

    const yearEnd = leafMovements(ctx.core, ledger, december, december)
    const next = input.year + 1
    ctx.core.db
      .delete(openingBalances)
      .where(and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, next)))
      .run()
    let carried = 0
    for (const account of codes.values()) {
      const m = yearEnd.get(account.id)
      const net = m ? m.opening + m.debit - m.credit : 0
      if (net === 0) continue
      if (account.category === 'income' || account.category === 'expense') {
        throw new AppError('INTERNAL', `结账后收支科目 ${account.code} 仍有余额，请检查`)
      }
      ctx.core.db
        .insert(openingBalances)
        .values({ ledgerId: ledger.id, year: next, accountId: account.id, debit: net > 0 ? net : 0, credit: net < 0 ? -net : 0 })
        .run()
      carried++
    }
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `${input.year} 年度结转：生成 ${made.join('、') || '无'}，结转 ${carried} 个科目余额到 ${next} 年${warnings.length ? `；${warnings.join('；')}` : ''}`
    return { vouchers: made, nextYearOpeningAccounts: carried, warnings }
  },
}
