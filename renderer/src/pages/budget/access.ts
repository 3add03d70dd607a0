import { useMemo } from 'react'
import { holdsLedgerRole } from '../../../../electron/shared/roles'
import { useSession } from '../../session'
import { useLedgers } from '../ledger/LedgerContext'
import { BUDGET_KEEPERS, BUDGET_RECORDERS } from '../../../../electron/shared/contract/budget'

/** What the user may do with the current 账套's budget; the core enforces the same rules (budget/access.ts). */
export interface BudgetPermissions {
  /** 会计: prepare the draft (lines, 结余, import). */
  keeper: boolean
  /** 会计 or 系统管理员: record the approval and 预算调整. */
  recorder: boolean
  /** 系统管理员: the over-budget setting. */
  admin: boolean
}

export function useBudgetPermissions(): BudgetPermissions {
  const { user } = useSession()
  const { current } = useLedgers()
  const ledgerId = current?.id ?? null
  return useMemo(
    () => ({
      keeper: holdsLedgerRole(user.assignments, ledgerId, BUDGET_KEEPERS),
      recorder: holdsLedgerRole(user.assignments, ledgerId, BUDGET_RECORDERS),
      admin: user.roles.includes('admin'),
    }),
    [user, ledgerId],
  )
}
