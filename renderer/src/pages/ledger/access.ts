import { useMemo } from 'react'
import type { CurrentUser } from '../../../../electron/shared/contract/auth'
import { holdsLedgerRole, type Role } from '../../../../electron/shared/roles'
import { useSession } from '../../session'
import { useLedgers } from './LedgerContext'

/** What the user may do in one 账套; buttons follow it, the server enforces the same rules anyway. */
export interface LedgerPermissions {
  /** 会计（制单）: enter and change vouchers, chart, opening balances. */
  keeper: boolean
  reviewer: boolean
  cashier: boolean
  /** 记账 and 结账: 会计 or 审核. */
  poster: boolean
  /** 反结账. */
  admin: boolean
  /** 新建/修改账套. */
  manager: boolean
}

export function ledgerPermissions(user: CurrentUser, ledgerId: number | null): LedgerPermissions {
  const holds = (...roles: Role[]) => holdsLedgerRole(user.assignments, ledgerId, roles)
  return {
    keeper: holds('accountant'),
    reviewer: holds('reviewer'),
    cashier: holds('cashier'),
    poster: holds('accountant', 'reviewer'),
    admin: holds('admin'),
    manager: holds('admin', 'accountant'),
  }
}

export function useLedgerPermissions(): LedgerPermissions {
  const { user } = useSession()
  const { current } = useLedgers()
  const ledgerId = current?.id ?? null
  return useMemo(() => ledgerPermissions(user, ledgerId), [user, ledgerId])
}
