import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { LEDGER_READERS } from '../../../../electron/shared/contract/ledgers'
import { useCall } from '../../hooks/useCall'
import { useSession } from '../../session'
import { LedgerContext, type LedgerScope } from './LedgerContext'

/** Loads the 账套 the user may see and remembers, per user and machine, which one they work in. */
export function LedgerProvider({ children }: { children: ReactNode }) {
  const { user } = useSession()
  // 审批人 read budgets without being ledger readers: theirs is the list of 账套 whose budgets they may see.
  const list = useCall(user.roles.some((r) => (LEDGER_READERS as readonly string[]).includes(r)) ? 'ledgers.list' : 'budget.ledgers')
  const storageKey = `uniondesk.ledger.${user.id}`
  const [chosen, setChosen] = useState(() => Number(localStorage.getItem(storageKey)) || null)

  const select = useCallback(
    (id: number) => {
      localStorage.setItem(storageKey, String(id))
      setChosen(id)
    },
    [storageKey],
  )

  const scope = useMemo<LedgerScope>(() => {
    const ledgers = list.data ?? []
    return {
      ledgers,
      loading: list.loading && !list.data,
      error: list.error,
      current: ledgers.find((l) => l.id === chosen) ?? ledgers[0] ?? null,
      select,
      reload: list.reload,
    }
  }, [list.data, list.loading, list.error, list.reload, chosen, select])

  return <LedgerContext.Provider value={scope}>{children}</LedgerContext.Provider>
}
