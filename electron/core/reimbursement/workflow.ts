import { eq } from 'drizzle-orm'
import { claims } from '../../../drizzle/schema'
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../shared/budget-terms'
import { CLAIM_STEP_ROLES } from '../../shared/claim-access'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { HandlerContext, HandlerMap } from '../api/types'
import { assertClaimRole, assertStatus, claimFor, type ClaimRecord } from './access'
import { actorOf, recordEvent } from './claims'
import { enforceControls } from './control'
import { assertInvoicesUnused, attachmentWarnings } from './duplicates'
import { loadLines } from './lines'
import { collectiveThreshold } from './options'

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('；') || null

/** Budget and 支出标准 checks, then the move; warnings that let it through go into the history. */
function controlledStep(ctx: HandlerContext, claim: ClaimRecord, action: string, to: ClaimStatus, comment: string | undefined) {
  const warnings = enforceControls(ctx.core, claim, loadLines(ctx.core, claim.id))
  recordEvent(ctx, claim, action, to, joined(comment, warnings))
}

const done = (ctx: HandlerContext, claim: ClaimRecord, verb: string) => {
  ctx.audit.summary = `${verb}报账单 ${claim.number} ${claim.title}`
  return { ok: true as const }
}

/** Who may send a claim back at each status: whoever acts next on it. */
const RETURNERS: Partial<Record<ClaimStatus, readonly ('approver' | 'accountant' | 'reviewer' | 'cashier')[]>> = {
  submitted: CLAIM_STEP_ROLES.approve,
  approved: CLAIM_STEP_ROLES.check,
  checked: [...CLAIM_STEP_ROLES.pay, ...CLAIM_STEP_ROLES.check],
}

export const claimWorkflowHandlers: HandlerMap<'claims.submit' | 'claims.withdraw' | 'claims.approve' | 'claims.check' | 'claims.return'> = {
  'claims.submit': (ctx, input) => {
    const claim = claimFor(ctx, input.id, CLAIM_STEP_ROLES.edit)
    assertStatus(claim, ['draft'], '提交')
    assertInvoicesUnused(ctx.core, claim.id)
    controlledStep(ctx, claim, 'submit', 'submitted', joined(input.comment, ...attachmentWarnings(ctx.core, claim.id)) ?? undefined)
    return done(ctx, claim, '提交')
  },

  'claims.withdraw': (ctx, input) => {
    const claim = claimFor(ctx, input.id, CLAIM_STEP_ROLES.edit)
    assertStatus(claim, ['submitted'], '撤回（已审批的报账单须由审批人退回）')
    if (actorOf(ctx, claim.id, 'submitted')?.userId !== ctx.user!.id) throw new AppError('FORBIDDEN', '只有提交人可以撤回报账单')
    recordEvent(ctx, claim, 'withdraw', 'draft', input.comment ?? null)
    return done(ctx, claim, '撤回')
  },

  'claims.approve': (ctx, input) => {
    const claim = claimFor(ctx, input.id, CLAIM_STEP_ROLES.approve)
    assertStatus(claim, ['submitted'], '审批')
    if (actorOf(ctx, claim.id, 'submitted')?.userId === ctx.user!.id) throw new AppError('FORBIDDEN', '不能审批自己提交的报账单')
    const total = loadLines(ctx.core, claim.id).reduce((s, l) => s + l.amount, 0)
    const threshold = collectiveThreshold(ctx.core)
    if (total > threshold && (!input.collectiveDecision || !input.collectiveNote)) {
      throw new AppError('VALIDATION', `报账金额 ¥${formatFen(total)} 超过 ¥${formatFen(threshold)}，须经集体决策，请勾选“集体决策”并填写会议及决定说明`, {
        fields: { collectiveNote: '须填写集体决策说明' },
      })
    }
    ctx.core.db
      .update(claims)
      .set({ collectiveDecision: input.collectiveDecision, collectiveNote: input.collectiveDecision ? (input.collectiveNote ?? null) : null })
      .where(eq(claims.id, claim.id))
      .run()
    controlledStep(ctx, claim, 'approve', 'approved', joined(input.collectiveDecision ? `集体决策：${input.collectiveNote ?? ''}` : null, input.comment) ?? undefined)
    return done(ctx, claim, '审批')
  },

  'claims.check': (ctx, input) => {
    const claim = claimFor(ctx, input.id, CLAIM_STEP_ROLES.check)
    assertStatus(claim, ['approved'], '审核')
    recordEvent(ctx, claim, 'check', 'checked', input.comment ?? null)
    return done(ctx, claim, '审核')
  },

  'claims.return': (ctx, input) => {
    const claim = claimFor(ctx, input.id)
    const roles = RETURNERS[claim.status as ClaimStatus]
    if (!roles) throw new AppError('CONFLICT', `报账单 ${claim.number} 当前为“${CLAIM_STATUS_LABELS[claim.status as ClaimStatus]}”，不能退回`)
    assertClaimRole(ctx, claim, roles)
    recordEvent(ctx, claim, 'return', 'draft', input.comment)
    return done(ctx, claim, '退回')
  },
}
