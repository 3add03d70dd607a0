import type { Role, RoleAssignment } from './roles'

/** Where a claim sits: the 账套 its voucher goes to and the union whose 审批人 approves it. */
export interface ClaimPlace {
  ledgerId: number
  unionId: number | null
}

/** Everyone who works on claims; each sees the claims of the 账套 or union their roles cover. */
export const CLAIM_ROLES = ['clerk', 'approver', 'accountant', 'reviewer', 'cashier', 'viewer'] as const

/** Who acts at each step (reference §11.2 item 2): the 小二级's clerk and chair, the 街镇's accountant and cashier. */
export const CLAIM_STEP_ROLES = {
  /** 填写、提交、撤回: the 报账员, or the 街镇 accountant on the union's behalf. */
  edit: ['clerk', 'accountant'],
  approve: ['approver'],
  check: ['accountant', 'reviewer'],
  pay: ['cashier'],
  /** 冲销报账单: the accountant or the cashier who finds a paid claim wrong. */
  reverse: ['accountant', 'cashier'],
} as const satisfies Record<string, readonly Role[]>

/**
 * A role counts for a claim when held unscoped, scoped to the claim's 账套, or scoped to its union
 * (an approver of 小二级 X approves X's claims only). Core and UI share this rule.
 */
export function holdsClaimRole(assignments: readonly RoleAssignment[], place: ClaimPlace, roles: readonly Role[]): boolean {
  return assignments.some(
    (a) =>
      roles.includes(a.role) &&
      (a.scopeType === null || (a.scopeType === 'ledger' && a.scopeId === place.ledgerId) || (a.scopeType === 'union' && place.unionId !== null && a.scopeId === place.unionId)),
  )
}
