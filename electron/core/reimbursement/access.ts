import { eq } from 'drizzle-orm'
import { claims, ledgers, unions } from '../../../drizzle/schema'
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../shared/budget-terms'
import { CLAIM_ROLES, holdsClaimRole, type ClaimPlace } from '../../shared/claim-access'
import { AppError } from '../../shared/errors'
import { ROLE_LABELS, type Role } from '../../shared/roles'
import type { HandlerContext, SessionUser } from '../api/types'
import type { Core } from '../app'

export type ClaimRecord = typeof claims.$inferSelect
type LedgerRecord = typeof ledgers.$inferSelect

/**
 * The unions a claim in this 账套 may belong to (reference §11.2): the 账套's own union, and — for
 * 报账制 kept in the 街镇's 账套 — each 小二级 under it that has no 账套 of its own. The 小二级's
 * approval right stays with its own 审批人 either way.
 */
export function claimUnions(core: Core, ledger: LedgerRecord): { id: number; name: string }[] {
  if (ledger.unionId === null) return []
  return core.sqlite
    .prepare(
      `SELECT u.id, u.name FROM unions u
       WHERE u.id = ?
          OR (u.parent_id = ? AND u.type = 'xiaoerji' AND u.status <> 'deregistered'
              AND NOT EXISTS (SELECT 1 FROM ledgers l WHERE l.union_id = u.id))
       ORDER BY u.id = ? DESC, u.code`,
    )
    .all(ledger.unionId, ledger.unionId, ledger.unionId) as { id: number; name: string }[]
}

/** 账套 the user works on claims in: a claim role for the 账套 itself or for one of its claim unions. */
export function claimLedgers(ctx: HandlerContext, roles: readonly Role[] = CLAIM_ROLES) {
  return ctx.core.db
    .select()
    .from(ledgers)
    .orderBy(ledgers.code)
    .all()
    .map((ledger) => ({ ledger, unions: claimUnions(ctx.core, ledger) }))
    .filter(({ ledger, unions: list }) => [null, ...list.map((u) => u.id)].some((unionId) => holdsClaimRole(ctx.user!.assignments, { ledgerId: ledger.id, unionId }, roles)))
}

/**
 * A claim list or export filtered to one 账套 or union the user has no claim role for is refused
 * (FORBIDDEN), not answered with an empty list that reads like "no claims".
 */
export function assertClaimFilter(ctx: HandlerContext, f: { ledgerId?: number | null; unionId?: number | null }): void {
  if (f.ledgerId) {
    const ledger = ledgerRecord(ctx.core, f.ledgerId)
    if (!claimLedgers(ctx).some((c) => c.ledger.id === ledger.id)) {
      throw new AppError('FORBIDDEN', `${ctx.user!.displayName}，您对账套“${ledger.name}”的报账单没有查看权限`)
    }
  }
  if (f.unionId) {
    const unionId = f.unionId
    const union = ctx.core.db.select({ name: unions.name }).from(unions).where(eq(unions.id, unionId)).get()
    if (!union) throw new AppError('NOT_FOUND', `工会组织（编号 ${unionId}）不存在`)
    const covered = claimLedgers(ctx).some(
      ({ ledger, unions: list }) => list.some((u) => u.id === unionId) && holdsClaimRole(ctx.user!.assignments, { ledgerId: ledger.id, unionId }, CLAIM_ROLES),
    )
    if (!covered) throw new AppError('FORBIDDEN', `${ctx.user!.displayName}，您对“${union.name}”的报账单没有查看权限`)
  }
}

export function ledgerRecord(core: Core, ledgerId: number): LedgerRecord {
  const ledger = core.db.select().from(ledgers).where(eq(ledgers.id, ledgerId)).get()
  if (!ledger) throw new AppError('NOT_FOUND', `账套（编号 ${ledgerId}）不存在`)
  return ledger
}

function refuse(user: SessionUser, place: ClaimPlace, roles: readonly Role[], core: Core): never {
  const ledger = ledgerRecord(core, place.ledgerId)
  const union = place.unionId === null ? null : core.db.select({ name: unions.name }).from(unions).where(eq(unions.id, place.unionId)).get()
  const needed = roles.map((r) => ROLE_LABELS[r]).join('或')
  throw new AppError('FORBIDDEN', `${user.displayName}，您对${union ? `“${union.name}”` : `账套“${ledger.name}”`}的报账单没有“${needed}”权限`)
}

export function assertClaimRole(ctx: HandlerContext, place: ClaimPlace, roles: readonly Role[]): void {
  if (!holdsClaimRole(ctx.user!.assignments, place, roles)) refuse(ctx.user!, place, roles, ctx.core)
}

/** Load a claim the caller may see; with `roles`, also check they may act on it with one of them. */
export function claimFor(ctx: HandlerContext, id: number, roles: readonly Role[] = CLAIM_ROLES): ClaimRecord {
  const claim = ctx.core.db.select().from(claims).where(eq(claims.id, id)).get()
  if (!claim) throw new AppError('NOT_FOUND', `报账单（编号 ${id}）不存在`)
  // Roles for the step include seeing it: an approver of another 小二级 is told why, by the union's name.
  assertClaimRole(ctx, claim, roles)
  return claim
}

export function assertStatus(claim: ClaimRecord, allowed: readonly ClaimStatus[], action: string): void {
  if (!allowed.includes(claim.status as ClaimStatus)) {
    throw new AppError('CONFLICT', `报账单 ${claim.number} 当前为“${CLAIM_STATUS_LABELS[claim.status as ClaimStatus]}”，不能${action}`)
  }
}
