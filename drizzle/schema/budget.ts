import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { accounts, ledgers, projects, vouchers } from './ledger'
import { unions } from './registry'

/** Who made a row and when (UTC ISO). */
const createdColumns = () => ({
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
})

/**
 * 年度预算 of one 账套 (reference §10.3). Approval metadata: the 经审会 review, the body that approved it
 * (委员会 / 会员代表大会) and the day it was filed with the 街镇. Dates are 'YYYY-MM-DD'.
 */
export const budgets = sqliteTable(
  'budgets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    year: integer('year').notNull(),
    /** draft → approved; an approved budget changes only through 预算调整. */
    status: text('status').notNull(),
    /** 可动用的上年结余 (分): counts on the income side of the balance check. */
    priorSurplus: integer('prior_surplus').notNull().default(0),
    reviewedOn: text('reviewed_on'),
    approvedBody: text('approved_body'),
    approvedOn: text('approved_on'),
    filedOn: text('filed_on'),
    notes: text('notes'),
    ...createdColumns(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('budgets_ledger_year').on(t.ledgerId, t.year)],
)

/**
 * One 预算 line: an income or expenditure account (detail level allowed), with 基本/项目支出, project and
 * 资金性质. 年初预算数 is `original`; 调整后预算数 = original + the sum of its adjustment lines.
 */
export const budgetLines = sqliteTable(
  'budget_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    budgetId: integer('budget_id')
      .notNull()
      .references(() => budgets.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    spendType: text('spend_type'),
    projectId: integer('project_id').references(() => projects.id),
    fundNature: text('fund_nature').notNull(),
    original: integer('original').notNull().default(0),
    notes: text('notes'),
  },
  (t) => [index('budget_lines_budget').on(t.budgetId, t.accountId)],
)

/** 预算调整: dated, with its reason and approval; its lines add (or take away) 分 on budget lines. */
export const budgetAdjustments = sqliteTable(
  'budget_adjustments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    budgetId: integer('budget_id')
      .notNull()
      .references(() => budgets.id),
    date: text('date').notNull(),
    reason: text('reason').notNull(),
    approvedBody: text('approved_body'),
    approvedOn: text('approved_on'),
    reviewedOn: text('reviewed_on'),
    ...createdColumns(),
  },
  (t) => [index('budget_adjustments_budget').on(t.budgetId, t.date)],
)

export const budgetAdjustmentLines = sqliteTable(
  'budget_adjustment_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    adjustmentId: integer('adjustment_id')
      .notNull()
      .references(() => budgetAdjustments.id),
    budgetLineId: integer('budget_line_id')
      .notNull()
      .references(() => budgetLines.id),
    amount: integer('amount').notNull(),
  },
  (t) => [index('budget_adjustment_lines_line').on(t.budgetLineId)],
)

/**
 * 经费保障 (第十三条): what the 街镇 (its 账套 `ledgerId`) plans to give each 小二级 in a year, and why
 * (basis: 规模 / 会费收缴 / 服务职工数 / 其他). Feeds the 街镇's 508 and each 小二级's 403 budget lines.
 */
export const fundingPlans = sqliteTable(
  'funding_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    year: integer('year').notNull(),
    unionId: integer('union_id')
      .notNull()
      .references(() => unions.id),
    amount: integer('amount').notNull(),
    basis: text('basis').notNull(),
    basisNote: text('basis_note'),
    ...createdColumns(),
  },
  (t) => [uniqueIndex('funding_plans_key').on(t.ledgerId, t.year, t.unionId)],
)

/**
 * 上代下 transfers between two 账套, written as a pair of vouchers in one transaction (reference §11.2):
 * kind subsidy (508/102 ↔ 102/403), levy relay (212 ↔ 402) or pool (the 小二级's money kept in the
 * 街镇's account: 135 ↔ 215). The row holds both vouchers' ids, so a pair is found from either side.
 */
export const transfers = sqliteTable(
  'transfers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    /** own_account: the 小二级 has its own bank account; pooled: its money sits in the 街镇's. */
    moneyPattern: text('money_pattern').notNull(),
    fromLedgerId: integer('from_ledger_id')
      .notNull()
      .references(() => ledgers.id),
    toLedgerId: integer('to_ledger_id')
      .notNull()
      .references(() => ledgers.id),
    date: text('date').notNull(),
    amount: integer('amount').notNull(),
    summary: text('summary').notNull(),
    fromVoucherId: integer('from_voucher_id').references(() => vouchers.id),
    toVoucherId: integer('to_voucher_id').references(() => vouchers.id),
    fundingPlanId: integer('funding_plan_id').references(() => fundingPlans.id),
    ...createdColumns(),
  },
  (t) => [index('transfers_from').on(t.fromLedgerId, t.date), index('transfers_to').on(t.toLedgerId, t.date)],
)
