import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'

/** Every table below belongs to one 账套. */
const ledgerRef = () =>
  integer('ledger_id')
    .notNull()
    .references(() => ledgers.id)

/** Who closed a month or a year, and when. */
const closedByColumns = () => ({
  closedBy: integer('closed_by')
    .notNull()
    .references(() => users.id),
  closedAt: text('closed_at').notNull(),
})

/** 账套: one accounting entity (the 街镇总工会, or a 小二级 kept under 上代下核算). */
export const ledgers = sqliteTable('ledgers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** 编制单位 printed on statements; defaults to the name. */
  orgName: text('org_name').notNull(),
  /** The registry union this 账套 belongs to, once the registry exists. */
  unionId: integer('union_id'),
  /** YYYYMM of the first month kept in UnionDesk. */
  startPeriod: integer('start_period').notNull(),
  chartVersion: text('chart_version').notNull(),
  voucherWords: text('voucher_words', { mode: 'json' }).$type<string[]>().notNull(),
  cashierSignRequired: integer('cashier_sign_required', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
})

export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: ledgerRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
    level: integer('level').notNull(),
    category: text('category').notNull(),
    normalSide: text('normal_side').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    /** From the official chart: cannot be renamed or deleted. */
    official: integer('official', { mode: 'boolean' }).notNull().default(false),
    /** 助记码: pinyin initials of the name. */
    mnemonic: text('mnemonic').notNull(),
  },
  (t) => [uniqueIndex('accounts_ledger_code').on(t.ledgerId, t.code)],
)

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: ledgerRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('projects_ledger_code').on(t.ledgerId, t.code)],
)

/** Opening balances of a year: the start year's are entered, later years' are written by year-end close. */
export const openingBalances = sqliteTable(
  'opening_balances',
  {
    ledgerId: ledgerRef(),
    year: integer('year').notNull(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    debit: integer('debit').notNull().default(0),
    credit: integer('credit').notNull().default(0),
    /** A 账套 opened mid-year: 本年累计借方/贷方 of the months before the start month (start year only). */
    ytdDebit: integer('ytd_debit').notNull().default(0),
    ytdCredit: integer('ytd_credit').notNull().default(0),
  },
  (t) => [uniqueIndex('opening_balances_key').on(t.ledgerId, t.year, t.accountId)],
)

export const vouchers = sqliteTable(
  'vouchers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: ledgerRef(),
    period: integer('period').notNull(),
    word: text('word').notNull(),
    number: integer('number').notNull(),
    date: text('date').notNull(),
    attachments: integer('attachments').notNull().default(0),
    status: text('status').notNull(),
    origin: text('origin').notNull(),
    reversalOf: integer('reversal_of'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: text('reviewed_at'),
    cashierBy: integer('cashier_by').references(() => users.id),
    cashierAt: text('cashier_at'),
    postedBy: integer('posted_by').references(() => users.id),
    postedAt: text('posted_at'),
  },
  (t) => [
    uniqueIndex('vouchers_number').on(t.ledgerId, t.period, t.word, t.number),
    index('vouchers_ledger_date').on(t.ledgerId, t.date),
    index('vouchers_reversal_of').on(t.reversalOf),
    // Closing, year-end and reversal vouchers of a 账套's months, without walking all its vouchers.
    index('vouchers_ledger_origin').on(t.ledgerId, t.origin, t.period),
    // Vouchers by status (工作台's drafts and 待记账 without walking the posted ones) and the 结账 screen's
    // counts and number gaps per month and word, both read from the index alone.
    index('vouchers_ledger_status').on(t.ledgerId, t.status, t.period, t.word, t.number),
  ],
)

/**
 * Lines carry ledger, period and a posted flag copied from their voucher, so balances are one
 * covering-index scan: (ledger, posted, period, account, debit, credit) never touches the table.
 */
export const voucherLines = sqliteTable(
  'voucher_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    voucherId: integer('voucher_id')
      .notNull()
      .references(() => vouchers.id),
    ledgerId: integer('ledger_id').notNull(),
    period: integer('period').notNull(),
    posted: integer('posted').notNull().default(0),
    lineNo: integer('line_no').notNull(),
    summary: text('summary').notNull(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    debit: integer('debit').notNull().default(0),
    credit: integer('credit').notNull().default(0),
    fundNature: text('fund_nature'),
    spendType: text('spend_type'),
    projectId: integer('project_id').references(() => projects.id),
    counterpart: text('counterpart'),
  },
  (t) => [
    index('voucher_lines_balance').on(t.ledgerId, t.posted, t.period, t.accountId, t.debit, t.credit),
    index('voucher_lines_account').on(t.accountId, t.period, t.voucherId),
    index('voucher_lines_voucher').on(t.voucherId, t.lineNo),
    // 摘要 search of one 账套: a scan of this index reads its 摘要 and voucher ids without touching the table.
    index('voucher_lines_summary').on(t.ledgerId, t.summary, t.voucherId),
    // Lines naming a 往来单位 (the 汇总's internal-transfer candidates), by account and month.
    index('voucher_lines_counterpart')
      .on(t.accountId, t.period)
      .where(sql`counterpart IS NOT NULL`),
    check('voucher_lines_one_side', sql`(${t.debit} = 0) <> (${t.credit} = 0)`),
  ],
)

/** A closed month; a row here means no more postings into it. */
export const closedPeriods = sqliteTable(
  'closed_periods',
  {
    ledgerId: ledgerRef(),
    period: integer('period').notNull(),
    ...closedByColumns(),
  },
  (t) => [uniqueIndex('closed_periods_key').on(t.ledgerId, t.period)],
)

export const closedYears = sqliteTable(
  'closed_years',
  {
    ledgerId: ledgerRef(),
    year: integer('year').notNull(),
    ...closedByColumns(),
  },
  (t) => [uniqueIndex('closed_years_key').on(t.ledgerId, t.year)],
)

export const voucherTemplates = sqliteTable('voucher_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  ledgerId: ledgerRef(),
  name: text('name').notNull(),
  word: text('word').notNull(),
  lines: text('lines', { mode: 'json' }).notNull(),
})

/** What every totals table below holds besides its period or year: the 账套, the account and the sums. */
const totals = () => ({
  ledgerId: integer('ledger_id').notNull(),
  accountId: integer('account_id').notNull(),
  debit: integer('debit').notNull().default(0),
  credit: integer('credit').notNull().default(0),
})

/** The tags the tagged totals split by ('' and 0 for none) and whether a closing or year-end voucher booked it. */
const tags = () => ({
  fundNature: text('fund_nature').notNull(),
  spendType: text('spend_type').notNull(),
  projectId: integer('project_id').notNull(),
  closing: integer('closing').notNull(),
})

/**
 * Posted debits and credits per 账套, month and account, kept by triggers on voucher_lines (migration,
 * hand-written part): balances sum at most a hundred rows a month instead of every line, so a 汇总 of
 * many 账套 and a mid-year month cost what their months hold, not their lines.
 */
export const accountMonthTotals = sqliteTable('account_month_totals', { ...totals(), period: integer('period').notNull() }, (t) => [
  primaryKey({ columns: [t.ledgerId, t.period, t.accountId] }),
  // The key with the amounts: a 汇总 and every 科目余额表 read months whole, so they never visit the table.
  index('account_month_totals_cover').on(t.ledgerId, t.period, t.accountId, t.debit, t.credit),
])

/**
 * account_month_totals summed by year, kept by triggers on that table (migration, hand-written part): a
 * 汇总 reads a year to date as the year's row less the months after it (none for the latest month), so
 * its cost follows the accounts, not accounts × months.
 */
export const accountYearTotals = sqliteTable('account_year_totals', { ...totals(), year: integer('year').notNull() }, (t) => [
  primaryKey({ columns: [t.ledgerId, t.year, t.accountId] }),
  index('account_year_totals_cover').on(t.ledgerId, t.year, t.accountId, t.debit, t.credit),
])

/**
 * Posted debits and credits per 账套, account and month, split by the tags a line carries (资金性质,
 * 支出类型, project; '' and 0 for none) and by whether a closing or year-end voucher (or a red copy of
 * one) booked it. Kept by triggers on voucher_lines (migration, hand-written part) like
 * account_month_totals: the 预算执行表 matches its lines and a 汇总 finds 专项 and closing movements
 * in rows per month rather than in every line of the chosen 账套.
 */
export const taggedMonthTotals = sqliteTable('tagged_month_totals', { ...totals(), ...tags(), period: integer('period').notNull() }, (t) => [
  primaryKey({ columns: [t.ledgerId, t.accountId, t.period, t.fundNature, t.spendType, t.projectId, t.closing] }),
  // The closing vouchers' and the 专项 rows of a 账套's months, read whole (02表, the unclosed-专项 fold).
  index('tagged_month_totals_closing')
    .on(t.ledgerId, t.period, t.accountId, t.debit, t.credit)
    .where(sql`closing = 1`),
  index('tagged_month_totals_special')
    .on(t.ledgerId, t.period, t.accountId, t.closing, t.debit, t.credit)
    .where(sql`fund_nature = 'special'`),
  // The rows outside closing vouchers of one account's months, with every tag and the amounts: what a
  // 预算执行表 line reads (half the rows of income and expenditure accounts are closing ones).
  index('tagged_month_totals_open').on(t.ledgerId, t.closing, t.period, t.accountId, t.fundNature, t.spendType, t.projectId, t.debit, t.credit),
])

/**
 * tagged_month_totals summed by year, kept by triggers on that table (migration, hand-written part), keyed
 * for what reads it: one year's closing rows of a 账套 (a 汇总), one account's rows outside closing in a
 * year (a 预算执行表 line: 累计 and 上年同期 as the year's rows less the months after the period).
 */
export const taggedYearTotals = sqliteTable('tagged_year_totals', { ...totals(), ...tags(), year: integer('year').notNull() }, (t) => [
  primaryKey({ columns: [t.ledgerId, t.year, t.closing, t.accountId, t.fundNature, t.spendType, t.projectId] }),
  index('tagged_year_totals_cover').on(t.ledgerId, t.year, t.closing, t.accountId, t.fundNature, t.spendType, t.projectId, t.debit, t.credit),
])
