import type { BudgetStatus } from '../../shared/budget-terms'
import type { Core } from '../app'

/** What the scorecard's "经费列入街镇预算" rule reads for a year, keyed by the 街镇's union id. */
export interface FundingFacts {
  /** 街镇 union → 小二级 union → planned 分, for every 街镇 that made a plan this year. */
  plans: Map<number, Map<number, number>>
  /** 街镇 union → the best status of a budget of its 账套 that carries a 508 补助下级支出 line. */
  budgets: Map<number, BudgetStatus>
}

/** Two grouped queries over the year's plans and budgets; the registry groups them per 小二级. */
export function fundingFacts(core: Core, year: number): FundingFacts {
  const plans = new Map<number, Map<number, number>>()
  const planRows = core.sqlite
    .prepare(
      `SELECT l.union_id AS street, fp.union_id AS unionId, sum(fp.amount) AS amount
       FROM funding_plans fp JOIN ledgers l ON l.id = fp.ledger_id
       WHERE fp.year = ? AND l.union_id IS NOT NULL GROUP BY 1, 2`,
    )
    .all(year) as { street: number; unionId: number; amount: number }[]
  for (const r of planRows) plans.set(r.street, (plans.get(r.street) ?? new Map<number, number>()).set(r.unionId, r.amount))
  const budgetRows = core.sqlite
    .prepare(
      `SELECT l.union_id AS street, b.status
       FROM budgets b JOIN ledgers l ON l.id = b.ledger_id
       WHERE b.year = ? AND l.union_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM budget_lines bl JOIN accounts a ON a.id = bl.account_id WHERE bl.budget_id = b.id AND a.code LIKE '508%')`,
    )
    .all(year) as { street: number; status: BudgetStatus }[]
  const budgets = new Map<number, BudgetStatus>()
  for (const r of budgetRows) if (budgets.get(r.street) !== 'approved') budgets.set(r.street, r.status)
  return { plans, budgets }
}
