import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { accounts, ledgers, voucherLines } from './ledger'

const ledgerRef = () =>
  integer('ledger_id')
    .notNull()
    .references(() => ledgers.id)

/** A bank account of one 账套, linked to the 102 leaf whose lines are its 银行日记账. */
export const bankAccounts = sqliteTable(
  'bank_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: ledgerRef(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    bankName: text('bank_name').notNull(),
    number: text('number').notNull(),
    /** 对账单 balance before the first imported row (分): the running-balance check starts from it. */
    openingBalance: integer('opening_balance').notNull().default(0),
    /** The column mapping used last for this account, offered again next time. */
    mappingName: text('mapping_name'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('bank_accounts_leaf').on(t.ledgerId, t.accountId)],
)

/** Column mappings of banks' statement files, remembered by name (one per bank layout). */
export const bankMappings = sqliteTable('bank_mappings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  columns: text('columns', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  updatedAt: text('updated_at').notNull(),
})

/** A set of statement rows and book items that reconcile each other (one-to-one or many-to-one). */
export const bankMatchGroups = sqliteTable('bank_match_groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  bankAccountId: integer('bank_account_id')
    .notNull()
    .references(() => bankAccounts.id),
  mode: text('mode').notNull(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
})

/**
 * 对账单 rows. `opening` rows are 期初未达账项 on the bank side (in the bank before the 账套 started,
 * not yet in the books). Amounts in 分: money_in is the account's 收入, money_out its 支出.
 */
export const bankStatementRows = sqliteTable(
  'bank_statement_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bankAccountId: integer('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    date: text('date').notNull(),
    summary: text('summary').notNull(),
    moneyIn: integer('money_in').notNull(),
    moneyOut: integer('money_out').notNull(),
    balance: integer('balance'),
    counterName: text('counter_name'),
    counterAccount: text('counter_account'),
    serial: text('serial'),
    opening: integer('opening', { mode: 'boolean' }).notNull().default(false),
    fileName: text('file_name'),
    rowNumber: integer('row_number'),
    groupId: integer('group_id').references(() => bankMatchGroups.id),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [index('bank_rows_account_date').on(t.bankAccountId, t.date), index('bank_rows_group').on(t.groupId)],
)

/** 期初未达账项 on the book side: entered in the books before the start, not yet through the bank. */
export const bankBookOpenings = sqliteTable('bank_book_openings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  bankAccountId: integer('bank_account_id')
    .notNull()
    .references(() => bankAccounts.id),
  date: text('date').notNull(),
  summary: text('summary').notNull(),
  debit: integer('debit').notNull(),
  credit: integer('credit').notNull(),
  groupId: integer('group_id').references(() => bankMatchGroups.id),
})

/** Posted 102 lines in a match group (posted lines never change, so the link stays true). */
export const bankLineMatches = sqliteTable('bank_line_matches', {
  voucherLineId: integer('voucher_line_id')
    .primaryKey()
    .references(() => voucherLines.id),
  groupId: integer('group_id')
    .notNull()
    .references(() => bankMatchGroups.id),
})

/** 固定资产卡片. Money in 分; `priorDepreciation` is 已提折旧 brought in with an imported card. */
export const assets = sqliteTable(
  'assets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: ledgerRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    item: text('item').notNull(),
    ownership: text('ownership').notNull(),
    quantity: integer('quantity').notNull(),
    cost: integer('cost').notNull(),
    acquiredOn: text('acquired_on').notNull(),
    lifeMonths: integer('life_months').notNull(),
    priorDepreciation: integer('prior_depreciation').notNull().default(0),
    department: text('department').notNull().default(''),
    keeper: text('keeper').notNull().default(''),
    location: text('location').notNull().default(''),
    fundNature: text('fund_nature').notNull(),
    project: text('project').notNull().default(''),
    status: text('status').notNull(),
    disposedOn: text('disposed_on'),
    /** The acquisition or disposal voucher (not a foreign key: a deleted draft must not be blocked). */
    voucherId: integer('voucher_id'),
    disposalVoucherId: integer('disposal_voucher_id'),
    /** The paid 报账单 line the card was made from (生成资产卡片): one card per line, never two mirrors. */
    claimLineId: integer('claim_line_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('assets_code').on(t.ledgerId, t.code), uniqueIndex('assets_claim_line').on(t.claimLineId)],
)

/** One month's depreciation run of a 账套 and its voucher; an asset's share is in asset_depreciation. */
export const depreciationRuns = sqliteTable(
  'depreciation_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: ledgerRef(),
    period: integer('period').notNull(),
    voucherId: integer('voucher_id').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('depreciation_runs_ledger').on(t.ledgerId, t.period)],
)

export const assetDepreciation = sqliteTable(
  'asset_depreciation',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => depreciationRuns.id),
    assetId: integer('asset_id')
      .notNull()
      .references(() => assets.id),
    amount: integer('amount').notNull(),
  },
  (t) => [uniqueIndex('asset_depreciation_key').on(t.runId, t.assetId), index('asset_depreciation_asset').on(t.assetId)],
)

/** 资产变动: transfers between departments and disposals, with the voucher a disposal wrote. */
export const assetChanges = sqliteTable('asset_changes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  assetId: integer('asset_id')
    .notNull()
    .references(() => assets.id),
  kind: text('kind').notNull(),
  date: text('date').notNull(),
  note: text('note').notNull(),
  /** 重估: the change of 原值 on `date` (分, signed), so a register at an earlier month shows the cost then. */
  costChange: integer('cost_change').notNull().default(0),
  voucherId: integer('voucher_id'),
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
})
