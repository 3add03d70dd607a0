import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { parsePeriodText } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import { ledgerFor } from '../ledger/access'
import { balanceSheet } from './balance-sheet'
import { incomeStatement } from './income-statement'

export const reportsHandlers: HandlerMap<'reports.balanceSheet' | 'reports.incomeStatement'> = {
  'reports.balanceSheet': (ctx, input) =>
    balanceSheet(ctx.core, ledgerFor(ctx, input.ledgerId, LEDGER_READERS), parsePeriodText(input.period)),

  'reports.incomeStatement': (ctx, input) =>
    incomeStatement(ctx.core, ledgerFor(ctx, input.ledgerId, LEDGER_READERS), {
      period: input.period === undefined ? undefined : parsePeriodText(input.period),
      year: input.year,
    }),
}
