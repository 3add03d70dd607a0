import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { ledgers, vouchers } from './ledger'
import { enterprises, unions } from './registry'

/**
 * 分成比例 of one 街镇 账套 (reference §8.2): shares in basis points (1/100 of a percent) that add up to
 * 10000, effective from a day. `kind` 'micro' is the special rule for 小微企业. A rule is never edited once
 * a 台账 row used it: the rows copy their shares, so history stays as booked.
 */
export const levyRules = sqliteTable(
  'levy_rules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    kind: text('kind').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    upperBp: integer('upper_bp').notNull(),
    streetBp: integer('street_bp').notNull(),
    lowerBp: integer('lower_bp').notNull(),
    feeBp: integer('fee_bp').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('levy_rules_key').on(t.ledgerId, t.kind, t.effectiveFrom)],
)

/** One imported 返拨明细 (one transfer from the 区总工会); the file's hash detects a re-import. */
export const levyImports = sqliteTable(
  'levy_imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    period: integer('period').notNull(),
    fileName: text('file_name').notNull(),
    fileHash: text('file_hash').notNull(),
    amount: integer('amount').notNull(),
    entryDate: text('entry_date').notNull(),
    voucherId: integer('voucher_id').references(() => vouchers.id, { onDelete: 'set null' }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('levy_imports_hash').on(t.ledgerId, t.fileHash)],
)

/**
 * 经费收缴台账: one row per enterprise and 所属期 (month). Amounts in 分; the rule's shares are copied
 * in, so a later rule change never alters a booked row. enterprise_id is null while the row is unmatched.
 */
export const levyEntries = sqliteTable(
  'levy_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    importId: integer('import_id').references(() => levyImports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number'),
    enterpriseId: integer('enterprise_id').references(() => enterprises.id),
    fileName: text('file_name').notNull(),
    fileUscc: text('file_uscc'),
    period: integer('period').notNull(),
    channel: text('channel').notNull(),
    payroll: integer('payroll').notNull(),
    due: integer('due').notNull(),
    paid: integer('paid').notNull(),
    returned: integer('returned').notNull(),
    entryDate: text('entry_date').notNull(),
    /** 建会筹备金: the enterprise had no union; the whole return is held in 215. */
    prep: integer('prep', { mode: 'boolean' }).notNull(),
    /** The union the lower share goes to (覆盖小二级, or the enterprise's own union when it keeps a 账套). */
    recipientId: integer('recipient_id').references(() => unions.id),
    ruleId: integer('rule_id').references(() => levyRules.id),
    upperBp: integer('upper_bp').notNull().default(0),
    streetBp: integer('street_bp').notNull().default(0),
    lowerBp: integer('lower_bp').notNull().default(0),
    feeBp: integer('fee_bp').notNull().default(0),
    streetAmount: integer('street_amount').notNull().default(0),
    lowerAmount: integer('lower_amount').notNull().default(0),
    prepAmount: integer('prep_amount').notNull().default(0),
    voucherId: integer('voucher_id').references(() => vouchers.id, { onDelete: 'set null' }),
    /** The voucher that split the 筹备金 when the enterprise founded its union. */
    foundedVoucherId: integer('founded_voucher_id').references(() => vouchers.id, { onDelete: 'set null' }),
  },
  (t) => [index('levy_entries_ledger_period').on(t.ledgerId, t.period), index('levy_entries_enterprise').on(t.enterpriseId, t.period)],
)

/** A clerk's mapping of a name in the 返拨明细 to an enterprise of the registry, remembered per 账套. */
export const levyNameMaps = sqliteTable(
  'levy_name_maps',
  {
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    fileName: text('file_name').notNull(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
  },
  (t) => [uniqueIndex('levy_name_maps_key').on(t.ledgerId, t.fileName)],
)
