import { and, eq, sql } from 'drizzle-orm'
import { accounts, voucherLines, vouchers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { VoucherBatchAction } from '../../shared/contract/vouchers'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import type { LedgerRecord } from './access'
import { claimOfVoucher, writeReversal } from './reversal'
import { assertOpenDate, assertOpeningBalanced, voucherLabel, type VoucherRecord } from './voucher-store'
import { voucherFor } from './vouchers'

/** Cash and bank vouchers (101 库存现金, 102 银行存款) are the ones the 出纳 signs. */
export function touchesCash(core: Core, voucherId: number): boolean {
  return Boolean(
    core.db
      .select({ id: voucherLines.id })
      .from(voucherLines)
      .innerJoin(accounts, eq(accounts.id, voucherLines.accountId))
      .where(and(eq(voucherLines.voucherId, voucherId), sql`(${accounts.code} LIKE '101%' OR ${accounts.code} LIKE '102%')`))
      .limit(1)
      .get(),
  )
}

type Step = (ctx: HandlerContext, voucher: VoucherRecord, ledger: LedgerRecord) => Partial<VoucherRecord>

/** The batchable steps, each with the roles it needs and the checks that may refuse one voucher. */
const STEPS: Record<VoucherBatchAction, { roles: readonly Role[]; verb: string; step: Step }> = {
  review: {
    roles: ['reviewer'],
    verb: '审核',
    step: (c, v) => {
      if (v.status !== 'draft') throw new AppError('CONFLICT', `${voucherLabel(v)} 不是待审核状态`)
      if (v.createdBy === c.user!.id) throw new AppError('FORBIDDEN', `${voucherLabel(v)} 是您制单的，审核须由他人进行`)
      return { status: 'reviewed', reviewedBy: c.user!.id, reviewedAt: now(c) }
    },
  },
  unreview: {
    roles: ['reviewer'],
    verb: '取消审核',
    step: (_c, v) => {
      if (v.status !== 'reviewed') throw new AppError('CONFLICT', `${voucherLabel(v)} 不是已审核状态，不能取消审核`)
      return { status: 'draft', reviewedBy: null, reviewedAt: null, cashierBy: null, cashierAt: null }
    },
  },
  cashierSign: {
    roles: ['cashier'],
    verb: '出纳签字',
    step: (c, v) => {
      if (v.status === 'posted') throw new AppError('CONFLICT', `${voucherLabel(v)} 已记账`)
      if (v.cashierBy) throw new AppError('CONFLICT', `${voucherLabel(v)} 已有出纳签字`)
      if (!touchesCash(c.core, v.id)) throw new AppError('CONFLICT', `${voucherLabel(v)} 不涉及库存现金或银行存款，无需出纳签字`)
      return { cashierBy: c.user!.id, cashierAt: now(c) }
    },
  },
  cashierUnsign: {
    roles: ['cashier'],
    verb: '取消出纳签字',
    step: (_c, v) => {
      if (v.status === 'posted') throw new AppError('CONFLICT', `${voucherLabel(v)} 已记账，不能取消出纳签字`)
      if (!v.cashierBy) throw new AppError('CONFLICT', `${voucherLabel(v)} 没有出纳签字`)
      return { cashierBy: null, cashierAt: null }
    },
  },
  post: {
    roles: ['accountant', 'reviewer'],
    verb: '记账',
    step: (c, v, ledger) => {
      if (v.status !== 'reviewed') throw new AppError('CONFLICT', `${voucherLabel(v)} 尚未审核，不能记账`)
      if (ledger.cashierSignRequired && !v.cashierBy && touchesCash(c.core, v.id)) {
        throw new AppError('CONFLICT', `${voucherLabel(v)} 涉及现金或银行存款，须先由出纳签字`)
      }
      assertOpenDate(c.core, ledger, v.date)
      assertOpeningBalanced(c.core, ledger)
      return { status: 'posted', postedBy: c.user!.id, postedAt: now(c) }
    },
  },
}

/** Apply one step to each voucher, all or nothing (the router's transaction), and audit the list. */
function batch(ctx: HandlerContext, ids: number[], action: VoucherBatchAction) {
  const { roles, verb, step } = STEPS[action]
  const labels: string[] = []
  for (const id of [...new Set(ids)]) {
    const { voucher, ledger } = voucherFor(ctx, id, roles)
    ctx.core.db
      .update(vouchers)
      .set(step(ctx, voucher, ledger))
      .where(eq(vouchers.id, voucher.id))
      .run()
    labels.push(`${voucher.date.slice(0, 7)} ${voucherLabel(voucher)}`)
    ctx.audit.targets.push(`voucher:${voucher.id}`)
  }
  ctx.audit.summary = `${verb} ${labels.length} 张凭证：${labels.slice(0, 20).join('、')}${labels.length > 20 ? ' 等' : ''}`
  return { done: labels.length }
}

/**
 * The list's 批量: each voucher is checked and changed on its own; one that a check refuses is
 * reported with the reason and left as it was, the others are done (a step writes only after its checks).
 */
function batchEach(ctx: HandlerContext, ids: number[], action: VoucherBatchAction) {
  const { roles, verb, step } = STEPS[action]
  const done: { id: number; label: string }[] = []
  const refused: { id: number; label: string; reason: string }[] = []
  for (const id of [...new Set(ids)]) {
    let label = `编号 ${id}`
    try {
      const { voucher, ledger } = voucherFor(ctx, id, roles)
      label = voucherLabel(voucher)
      ctx.core.db
        .update(vouchers)
        .set(step(ctx, voucher, ledger))
        .where(eq(vouchers.id, voucher.id))
        .run()
      done.push({ id, label })
      ctx.audit.targets.push(`voucher:${voucher.id}`)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      refused.push({ id, label, reason: error.message })
    }
  }
  ctx.audit.summary = `批量${verb}：完成 ${done.length} 张${
    done.length
      ? `（${done
          .slice(0, 20)
          .map((d) => d.label)
          .join('、')}）`
      : ''
  }，未处理 ${refused.length} 张`
  return { done, refused }
}

const now = (ctx: HandlerContext) => ctx.core.now().toISOString()

export const voucherWorkflowHandlers: HandlerMap<
  'vouchers.review' | 'vouchers.unreview' | 'vouchers.cashierSign' | 'vouchers.cashierUnsign' | 'vouchers.post' | 'vouchers.batch' | 'vouchers.reverse'
> = {
  'vouchers.review': (ctx, input) => batch(ctx, input.ids, 'review'),
  'vouchers.unreview': (ctx, input) => batch(ctx, input.ids, 'unreview'),
  'vouchers.cashierSign': (ctx, input) => batch(ctx, input.ids, 'cashierSign'),
  'vouchers.cashierUnsign': (ctx, input) => batch(ctx, input.ids, 'cashierUnsign'),
  'vouchers.post': (ctx, input) => batch(ctx, input.ids, 'post'),
  'vouchers.batch': (ctx, input) => batchEach(ctx, input.ids, input.action),

  /** 红字冲销: a draft copy with every amount negated, linked to the original; it is reviewed and posted like any voucher. */
  'vouchers.reverse': (ctx, input) => {
    const { voucher, ledger } = voucherFor(ctx, input.id, ['accountant'])
    // A paid claim's vouchers belong to the claim: reversing only the voucher would leave it 已付款.
    const claim = claimOfVoucher(ctx.core, voucher.id)
    if (claim) throw new AppError('CONFLICT', `${voucherLabel(voucher)} 是报账单 ${claim} 付款时生成的，请在报账审批中“冲销报账单”`)
    const red = writeReversal(ctx, voucher, ledger, input.date)
    return { id: red.id, label: voucherLabel(red) }
  },
}
