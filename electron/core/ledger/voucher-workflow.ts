import { and, eq, inArray, sql } from 'drizzle-orm'
import { accounts, voucherLines, vouchers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import type { LedgerRecord } from './access'
import { checkLines } from './voucher-lines'
import { assertOpenDate, assertOpeningBalanced, insertVoucher, linesOf, voucherLabel, type VoucherRecord } from './voucher-store'
import { voucherFor } from './vouchers'
import { LEDGER_CLOSERS } from '../../shared/roles'

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

/** Apply one step to each voucher, all or nothing (the router's transaction), and audit the list. */
function batch(ctx: HandlerContext, ids: number[], roles: readonly Role[], verb: string, step: Step) {
  const labels: string[] = []
  for (const id of [...new Set(ids)]) {
    const { voucher, ledger } = voucherFor(ctx, id, roles)
    ctx.core.db.update(vouchers).set(step(ctx, voucher, ledger)).where(eq(vouchers.id, voucher.id)).run()
    labels.push(`${voucher.date.slice(0, 7)} ${voucherLabel(voucher)}`)
    ctx.audit.targets.push(`voucher:${voucher.id}`)
  }
  ctx.audit.summary = `${verb} ${labels.length} 张凭证：${labels.slice(0, 20).join('、')}${labels.length > 20 ? ' 等' : ''}`
  return { done: labels.length }
}

const now = (ctx: HandlerContext) => ctx.core.now().toISOString()
const negate = (n: number) => (n === 0 ? 0 : -n)

export const voucherWorkflowHandlers: HandlerMap<
  'vouchers.review' | 'vouchers.unreview' | 'vouchers.cashierSign' | 'vouchers.post' | 'vouchers.reverse'
> = {
  'vouchers.review': (ctx, input) =>
    batch(ctx, input.ids, ['reviewer'], '审核', (c, v) => {
      if (v.status !== 'draft') throw new AppError('CONFLICT', `${voucherLabel(v)} 不是待审核状态`)
      if (v.createdBy === c.user!.id) throw new AppError('FORBIDDEN', `${voucherLabel(v)} 是您制单的，审核须由他人进行`)
      return { status: 'reviewed', reviewedBy: c.user!.id, reviewedAt: now(c) }
    }),

  'vouchers.unreview': (ctx, input) =>
    batch(ctx, input.ids, ['reviewer'], '取消审核', (_c, v) => {
      if (v.status !== 'reviewed') throw new AppError('CONFLICT', `${voucherLabel(v)} 不是已审核状态，不能取消审核`)
      return { status: 'draft', reviewedBy: null, reviewedAt: null, cashierBy: null, cashierAt: null }
    }),

  'vouchers.cashierSign': (ctx, input) =>
    batch(ctx, input.ids, ['cashier'], '出纳签字', (c, v) => {
      if (v.status === 'posted') throw new AppError('CONFLICT', `${voucherLabel(v)} 已记账`)
      if (!touchesCash(c.core, v.id)) throw new AppError('CONFLICT', `${voucherLabel(v)} 不涉及库存现金或银行存款，无需出纳签字`)
      return { cashierBy: c.user!.id, cashierAt: now(c) }
    }),

  'vouchers.post': (ctx, input) =>
    batch(ctx, input.ids, LEDGER_CLOSERS, '记账', (c, v, ledger) => {
      if (v.status !== 'reviewed') throw new AppError('CONFLICT', `${voucherLabel(v)} 尚未审核，不能记账`)
      if (ledger.cashierSignRequired && !v.cashierBy && touchesCash(c.core, v.id)) {
        throw new AppError('CONFLICT', `${voucherLabel(v)} 涉及现金或银行存款，须先由出纳签字`)
      }
      assertOpenDate(c.core, ledger, v.date)
      assertOpeningBalanced(c.core, ledger)
      return { status: 'posted', postedBy: c.user!.id, postedAt: now(c) }
    }),

  /** 红字冲销: a draft copy with every amount negated, linked to the original; it is reviewed and posted like any voucher. */
  'vouchers.reverse': (ctx, input) => {
    const { voucher, ledger } = voucherFor(ctx, input.id, ['accountant'])
    if (voucher.status !== 'posted') throw new AppError('CONFLICT', `${voucherLabel(voucher)} 尚未记账，直接修改或删除即可，无需冲销`)
    if (voucher.origin === 'closing' || voucher.origin === 'year_end') {
      throw new AppError('CONFLICT', '系统生成的结转凭证不能手工冲销，请通过反结账处理')
    }
    if (voucher.origin === 'reversal') throw new AppError('CONFLICT', `${voucherLabel(voucher)} 本身是冲销凭证，不能再冲销`)
    const existing = ctx.core.db
      .select({ word: vouchers.word, number: vouchers.number })
      .from(vouchers)
      .where(inArray(vouchers.reversalOf, [voucher.id]))
      .get()
    if (existing) throw new AppError('CONFLICT', `${voucherLabel(voucher)} 已被 ${voucherLabel(existing)} 冲销`)
    assertOpenDate(ctx.core, ledger, input.date)
    const [, month, day] = voucher.date.split('-').map(Number)
    const summary = `冲销 ${month}月${day}日 ${voucherLabel(voucher)}号凭证`
    const lines = checkLines(
      ctx.core,
      ledger.id,
      linesOf(ctx.core, voucher.id).map((l) => ({ ...l, summary, debit: negate(l.debit), credit: negate(l.credit) })),
    )
    const red = insertVoucher(ctx.core, {
      ledger,
      date: input.date,
      word: voucher.word,
      attachments: 0,
      origin: 'reversal',
      reversalOf: voucher.id,
      lines,
      userId: ctx.user!.id,
    })
    ctx.audit.targets = [`ledger:${ledger.id}`, `voucher:${voucher.id}`, `voucher:${red.id}`]
    ctx.audit.summary = `红字冲销 ${voucher.date} ${voucherLabel(voucher)}，生成 ${red.date} ${voucherLabel(red)}`
    return { id: red.id, label: voucherLabel(red) }
  },
}
