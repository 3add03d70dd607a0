import { and, eq, sql } from 'drizzle-orm'
import { claimAttachments, claimEvents, claimLines, claims, users, vouchers } from '../../../drizzle/schema'
import { amountInWords } from '../../shared/amount-words'
import type { ClaimStatus, MoneyPattern } from '../../shared/budget-terms'
import { CLAIM_ROLES, CLAIM_STEP_ROLES, holdsClaimRole } from '../../shared/claim-access'
import type { ClaimAction, ClaimView } from '../../shared/contract/claims'
import { AppError } from '../../shared/errors'
import type { HandlerContext, HandlerMap } from '../api/types'
import { overBudgetMode } from '../budget/settings'
import { voucherLabel } from '../ledger/voucher-store'
import { todayOf } from '../system/time'
import { assertClaimFilter, assertClaimRole, assertStatus, claimFor, claimUnions, ledgerRecord, type ClaimRecord } from './access'
import { attachmentRows } from './attachments'
import { budgetRows, ruleFindings } from './control'
import { duplicateFindings } from './duplicates'
import { checkClaimLines, claimYear, loadLines, replaceLines } from './lines'
import { collectiveThreshold } from './options'
import { claimRows } from './register'

/** Append to the claim's history (who, what, when, why). */
export function recordEvent(ctx: HandlerContext, claim: ClaimRecord, action: string, toStatus: ClaimStatus, comment: string | null = null): void {
  const at = ctx.core.now().toISOString()
  const fromStatus = action === 'create' ? null : claim.status
  ctx.core.db.insert(claimEvents).values({ claimId: claim.id, action, fromStatus, toStatus, userId: ctx.user!.id, at, comment }).run()
  ctx.core.db.update(claims).set({ status: toStatus, updatedAt: at }).where(eq(claims.id, claim.id)).run()
  ctx.audit.targets = [`ledger:${claim.ledgerId}`, `claim:${claim.id}`]
}

function nextNumber(ctx: HandlerContext, ledgerId: number, year: number): string {
  const { last } = ctx.core.db
    .select({ last: sql<string | null>`max(${claims.number})` })
    .from(claims)
    .where(and(eq(claims.ledgerId, ledgerId), sql`${claims.number} LIKE ${`BX${year}-%`}`))
    .get()!
  return `BX${year}-${String((last ? Number(last.slice(7)) : 0) + 1).padStart(4, '0')}`
}

/** The user who last moved the claim into a status (the checker of 已审核, the submitter of 已提交). */
export function actorOf(ctx: HandlerContext, claimId: number, status: ClaimStatus): { userId: number; at: string } | undefined {
  return ctx.core.db
    .select({ userId: claimEvents.userId, at: claimEvents.at })
    .from(claimEvents)
    .where(and(eq(claimEvents.claimId, claimId), eq(claimEvents.toStatus, status)))
    .orderBy(sql`${claimEvents.id} DESC`)
    .get()
}

/** What the caller may do with the claim now: the buttons the screen shows (the core checks again on each). */
function actionsFor(ctx: HandlerContext, claim: ClaimRecord): ClaimAction[] {
  const holds = (roles: readonly Parameters<typeof holdsClaimRole>[2][number][]) => holdsClaimRole(ctx.user!.assignments, claim, roles)
  const status = claim.status as ClaimStatus
  const actions: ClaimAction[] = []
  if (status === 'draft' && holds(CLAIM_STEP_ROLES.edit)) actions.push('edit', 'submit')
  if (status === 'submitted' && actorOf(ctx, claim.id, 'submitted')?.userId === ctx.user!.id) actions.push('withdraw')
  if (status === 'submitted' && holds(CLAIM_STEP_ROLES.approve)) actions.push('approve', 'return')
  if (status === 'approved' && holds(CLAIM_STEP_ROLES.check)) actions.push('check', 'return')
  if (status === 'checked' && holds(CLAIM_STEP_ROLES.pay)) actions.push('pay', 'return')
  if (status === 'paid' && holds(CLAIM_STEP_ROLES.reverse)) actions.push('reverse')
  return actions
}

function reversalOf(ctx: HandlerContext, claim: ClaimRecord): ClaimView['reversal'] {
  if (claim.reversalVoucherId === null) return null
  const red = ctx.core.db.select({ word: vouchers.word, number: vouchers.number }).from(vouchers).where(eq(vouchers.id, claim.reversalVoucherId)).get()!
  return { voucherId: claim.reversalVoucherId, voucherLabel: voucherLabel(red), reason: claim.reversalReason ?? '' }
}

export function claimView(ctx: HandlerContext, claim: ClaimRecord): ClaimView {
  const lines = loadLines(ctx.core, claim.id)
  const [row] = claimRows(ctx.core, { ids: [claim.id] })
  const budget = budgetRows(ctx.core, claim, lines)
  const labels = new Map(budget.map((b) => [b.budgetLineId, b.label]))
  const events = ctx.core.db
    .select({
      action: claimEvents.action,
      fromStatus: claimEvents.fromStatus,
      toStatus: claimEvents.toStatus,
      user: users.displayName,
      at: claimEvents.at,
      comment: claimEvents.comment,
    })
    .from(claimEvents)
    .innerJoin(users, eq(users.id, claimEvents.userId))
    .where(eq(claimEvents.claimId, claim.id))
    .orderBy(claimEvents.id)
    .all() as ClaimView['events']
  return {
    ...row,
    collectiveDecision: claim.collectiveDecision,
    collectiveNote: claim.collectiveNote,
    collectiveThreshold: collectiveThreshold(ctx.core),
    totalInWords: amountInWords(row.total),
    lines: lines.map((l) => ({ ...l, budgetLineLabel: l.budgetLineId === null ? null : (labels.get(l.budgetLineId) ?? null) })),
    attachments: attachmentRows(ctx.core, claim.id),
    events,
    budget,
    overBudgetMode: overBudgetMode(ctx.core),
    findings: [
      ...(['paid', 'reversed'].includes(claim.status) ? [] : ruleFindings(ctx.core, claim, lines)),
      ...(claim.status === 'reversed' ? [] : duplicateFindings(ctx.core, claim.id)),
    ],
    reversal: reversalOf(ctx, claim),
    actions: actionsFor(ctx, claim),
  }
}

export const claimEntryHandlers: HandlerMap<'claims.list' | 'claims.get' | 'claims.save' | 'claims.delete'> = {
  'claims.list': (ctx, input) => {
    assertClaimFilter(ctx, input)
    const rows = claimRows(ctx.core, input).filter((r) => holdsClaimRole(ctx.user!.assignments, r, CLAIM_ROLES))
    return { rows, count: rows.length, total: rows.reduce((s, r) => s + r.total, 0) }
  },

  'claims.get': (ctx, input) => claimView(ctx, claimFor(ctx, input.id)),

  'claims.save': (ctx, input) => {
    const ledger = ledgerRecord(ctx.core, input.ledgerId)
    const unionId = input.unionId ?? ledger.unionId
    if (unionId !== ledger.unionId && !claimUnions(ctx.core, ledger).some((u) => u.id === unionId)) {
      throw new AppError('VALIDATION', '所选工会组织不在本账套报账范围内（须为账套所属工会，或其下未单独建账的小二级）', { fields: { unionId: '不在报账范围内' } })
    }
    const place = { ledgerId: ledger.id, unionId }
    assertClaimRole(ctx, place, CLAIM_STEP_ROLES.edit)
    const now = ctx.core.now().toISOString()
    const fields = { ...place, title: input.title, payFrom: input.payFrom as MoneyPattern, updatedAt: now }
    let claim: ClaimRecord
    if (input.id === null) {
      const year = Number(todayOf(ctx.core).slice(0, 4))
      const lines = checkClaimLines(ctx.core, ledger.id, year, input.lines)
      claim = ctx.core.db
        .insert(claims)
        .values({ ...fields, number: nextNumber(ctx, ledger.id, year), status: 'draft', createdBy: ctx.user!.id, createdAt: now })
        .returning()
        .get()
      replaceLines(ctx.core, claim.id, lines)
      recordEvent(ctx, claim, 'create', 'draft')
    } else {
      const existing = claimFor(ctx, input.id, CLAIM_STEP_ROLES.edit)
      assertStatus(existing, ['draft'], '修改')
      if (existing.ledgerId !== ledger.id) throw new AppError('VALIDATION', '报账单不能改到另一个账套，请新建')
      replaceLines(ctx.core, existing.id, checkClaimLines(ctx.core, ledger.id, claimYear(existing), input.lines))
      claim = ctx.core.db.update(claims).set(fields).where(eq(claims.id, existing.id)).returning().get()
      ctx.audit.targets = [`ledger:${claim.ledgerId}`, `claim:${claim.id}`]
    }
    ctx.audit.summary = `${input.id === null ? '新建' : '修改'}报账单 ${claim.number} ${claim.title}`
    return { id: claim.id, number: claim.number }
  },

  /** Only a draft that never left its author may go: once submitted, its history stays. */
  'claims.delete': (ctx, input) => {
    const claim = claimFor(ctx, input.id, CLAIM_STEP_ROLES.edit)
    assertStatus(claim, ['draft'], '删除')
    if (actorOf(ctx, claim.id, 'submitted')) throw new AppError('CONFLICT', `报账单 ${claim.number} 已提交过，有审批记录，不能删除`)
    for (const table of [claimLines, claimAttachments, claimEvents]) ctx.core.db.delete(table).where(eq(table.claimId, claim.id)).run()
    ctx.core.db.delete(claims).where(eq(claims.id, claim.id)).run()
    ctx.audit.targets = [`ledger:${claim.ledgerId}`, `claim:${claim.id}`]
    ctx.audit.summary = `删除报账单 ${claim.number} ${claim.title}`
    return { ok: true }
  },
}
