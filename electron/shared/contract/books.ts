import { z } from 'zod'
import { id, textColumns, numberColumns } from './fields'
import { method, reads } from './define'
import { LEDGER_READERS, accountCode } from './ledgers'
import { monthText } from './dates'

/** 借 / 贷 / 平 (a nil balance), as books print the direction next to the balance. */
export const BALANCE_DIRECTIONS = ['借', '贷', '平'] as const
export const balance = { direction: z.enum(BALANCE_DIRECTIONS), balance: z.number() }

/** 多栏式明细账 is kept for the level-1 expenditure accounts 501–510, one column per 二级科目. */
export const isMultiColumnAccount = (code: string) => /^5(0[1-9]|10)$/.test(code)

const range = { ledgerId: id('账套'), from: monthText('起始期间'), to: monthText('截止期间') }

/**
 * Long books come a page at a time. Rows are produced by streaming the lines in book order, so a
 * later page costs a scan of the earlier rows, never memory, and `total` counts the whole book.
 */
export const paging = { page: z.number().int().min(1).default(1).meta({ title: '页码' }), pageSize: z.number().int().min(10).max(5000).default(500).meta({ title: '每页行数' }) }
const paged = <T extends z.ZodType>(row: T) => ({ rows: z.array(row), total: z.number(), page: z.number(), pageSize: z.number() })

/** What a book row is: the opening line, a voucher line, or one of the totals lines books print. */
export const BOOK_ROW_KINDS = ['opening', 'line', 'day', 'month', 'year'] as const
export const BOOK_ROW_LABELS = { opening: '期初余额', day: '本日合计', month: '本月合计', year: '本年累计' } as const

export const bookRow = z.object({
  kind: z.enum(BOOK_ROW_KINDS),
  period: z.string(),
  /** YYYY-MM-DD of the voucher; a totals line carries the last day it sums. */
  date: z.string(),
  /** Drill-down to the voucher (null on totals lines). */
  voucherId: z.number().nullable(),
  voucherLabel: z.string(),
  /** The detail account the line was posted to (the book's own account on totals lines). */
  ...textColumns('accountCode', 'summary'),
  ...numberColumns('debit', 'credit'),
  ...balance,
  /** 对方科目 (journals only): the voucher's other accounts, by name. */
  counterAccounts: z.string(),
})
export type BookRow = z.infer<typeof bookRow>

export const generalLedgerMonth = z.object({
  period: z.string(),
  openingDirection: z.enum(BALANCE_DIRECTIONS),
  ...numberColumns('opening', 'debit', 'credit', 'yearDebit', 'yearCredit'),
  ...balance,
})
export const generalLedgerAccount = z.object({ code: z.string(), name: z.string(), months: z.array(generalLedgerMonth) })
export type GeneralLedgerAccount = z.infer<typeof generalLedgerAccount>

const bookHeader = { orgName: z.string(), account: z.object({ code: z.string(), name: z.string(), fullName: z.string() }) }

export const multiColumnRow = z.object({
  kind: z.enum(BOOK_ROW_KINDS),
  date: z.string(),
  voucherId: z.number().nullable(),
  ...textColumns('voucherLabel', 'summary'),
  /** Net debit of the line, and the same amount again under its 二级科目's column. */
  amount: z.number(),
  columns: z.array(z.number()),
})
export type MultiColumnRow = z.infer<typeof multiColumnRow>

export const AUX_DIMENSIONS = ['project', 'fundNature'] as const
export const auxRow = z.object({
  /** Project code or 'special'/'general'; '' for lines without a project. */
  ...textColumns('key', 'label', 'accountCode', 'accountName'),
  ...numberColumns('debit', 'credit'),
  /** Income: credits − debits; expenditure: debits − credits. */
  net: z.number(),
})
export type AuxRow = z.infer<typeof auxRow>

export const voucherJournalRow = z.object({
  date: z.string(),
  voucherId: z.number(),
  voucherLabel: z.string(),
  lineNo: z.number(),
  ...textColumns('summary', 'accountCode', 'accountName'),
  ...numberColumns('debit', 'credit'),
})
export type VoucherJournalRow = z.infer<typeof voucherJournalRow>

const read = reads(LEDGER_READERS)

export const booksContract = {
  'reports.generalLedger': method({
    title: '总账',
    input: z.object({ ...range, accountCode: accountCode.optional() }).strict(),
    output: z.object({ orgName: z.string(), accounts: z.array(generalLedgerAccount) }),
    ...read,
  }),
  'reports.detailLedger': method({
    title: '明细账',
    input: z.object({ ...range, accountCode, ...paging }).strict(),
    output: z.object({ ...bookHeader, ...paged(bookRow) }),
    ...read,
  }),
  'reports.cashJournal': method({
    title: '现金/银行存款日记账',
    input: z.object({ ...range, accountCode: accountCode.refine((c) => /^10[12]/.test(c), '应为 101 库存现金或 102 银行存款（及其明细）'), ...paging }).strict(),
    output: z.object({ ...bookHeader, ...paged(bookRow) }),
    ...read,
  }),
  'reports.multiColumn': method({
    title: '多栏式明细账',
    input: z.object({ ...range, accountCode: accountCode.refine(isMultiColumnAccount, '应为 501–510 的一级支出科目'), ...paging }).strict(),
    output: z.object({ ...bookHeader, columns: z.array(z.object({ code: z.string(), name: z.string() })), ...paged(multiColumnRow) }),
    ...read,
  }),
  'reports.voucherJournal': method({
    title: '序时账',
    input: z.object({ ...range, ...paging }).strict(),
    output: z.object({ orgName: z.string(), ...paged(voucherJournalRow) }),
    ...read,
  }),
  'reports.auxBalance': method({
    title: '辅助核算余额表',
    input: z.object({ ...range, by: z.enum(AUX_DIMENSIONS).meta({ title: '核算维度' }) }).strict(),
    output: z.object({ orgName: z.string(), rows: z.array(auxRow) }),
    ...read,
  }),
}
