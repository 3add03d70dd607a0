import { basisPointsOf } from '../../shared/rate'
import type { BudgetTableRow } from '../../shared/contract/yearend'

type Figures = Pick<BudgetTableRow, 'lastBudget' | 'lastActual' | 'budget'>

/** 增减额 and 增减率 (本年预算数 against 上年预算数, half up to 0.01 %). */
export function rowOf(kind: BudgetTableRow['kind'], code: string, name: string, f: Figures, notes = ''): BudgetTableRow {
  const change = f.budget - f.lastBudget
  return { kind, code, name, ...f, change, rate: f.lastBudget > 0 ? basisPointsOf(change, f.lastBudget) : null, notes }
}
