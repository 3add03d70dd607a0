import { and, eq, sql } from 'drizzle-orm'
import { budgets } from '../../../drizzle/schema'
import type { BudgetStatus, ApprovingBody } from '../../shared/budget-terms'
import type { BudgetLineRow, BudgetView } from '../../shared/contract/budget'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import { needsSpendType, type FundNature, type SpendType } from '../../shared/ledger-terms'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import { cached, cachedQuery } from '../db/cached'
import type { LedgerRecord } from '../ledger/access'
import { budgetLedger, type BudgetAccess } from './access'

export type BudgetRecord = typeof budgets.$inferSelect

/** The budget and its 账套, once the caller is allowed this kind of access to it. */
export function budgetFor(ctx: HandlerContext, budgetId: number, access: BudgetAccess): { budget: BudgetRecord; ledger: LedgerRecord } {
  const budget = ctx.core.db.select().from(budgets).where(eq(budgets.id, budgetId)).get()
  if (!budget) throw new AppError('NOT_FOUND', '预算不存在或已删除')
  return { budget, ledger: budgetLedger(ctx, budget.ledgerId, access) }
}

export function assertDraft(budget: BudgetRecord): void {
  if (budget.status !== 'draft') {
    throw new AppError('CONFLICT', `${budget.year}年预算已批准，不能直接修改；请通过“预算调整”登记批准后的变动`)
  }
}

export function budgetOf(core: Core, ledgerId: number, year: number): BudgetRecord | undefined {
  return core.db
    .select()
    .from(budgets)
    .where(and(eq(budgets.ledgerId, ledgerId), eq(budgets.year, year)))
    .get()
}

/** The budgets of several 账套 for a year, by 账套, in one query. */
export function budgetsOf(core: Core, ledgerIds: number[], year: number): Map<number, BudgetRecord> {
  const query = cachedQuery(core.db, 'budgetsOf', () =>
    core.db
      .select()
      .from(budgets)
      .where(and(sql`${budgets.ledgerId} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`, eq(budgets.year, sql.placeholder('year'))))
      .prepare(),
  )
  return new Map(query.all({ ids: JSON.stringify(ledgerIds), year }).map((b) => [b.ledgerId, b]))
}

interface LineQueryRow {
  id: number
  accountId: number
  accountCode: string
  category: 'income' | 'expense'
  spendType: SpendType | null
  projectId: number | null
  projectName: string | null
  fundNature: FundNature
  original: number
  adjusted: number
  notes: string | null
}

/** The budget's lines in account order, 调整数 summed in SQL, with each account's 全称. */
export function linesOf(core: Core, budgetId: number, ledgerId: number): BudgetLineRow[] {
  return linesOfBudgets(core, [{ id: budgetId, ledgerId }]).get(budgetId) ?? []
}

/**
 * The lines of several budgets (a 汇总's), each in account order: one query for the lines and one for
 * the names their 全称 is made of, whatever the number of budgets.
 */
export function linesOfBudgets(core: Core, chosen: { id: number; ledgerId: number }[]): Map<number, BudgetLineRow[]> {
  const rows = cached(core.sqlite, LINES_SQL).all(JSON.stringify(chosen.map((b) => b.id))) as (LineQueryRow & { budgetId: number; ledgerId: number })[]
  const names = new Map(
    (cached(core.sqlite, NAMES_SQL).all(JSON.stringify(chosen.map((b) => b.id))) as { ledgerId: number; code: string; name: string }[]).map((a) => [
      `${a.ledgerId}|${a.code}`,
      a.name,
    ]),
  )
  // As chartOf's fullName: the names of the account and its ancestors, joined by '-'.
  const fullName = (ledgerId: number, code: string) => {
    const lineage: string[] = []
    for (let c = code; c.length >= 3; c = c.slice(0, -2)) lineage.unshift(names.get(`${ledgerId}|${c}`) ?? c)
    return lineage.join('-')
  }
  const result = new Map<number, BudgetLineRow[]>(chosen.map((b) => [b.id, []]))
  for (const { budgetId, ledgerId, ...r } of rows) {
    result.get(budgetId)?.push({ ...r, accountName: fullName(ledgerId, r.accountCode), budget: r.original + r.adjusted })
  }
  return result
}

const LINES_SQL = `SELECT bl.budget_id AS budgetId, a.ledger_id AS ledgerId, bl.id, bl.account_id AS accountId, a.code AS accountCode, a.category,
    bl.spend_type AS spendType, bl.project_id AS projectId, p.name AS projectName, bl.fund_nature AS fundNature, bl.original, bl.notes,
    coalesce((SELECT sum(al.amount) FROM budget_adjustment_lines al WHERE al.budget_line_id = bl.id), 0) AS adjusted
  FROM json_each(?) j CROSS JOIN budget_lines bl ON bl.budget_id = j.value JOIN accounts a ON a.id = bl.account_id LEFT JOIN projects p ON p.id = bl.project_id
  ORDER BY a.code, bl.spend_type, p.code, bl.fund_nature, bl.id`

/** The names of the lines' accounts and their ancestors (codes between the level-1 prefix and the code that begin it). */
const NAMES_SQL = `SELECT DISTINCT a.ledger_id AS ledgerId, x.code, x.name
  FROM json_each(?) j CROSS JOIN budget_lines bl ON bl.budget_id = j.value CROSS JOIN accounts a ON a.id = bl.account_id
    CROSS JOIN accounts x ON x.ledger_id = a.ledger_id AND x.code BETWEEN substr(a.code, 1, 3) AND a.code
  WHERE substr(a.code, 1, length(x.code)) = x.code`

const yuan = (fen: number) => `${formatFen(fen)} 元`

/** 收支平衡、不列赤字 (reference §10.2): income plus the usable prior surplus must cover expenditure. */
export function balanceOf(lines: Pick<BudgetLineRow, 'category' | 'budget'>[], priorSurplus: number): BudgetView['balance'] {
  const sum = (category: string) => lines.filter((l) => l.category === category).reduce((n, l) => n + l.budget, 0)
  const income = sum('income')
  const expenditure = sum('expense')
  const available = income + priorSurplus
  const figures = `收入预算 ${yuan(income)} + 可动用上年结余 ${yuan(priorSurplus)} = ${yuan(available)}`
  const ok = available >= expenditure
  const message = ok
    ? `${figures}，支出预算 ${yuan(expenditure)}，收支平衡${available > expenditure ? `（结余 ${yuan(available - expenditure)}）` : ''}`
    : `收支不平衡：${figures}，少于支出预算 ${yuan(expenditure)}，差 ${yuan(expenditure - available)}。预算应收支平衡、不列赤字`
  return { income, priorSurplus, expenditure, ok, message }
}

interface AdjustmentRow {
  id: number
  date: string
  reason: string
  approvedBody: ApprovingBody | null
  approvedOn: string | null
  createdBy: string
}

export function viewOf(core: Core, budget: BudgetRecord): BudgetView {
  const lines = linesOf(core, budget.id, budget.ledgerId)
  const adjustments = core.sqlite
    .prepare(
      `SELECT ad.id, ad.date, ad.reason, ad.approved_body AS approvedBody, ad.approved_on AS approvedOn, u.display_name AS createdBy
       FROM budget_adjustments ad JOIN users u ON u.id = ad.created_by WHERE ad.budget_id = ? ORDER BY ad.date, ad.id`,
    )
    .all(budget.id) as AdjustmentRow[]
  const changes = core.sqlite
    .prepare(
      `SELECT al.adjustment_id AS adjustmentId, al.budget_line_id AS budgetLineId, al.amount
       FROM budget_adjustment_lines al JOIN budget_adjustments ad ON ad.id = al.adjustment_id WHERE ad.budget_id = ? ORDER BY al.id`,
    )
    .all(budget.id) as { adjustmentId: number; budgetLineId: number; amount: number }[]
  return {
    id: budget.id,
    ledgerId: budget.ledgerId,
    year: budget.year,
    status: budget.status as BudgetStatus,
    priorSurplus: budget.priorSurplus,
    reviewedOn: budget.reviewedOn,
    approvedBody: budget.approvedBody as ApprovingBody | null,
    approvedOn: budget.approvedOn,
    filedOn: budget.filedOn,
    notes: budget.notes,
    lines,
    adjustments: adjustments.map((a) => ({
      ...a,
      lines: changes.filter((c) => c.adjustmentId === a.id).map(({ budgetLineId, amount }) => ({ budgetLineId, amount })),
    })),
    balance: balanceOf(lines, budget.priorSurplus),
  }
}

/** A line's identity: account, 支出类型, project and 资金性质 (two lines may not share it). */
export interface LineKey {
  accountId: number
  spendType: SpendType | null
  projectId: number | null
  fundNature: FundNature
}

/**
 * The rules a budget line follows, the same as a voucher line's: an income or expenditure account
 * of this 账套 (any level); expenditure except 521 says 基本支出 or 项目支出, and 项目支出 names its
 * project; income has no 支出类型.
 */
export function checkLine(core: Core, ledgerId: number, key: LineKey): void {
  const account = core.sqlite.prepare('SELECT code, name, category, enabled FROM accounts WHERE id = ? AND ledger_id = ?').get(key.accountId, ledgerId) as
    { code: string; name: string; category: string; enabled: number } | undefined
  const bad = (field: string, message: string) => new AppError('VALIDATION', message, { fields: { [field]: message } })
  if (!account) throw bad('accountId', '科目不存在或不属于本账套')
  const label = `${account.code} ${account.name}`
  if (account.category !== 'income' && account.category !== 'expense') throw bad('accountId', `${label} 不是收入类或支出类科目，不能编入预算`)
  if (!account.enabled) throw bad('accountId', `科目 ${label} 已停用`)
  const spendTyped = needsSpendType(account.category, account.code)
  if (spendTyped && !key.spendType) throw bad('spendType', `${label} 须注明基本支出或项目支出`)
  if (!spendTyped && key.spendType) throw bad('spendType', `${label} 不区分基本支出和项目支出`)
  if (key.spendType === 'project' && key.projectId === null) throw bad('projectId', '项目支出须选择项目')
  if (key.spendType === 'basic' && key.projectId !== null) throw bad('projectId', '基本支出不填项目；有项目的支出请选“项目支出”')
  if (key.projectId !== null) {
    const project = core.sqlite.prepare('SELECT enabled FROM projects WHERE id = ? AND ledger_id = ?').get(key.projectId, ledgerId) as { enabled: number } | undefined
    if (!project) throw bad('projectId', '项目不存在或不属于本账套')
    if (!project.enabled) throw bad('projectId', '该项目已停用')
  }
}

/** The line of this budget with the same identity, other than `exceptId`. */
export function sameLine(core: Core, budgetId: number, key: LineKey, exceptId?: number): number | undefined {
  const row = core.sqlite
    .prepare(`SELECT id FROM budget_lines WHERE budget_id = ? AND account_id = ? AND spend_type IS ? AND project_id IS ? AND fund_nature = ? AND id IS NOT ?`)
    .get(budgetId, key.accountId, key.spendType, key.projectId, key.fundNature, exceptId ?? null) as { id: number } | undefined
  return row?.id
}

export const DUPLICATE_LINE = '本预算已有相同科目、支出类型、项目和资金性质的预算项目，请修改那一行'

/** Lines that claims already point at cannot disappear: the claims would lose their budget. */
export function assertUnclaimed(core: Core, lineIds: number[]): void {
  if (!lineIds.length) return
  const row = core.sqlite.prepare(`SELECT count(*) AS n FROM claim_lines WHERE budget_line_id IN (${lineIds.map(() => '?').join(', ')})`).get(...lineIds) as { n: number }
  if (row.n) throw new AppError('CONFLICT', `已有 ${row.n} 笔报账明细使用这些预算项目，不能删除`)
}
