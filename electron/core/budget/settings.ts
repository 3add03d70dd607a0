import { OVER_BUDGET_MODES, type OverBudgetMode } from '../../shared/budget-terms'
import type { Core } from '../app'
import { getSetting, setSetting } from '../system/settings'

const KEY = 'budget.overBudgetMode'

/**
 * Budget control's answer to an over-budget claim: 'block' (the default, what the guidance expects)
 * or 'warn'. Stored as a JSON string in `settings`; a missing or unreadable value means 'block'.
 */
export function overBudgetMode(core: Core): 'block' | 'warn' {
  try {
    const stored: unknown = JSON.parse(getSetting(core.db, KEY) ?? '"block"')
    return OVER_BUDGET_MODES.includes(stored as OverBudgetMode) ? (stored as OverBudgetMode) : 'block'
  } catch {
    return 'block'
  }
}

export function setOverBudgetMode(core: Core, mode: OverBudgetMode): void {
  setSetting(core.db, KEY, JSON.stringify(mode))
}
