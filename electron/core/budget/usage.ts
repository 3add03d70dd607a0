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

interface LineFacts {
  id: number
  ledgerId: number
  year: number
  code: string
  category: string
  projectId: number | null
  budget: number
}

/**
 * The figures budget control shows on a claim (issue: "the line's budget, used, this claim and
 * remaining"). Execution covers the line's account and its sub-accounts (a line may sit on a parent
 * such as 501 while vouchers use 50101), narrowed to the line's project when it has one.
 */
export function budgetLineStatus(core: Core, budgetLineId: number, options: { excludeClaimId?: number } = {}): BudgetLineStatus {
  const line = core.sqlite
    .prepare(
      `SELECT bl.id, b.ledger_id AS ledgerId, b.year, a.code, a.category, bl.project_id AS projectId,
              bl.original + coalesce((SELECT sum(al.amount) FROM budget_adjustment_lines al WHERE al.budget_line_id = bl.id), 0) AS budget
       FROM budget_lines bl JOIN budgets b ON b.id = bl.budget_id JOIN accounts a ON a.id = bl.account_id
       WHERE bl.id = ?`,
    )
    .get(budgetLineId) as LineFacts | undefined
  if (!line) throw new AppError('NOT_FOUND', '预算项目不存在或已删除')
  const executed = core.sqlite
    .prepare(
      `SELECT coalesce(sum(l.debit), 0) AS debit, coalesce(sum(l.credit), 0) AS credit
       FROM voucher_lines l
       JOIN accounts a ON a.id = l.account_id
       JOIN vouchers v ON v.id = l.voucher_id
       WHERE l.ledger_id = ? AND l.posted = 1 AND l.period BETWEEN ? AND ?
         AND (a.code = ? OR a.code LIKE ? || '%')
         AND (? IS NULL OR l.project_id = ?)
         AND ${NOT_CLOSING}`,
    )
    .get(line.ledgerId, line.year * 100 + 1, line.year * 100 + 12, line.code, line.code, line.projectId, line.projectId) as {
    debit: number
    credit: number
  }
  const used = line.category === 'income' ? executed.credit - executed.debit : executed.debit - executed.credit
  const { pending } = core.sqlite
    .prepare(
      `SELECT coalesce(sum(cl.amount), 0) AS pending
       FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id
       WHERE cl.budget_line_id = ? AND c.status IN (${CLAIM_STATUSES_IN_FLIGHT.map(() => '?').join(', ')}) AND c.id IS NOT ?`,
    )
    .get(budgetLineId, ...CLAIM_STATUSES_IN_FLIGHT, options.excludeClaimId ?? null) as { pending: number }
  return { budgetLineId, budget: line.budget, used, pending, remaining: line.budget - used - pending }
}
