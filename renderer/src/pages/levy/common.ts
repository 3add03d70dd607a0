import { LEDGER_KEEPERS } from '../../../../electron/shared/contract/ledgers'
import { holdsLedgerRole } from '../../../../electron/shared/roles'
import { useSession } from '../../session'

/** Whether the user keeps the books of this 街镇 账套 (会计, unscoped or scoped to it): only they write the 台账. */
export function useLevyKeeper(ledgerId: number): boolean {
  const { user } = useSession()
  return holdsLedgerRole(user.assignments, ledgerId, LEDGER_KEEPERS)
}

/** A percentage typed by the clerk ("2", "48.5") as basis points; null when it is not one. */
export function bpOf(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/%$/, ''))
  if (!m) return null
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return bp <= 10000 ? bp : null
}

export const percentText = (bp: number) => (bp / 100).toFixed(2)
