import { LEDGER_KEEPERS } from '../../../../electron/shared/contract/ledgers'
import { holdsLedgerRole } from '../../../../electron/shared/roles'
import { useSession } from '../../session'

/** Whether the user keeps the books of this 街镇 账套 (会计, unscoped or scoped to it): only they write the 台账. */
export function useLevyKeeper(ledgerId: number): boolean {
  const { user } = useSession()
  return holdsLedgerRole(user.assignments, ledgerId, LEDGER_KEEPERS)
}

export { parsePercent as bpOf } from '../../../../electron/shared/levy-terms'

export const percentText = (bp: number) => (bp / 100).toFixed(2)
