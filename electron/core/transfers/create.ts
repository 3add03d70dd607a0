import { and, eq } from 'drizzle-orm'
import { fundingPlans, transfers, unions } from '../../../drizzle/schema'
import { TRANSFER_KIND_LABELS } from '../../shared/budget-terms'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { HandlerContext, HandlerFn, HandlerMap } from '../api/types'
import { ledgerFor, type LedgerRecord } from '../ledger/access'
import { checkLines, type LineInput } from '../ledger/voucher-lines'
import { assertOpenDate, assertOpeningBalanced, insertVoucher, voucherLabel } from '../ledger/voucher-store'
import { voucherWorkflowHandlers } from '../ledger/voucher-workflow'
import { voucherEntryHandlers } from '../ledger/vouchers'
import { transferLines } from './legs'
import { streetLedgers } from './scope'

/** Both sides are booked by one accountant, who must hold the role in both 账套 (reference §11.2). */
const KEEPER = ['accountant'] as const

/** Enter one side as a draft, through the ledger's own checks (open month, balanced opening, line rules). */
export function draftSide(ctx: HandlerContext, ledger: LedgerRecord, date: string, word: string, lines: LineInput[]) {
  assertOpenDate(ctx.core, ledger, date)
  assertOpeningBalanced(ctx.core, ledger)
  const checked = checkLines(ctx.core, ledger.id, lines, (i) => `${ledger.name} 第 ${i + 1} 行`)
  return insertVoucher(ctx.core, { ledger, date, word, attachments: 0, origin: 'transfer', lines: checked, userId: ctx.user!.id })
}

/** The row linking the two vouchers of a pair, which 内部往来核对 judges. */
export function recordTransfer(ctx: HandlerContext, pair: Omit<typeof transfers.$inferInsert, 'id' | 'createdBy' | 'createdAt'>): number {
  return ctx.core.db
    .insert(transfers)
    .values({ ...pair, createdBy: ctx.user!.id, createdAt: ctx.core.now().toISOString() })
    .returning({ id: transfers.id })
    .get().id
}

function transferFor(ctx: HandlerContext, id: number) {
  const t = ctx.core.db.select().from(transfers).where(eq(transfers.id, id)).get()
  if (!t) throw new AppError('NOT_FOUND', `划拨（编号 ${id}）不存在`)
  return { t, upper: ledgerFor(ctx, t.fromLedgerId, KEEPER), lower: ledgerFor(ctx, t.toLedgerId, KEEPER) }
}

/** The ledger's own reversal and deletion, reused so their rules (and roles) apply to each side as to any voucher. */
const reverseVoucher = voucherWorkflowHandlers['vouchers.reverse'] as HandlerFn<'vouchers.reverse'>
const deleteVoucher = voucherEntryHandlers['vouchers.delete'] as HandlerFn<'vouchers.delete'>

/** The red copy of a voucher, if one exists. */
const reversalOf = (ctx: HandlerContext, voucherId: number) =>
  ctx.core.sqlite.prepare(`SELECT id, status FROM vouchers WHERE reversal_of = ?`).get(voucherId) as { id: number; status: string } | undefined

const statusOf = (ctx: HandlerContext, voucherId: number | null) =>
  voucherId === null ? null : ((ctx.core.sqlite.prepare(`SELECT status FROM vouchers WHERE id = ?`).get(voucherId) as { status: string } | undefined)?.status ?? null)

export const transferHandlers: HandlerMap<'transfers.create' | 'transfers.reverse' | 'transfers.cancel'> = {
  /**
   * Both vouchers are written as 草稿 in the one transaction of this call: a failure on either side
   * (closed month, missing account, no role) writes neither. They then go through each 账套's normal
   * 审核 and 记账, so 制单 ≠ 审核 holds as for any voucher.
   */
  'transfers.create': (ctx, input) => {
    const upper = ledgerFor(ctx, input.fromLedgerId, KEEPER)
    const lower = ledgerFor(ctx, input.toLedgerId, KEEPER)
    const street = streetLedgers(ctx.core).find((s) => s.ledgerId === upper.id)
    if (!street) throw new AppError('VALIDATION', `账套“${upper.name}”未关联到街镇总工会，不能作为划出方`, { fields: { fromLedgerId: '不是街镇总工会的账套' } })
    const x = street.xiaoerji.find((u) => u.ledgerId === lower.id)
    if (!x) throw new AppError('VALIDATION', `账套“${lower.name}”不是“${street.unionName}”下属小二级的账套`, { fields: { toLedgerId: '不是下属小二级的账套' } })
    if (input.fundingPlanId !== null) {
      const plan = ctx.core.db
        .select({ id: fundingPlans.id })
        .from(fundingPlans)
        .where(and(eq(fundingPlans.id, input.fundingPlanId), eq(fundingPlans.ledgerId, upper.id), eq(fundingPlans.unionId, x.unionId)))
        .get()
      if (!plan || input.kind !== 'subsidy') throw new AppError('VALIDATION', '只有补助下级可以关联本街镇对该小二级的经费保障计划', { fields: { fundingPlanId: '计划不匹配' } })
    }
    const streetUnion = ctx.core.db.select({ name: unions.name }).from(unions).where(eq(unions.id, street.unionId)).get()!
    const lines = transferLines(
      ctx.core,
      input,
      { ledger: upper, other: lower, otherNames: [lower.name, lower.orgName, x.name] },
      // “135 其他应收款—街镇总工会” is how the reference (§11.2) names the 小二级's claim on the pool.
      { ledger: lower, other: upper, otherNames: [upper.name, upper.orgName, streetUnion.name, '总工会'] },
    )
    const from = draftSide(ctx, upper, input.date, input.word, lines.upper)
    const to = draftSide(ctx, lower, input.date, input.word, lines.lower)
    const id = recordTransfer(ctx, {
      kind: input.kind,
      moneyPattern: input.moneyPattern,
      fromLedgerId: upper.id,
      toLedgerId: lower.id,
      date: input.date,
      amount: input.amount,
      summary: input.summary,
      fromVoucherId: from.id,
      toVoucherId: to.id,
      fundingPlanId: input.fundingPlanId,
    })
    ctx.audit.targets = [`transfer:${id}`, `voucher:${from.id}`, `voucher:${to.id}`]
    ctx.audit.summary = `${TRANSFER_KIND_LABELS[input.kind]} ${formatFen(input.amount)} 元：${upper.name} ${voucherLabel(from)} ↔ ${lower.name} ${voucherLabel(to)}`
    return { id, fromLabel: voucherLabel(from), toLabel: voucherLabel(to) }
  },

  /**
   * 红字冲销 of both sides, each through the ledger's own reversal (a red draft linked by reversal_of).
   * A side already reversed in its 账套 is left as it is, so a half-reversed pair can be completed.
   */
  'transfers.reverse': (ctx, input) => {
    const { t, upper, lower } = transferFor(ctx, input.id)
    // A 报账制 payment's pair belongs to its claim: reversing it here would leave the claim 已付款.
    const claim = ctx.core.sqlite.prepare('SELECT number FROM claims WHERE voucher_id IN (?, ?)').get(t.fromVoucherId, t.toVoucherId) as { number: string } | undefined
    if (claim) throw new AppError('CONFLICT', `这笔往来是报账单 ${claim.number} 付款时生成的，不能在上代下划拨中单独冲销`)
    const sides = [
      { ledger: upper, voucherId: t.fromVoucherId },
      { ledger: lower, voucherId: t.toVoucherId },
    ]
    for (const s of sides) {
      if (s.voucherId === null) throw new AppError('CONFLICT', `划拨在“${s.ledger.name}”一方的凭证已不存在，请在内部往来核对中处理`)
      if (statusOf(ctx, s.voucherId) !== 'posted' && !reversalOf(ctx, s.voucherId)) {
        throw new AppError('CONFLICT', `“${s.ledger.name}”一方的凭证尚未记账，不需冲销：两张凭证都未记账时可撤销划拨`)
      }
    }
    const pending = sides.filter((s) => !reversalOf(ctx, s.voucherId!))
    if (!pending.length) throw new AppError('CONFLICT', '这笔划拨的两张凭证都已冲销')
    const labels = sides.map((s) => (pending.includes(s) ? reverseVoucher(ctx, { id: s.voucherId!, date: input.date }).label : '（此前已冲销）'))
    ctx.audit.targets = [`transfer:${t.id}`, ...sides.map((s) => `voucher:${s.voucherId}`)]
    ctx.audit.summary = `冲销划拨 ${t.date} ${formatFen(t.amount)} 元：${upper.name} ${labels[0]}，${lower.name} ${labels[1]}`
    return { fromLabel: labels[0], toLabel: labels[1] }
  },

  /** A pair nobody has reviewed yet is simply withdrawn: both drafts and the link go. */
  'transfers.cancel': (ctx, input) => {
    const { t, upper, lower } = transferFor(ctx, input.id)
    const ids = [t.fromVoucherId, t.toVoucherId].filter((v): v is number => v !== null)
    if (ids.some((v) => statusOf(ctx, v) !== 'draft')) throw new AppError('CONFLICT', '划拨凭证已审核或记账，不能撤销；已记账的请冲销')
    ctx.core.db.delete(transfers).where(eq(transfers.id, t.id)).run()
    for (const v of ids) deleteVoucher(ctx, { id: v })
    ctx.audit.targets = [`transfer:${t.id}`, ...ids.map((v) => `voucher:${v}`)]
    ctx.audit.summary = `撤销划拨 ${t.date} ${formatFen(t.amount)} 元（${upper.name} ↔ ${lower.name}），删除两张草稿凭证`
    return { ok: true }
  },
}
