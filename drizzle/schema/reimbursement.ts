import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { budgetLines } from './budget'
import { accounts, ledgers, projects, vouchers } from './ledger'
import { unions } from './registry'

/**
 * 报账单: belongs to the 账套 whose books it ends in and to the union whose 审批人 approves it. States
 * draft → submitted → approved → checked → paid (and back to draft when returned). Paying creates and
 * posts the voucher (Dr expense / Cr bank or 135) in `ledgerId`.
 */
export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    unionId: integer('union_id').references(() => unions.id),
    /** 报账单号, per 账套 and year: BX2026-0001. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull(),
    /** own_account (Cr 1002 bank) or pooled (报账制: Cr 135, the money sits in the 街镇's account). */
    payFrom: text('pay_from').notNull(),
    /** 集体决策: required above the configured amount. */
    collectiveDecision: integer('collective_decision', { mode: 'boolean' }).notNull().default(false),
    collectiveNote: text('collective_note'),
    voucherId: integer('voucher_id').references(() => vouchers.id),
    /** 冲销报账单: the red voucher that reversed the payment voucher, and why. */
    reversalVoucherId: integer('reversal_voucher_id').references(() => vouchers.id),
    reversalReason: text('reversal_reason'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('claims_number').on(t.ledgerId, t.number), index('claims_status').on(t.ledgerId, t.status)],
)

export const claimLines = sqliteTable(
  'claim_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    lineNo: integer('line_no').notNull(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    summary: text('summary').notNull(),
    amount: integer('amount').notNull(),
    /** 发票代码 (10 or 12 digits) of a paper invoice; blank for a 全电发票, whose 20-digit number stands alone. */
    invoiceCode: text('invoice_code'),
    invoiceNo: text('invoice_no'),
    invoiceDate: text('invoice_date'),
    /** Number of beneficiaries, or the list of them (JSON array of names) when per-person caps apply. */
    beneficiaries: integer('beneficiaries'),
    beneficiaryList: text('beneficiary_list', { mode: 'json' }).$type<string[]>(),
    /** 参与人数 of the event, which share-of-participants rules (获奖 ≤ ⅔) compare the winners with. */
    participants: integer('participants'),
    budgetLineId: integer('budget_line_id').references(() => budgetLines.id),
    eventType: text('event_type'),
    /** 发放形式: 实物 / 现金 / 蛋糕券 / 购物卡 / … (rules may ban some). */
    form: text('form'),
    projectId: integer('project_id').references(() => projects.id),
    fundNature: text('fund_nature').notNull(),
    spendType: text('spend_type'),
  },
  (t) => [
    index('claim_lines_claim').on(t.claimId, t.lineNo),
    index('claim_lines_budget').on(t.budgetLineId),
    // 发票查重 looks an invoice up across all claims.
    index('claim_lines_invoice').on(t.invoiceNo, t.invoiceCode),
  ],
)

/** The claim's history: who did what when, with the comment (a return must say why). */
export const claimEvents = sqliteTable(
  'claim_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    at: text('at').notNull(),
    comment: text('comment'),
  },
  (t) => [index('claim_events_claim').on(t.claimId, t.at)],
)

/** Scans and photos, stored in the data folder under their SHA-256 (the same file is kept once). */
export const claimAttachments = sqliteTable(
  'claim_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (t) => [index('claim_attachments_claim').on(t.claimId), index('claim_attachments_sha').on(t.sha256)],
)

/**
 * 支出标准 as data (reference §9.4), by jurisdiction and effective dates, matched by account code prefix
 * and event type. limitKind: per_person_event / per_person_year / share_participants / share_income /
 * forbidden_form. Amounts in 分, shares in basis points (6667 = 2/3). Severity warn or block.
 */
export const spendingRules = sqliteTable(
  'spending_rules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jurisdiction: text('jurisdiction').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    effectiveTo: text('effective_to'),
    accountPrefix: text('account_prefix'),
    eventType: text('event_type'),
    beneficiaryScope: text('beneficiary_scope'),
    limitKind: text('limit_kind').notNull(),
    amount: integer('amount'),
    shareBp: integer('share_bp'),
    /** JSON array of forms the rule bans (forbidden_form) or allows. */
    forms: text('forms', { mode: 'json' }).$type<string[]>(),
    severity: text('severity').notNull(),
    description: text('description').notNull(),
    /** Shipped as an example for the office to adjust, not an official figure. */
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('spending_rules_match').on(t.eventType, t.effectiveFrom)],
)
