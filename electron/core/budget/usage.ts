import { CLAIM_STATUSES_IN_FLIGHT } from '../../shared/budget-terms'
import { AppError } from '../../shared/errors'
import type { Core } from '../app'
import { NOT_CLOSING } from '../reports/figures'

/** Where a budget line stands: all in 分. remaining = budget − used − pending (− this claim, by the caller). */
export interface BudgetLineStatus {
  budgetLineId: number
  /** 调整后预算数: 年初预算数 plus every adjustment. */
  budget: number
  /** Posted execution in the budget's year (expenditure net debit, income net credit), closing vouchers left out. */
  used: number
  /** Claims submitted but not yet paid that draw on this line (their vouchers do not exist yet). */
  pending: number
  remaining: number
}

/**
 * The voucher lines that execute a budget line `bl` (account `ba`): posted lines `l` (account `a`,
 * voucher `v`) on the line's account or its sub-accounts (a line may sit on 501 while vouchers use
 * 50105), with the line's 资金性质, and its 支出类型 and project when it names them. Budget control and
 * the 预算执行表 both read execution through this one join, so their figures cannot disagree. CROSS JOIN
 * keeps SQLite on the account index (the line's accounts, then their months) rather than walking every
 * line of the 账套 for each budget line.
 */
export const EXECUTION_FROM = `budget_lines bl
  JOIN budgets b ON b.id = bl.budget_id
  JOIN accounts ba ON ba.id = bl.account_id
  JOIN accounts a ON a.ledger_id = b.ledger_id AND a.code LIKE ba.code || '%'
  CROSS JOIN voucher_lines l ON l.account_id = a.id AND l.ledger_id = b.ledger_id AND l.posted = 1
  JOIN vouchers v ON v.id = l.voucher_id`

/** Closing vouchers (and red copies of them) only empty the accounts: they are not execution. */
export const EXECUTION_MATCH = `(bl.project_id IS NULL OR l.project_id = bl.project_id)
  AND (bl.spend_type IS NULL OR l.spend_type = bl.spend_type)
  AND coalesce(l.fund_nature, 'general') = bl.fund_nature
  AND ${NOT_CLOSING}`

/** Execution in the line's direction: income by net credit, expenditure by net debit. */
export const EXECUTED = `CASE WHEN ba.category = 'income' THEN l.credit - l.debit ELSE l.debit - l.credit END`

/** The figures budget control shows on a claim (issue: "the line's budget, used, this claim and remaining"). */
export function budgetLineStatus(core: Core, budgetLineId: number, options: { excludeClaimId?: number } = {}): BudgetLineStatus {
  const line = core.sqlite
    .prepare(
      `SELECT bl.original + coalesce((SELECT sum(al.amount) FROM budget_adjustment_lines al WHERE al.budget_line_id = bl.id), 0) AS budget
       FROM budget_lines bl WHERE bl.id = ?`,
    )
    .get(budgetLineId) as { budget: number } | undefined
  if (!line) throw new AppError('NOT_FOUND', '预算项目不存在或已删除')
  const { used } = core.sqlite
    .prepare(
      `SELECT coalesce(sum(${EXECUTED}), 0) AS used FROM ${EXECUTION_FROM}
       WHERE bl.id = ? AND l.period BETWEEN b.year * 100 + 1 AND b.year * 100 + 12 AND ${EXECUTION_MATCH}`,
    )
    .get(budgetLineId) as { used: number }
  const { pending } = core.sqlite
    .prepare(
      `SELECT coalesce(sum(cl.amount), 0) AS pending
       FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id
       WHERE cl.budget_line_id = ? AND c.status IN (${CLAIM_STATUSES_IN_FLIGHT.map(() => '?').join(', ')}) AND c.id IS NOT ?`,
    )
    .get(budgetLineId, ...CLAIM_STATUSES_IN_FLIGHT, options.excludeClaimId ?? null) as { pending: number }
  return { budgetLineId, budget: line.budget, used, pending, remaining: line.budget - used - pending }
}
