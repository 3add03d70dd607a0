// reports/: books (总账, 明细账, 日记账, 多栏式, 序时账, 辅助核算), 工会01表/02表, the 汇总 with
// eliminations, and their exports (export.ts to xlsx/PDF, ledger-journal.ts as an hledger journal).
// Everything aggregates in SQL or streams in keyset pages; a ledger is never loaded whole.
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { parsePeriodText } from '../../shared/ledger-terms'
import type { HandlerContext, HandlerMap } from '../api/types'
import { ledgerFor } from '../ledger/access'
import { balanceSheet } from './balance-sheet'
import { consolidated } from './consolidated'
import { cancelExport, exportReport } from './export'
import { accountOf, bookRows, generalLedger, pageOf } from './books'
import { incomeStatement } from './income-statement'
import { voucherSummary } from './voucher-summary'
import { exportJournal } from './ledger-journal'
import { auxBalance, multiColumnRows, multiColumns, voucherJournalRows } from './journals'

/** The 账套 (checked for a reader's role) and the range as YYYYMM integers. */
function scope(ctx: HandlerContext, input: { ledgerId: number; from: string; to: string }) {
  return { ledger: ledgerFor(ctx, input.ledgerId, LEDGER_READERS), from: parsePeriodText(input.from), to: parsePeriodText(input.to) }
}

export const reportsHandlers: HandlerMap<
  | 'reports.balanceSheet'
  | 'reports.incomeStatement'
  | 'reports.generalLedger'
  | 'reports.detailLedger'
  | 'reports.cashJournal'
  | 'reports.multiColumn'
  | 'reports.voucherJournal'
  | 'reports.auxBalance'
  | 'reports.consolidated'
  | 'reports.export'
  | 'reports.exportJournal'
  | 'reports.cancelExport'
  | 'reports.voucherSummary'
> = {
  'reports.balanceSheet': (ctx, input) => balanceSheet(ctx.core, ledgerFor(ctx, input.ledgerId, LEDGER_READERS), parsePeriodText(input.period)),

  'reports.incomeStatement': (ctx, input) =>
    incomeStatement(ctx.core, ledgerFor(ctx, input.ledgerId, LEDGER_READERS), {
      period: input.period === undefined ? undefined : parsePeriodText(input.period),
      year: input.year,
    }),

  'reports.generalLedger': (ctx, input) => {
    const { ledger, from, to } = scope(ctx, input)
    return { orgName: ledger.orgName, accounts: generalLedger(ctx.core, ledger, from, to, input.accountCode) }
  },

  'reports.detailLedger': (ctx, input) => {
    const { ledger, from, to } = scope(ctx, input)
    const { account } = accountOf(ctx.core, ledger, input.accountCode)
    const book = bookRows(ctx.core, ledger, input.accountCode, from, to)
    return { orgName: ledger.orgName, account, ...pageOf(book, input.page, input.pageSize) }
  },

  'reports.cashJournal': (ctx, input) => {
    const { ledger, from, to } = scope(ctx, input)
    const { account } = accountOf(ctx.core, ledger, input.accountCode)
    const book = bookRows(ctx.core, ledger, input.accountCode, from, to, true)
    return { orgName: ledger.orgName, account, ...pageOf(book, input.page, input.pageSize) }
  },

  'reports.multiColumn': (ctx, input) => {
    const { ledger, from, to } = scope(ctx, input)
    const { account, columns } = multiColumns(ctx.core, ledger, input.accountCode)
    return { orgName: ledger.orgName, account, columns, ...pageOf(multiColumnRows(ctx.core, ledger, input.accountCode, from, to), input.page, input.pageSize) }
  },

  'reports.voucherJournal': (ctx, input) => {
    const { ledger, from, to } = scope(ctx, input)
    return { orgName: ledger.orgName, ...pageOf(voucherJournalRows(ctx.core, ledger, from, to), input.page, input.pageSize) }
  },

  'reports.auxBalance': (ctx, input) => {
    const { ledger, from, to } = scope(ctx, input)
    return { orgName: ledger.orgName, rows: auxBalance(ctx.core, ledger, from, to, input.by) }
  },

  'reports.consolidated': (ctx, input) =>
    consolidated(
      ctx.core,
      [...new Set(input.ledgerIds)].map((id) => ledgerFor(ctx, id, LEDGER_READERS)),
      parsePeriodText(input.period),
    ),

  'reports.export': exportReport,
  'reports.exportJournal': exportJournal,
  'reports.cancelExport': cancelExport,
  'reports.voucherSummary': (ctx, { ledgerId, period, ...filter }) => voucherSummary(ctx.core, ledgerFor(ctx, ledgerId, LEDGER_READERS), parsePeriodText(period), filter),
}
