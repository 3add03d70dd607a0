import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../../electron/shared/budget-terms'

export const STATUS_COLORS: Record<ClaimStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'cyan',
  checked: 'gold',
  paid: 'success',
  reversed: 'error',
}

export const statusOptions = Object.entries(CLAIM_STATUS_LABELS).map(([value, label]) => ({ value, label }))

/** Names pasted from a sign-in sheet: one per line, or separated by commas, 顿号 or spaces. */
export function splitNames(text: string | undefined): string[] | null {
  const names = (text ?? '').split(/[\s,，、;；]+/).filter(Boolean)
  return names.length ? names : null
}
