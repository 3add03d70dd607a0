import type { FundNature, SpendType } from '../../../../../electron/shared/ledger-terms'
import type { DraftLine } from './draft'

/**
 * The 辅助核算 an account was last saved with on this computer: the default for its next line.
 * Kept per account id (ids are unique across 账套) in localStorage; a hint, never a rule.
 */
interface Usual {
  fundNature: FundNature | null
  spendType: SpendType | null
  projectId: number | null
}

const KEY = 'uniondesk.usualAux'

function all(): Record<string, Usual> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, Usual>
  } catch {
    return {}
  }
}

export function usualAux(accountId: number): Usual | undefined {
  return all()[accountId]
}

export function rememberAux(lines: DraftLine[]): void {
  const map = all()
  for (const l of lines) {
    if (l.accountId !== null && (l.fundNature || l.spendType)) map[l.accountId] = { fundNature: l.fundNature, spendType: l.spendType, projectId: l.projectId }
  }
  localStorage.setItem(KEY, JSON.stringify(map))
}
