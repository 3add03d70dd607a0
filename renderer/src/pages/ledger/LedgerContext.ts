import { createContext, useContext } from 'react'
import type { LedgerRow } from '../../../../electron/shared/contract/ledgers'
import type { AppError } from '../../../../electron/shared/errors'

/** The 账套 the user may see and the one they are working in (chosen in the header). */
export interface LedgerScope {
  ledgers: LedgerRow[]
  /** True until the first list has arrived. */
  loading: boolean
  error: AppError | null
  current: LedgerRow | null
  select: (id: number) => void
  /** Reload after a change that moves a 账套's current period or settings (closing, 修改账套). */
  reload: () => void
}

export const LedgerContext = createContext<LedgerScope | null>(null)

export function useLedgers(): LedgerScope {
  const scope = useContext(LedgerContext)
  if (!scope) throw new Error('useLedgers outside LedgerProvider')
  return scope
}

/** The 账套 a ledger page works in; those pages are only shown once one exists. */
export function useCurrentLedger(): LedgerRow {
  const { current } = useLedgers()
  if (!current) throw new Error('useCurrentLedger without a 账套')
  return current
}
