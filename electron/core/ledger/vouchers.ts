import { count, eq } from 'drizzle-orm'
import { voucherLines, vouchers } from '../../../drizzle/schema'
import { LEDGER_KEEPERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { periodOf } from '../../shared/ledger-terms'
import type { HandlerContext, HandlerMap } from '../api/types'
import { ledgerFor, type LedgerRecord } from './access'
import { checkLines } from './voucher-lines'
import { assertOpenDate, assertOpeningBalanced, insertLines, insertVoucher, linesOf, nextNumber, voucherLabel, type VoucherRecord } from './voucher-store'

/** Load a voucher and check the caller holds one of these roles in its 账套. */
export function voucherFor(ctx: HandlerContext, id: number, roles: Parameters<typeof ledgerFor>[2]): { voucher: VoucherRecord; ledger: LedgerRecord } {
  const voucher = ctx.core.db.select().from(vouchers).where(eq(vouchers.id, id)).get()
  if (!voucher) throw new AppError('NOT_FOUND', `凭证（编号 ${id}）不存在`)
  return { voucher, ledger: ledgerFor(ctx, voucher.ledgerId, roles) }
}

function assertDraft(voucher: VoucherRecord, action: string): void {
  if (voucher.status === 'posted') throw new AppError('CONFLICT', `${voucherLabel(voucher)} 已记账，不能${action}；如有错误请红字冲销`)
  if (voucher.status === 'reviewed') throw new AppError('CONFLICT', `${voucherLabel(voucher)} 已审核，请先取消审核再${action}`)
}

function isFirstVoucher(ctx: HandlerContext, ledgerId: number): boolean {
  return (ctx.core.db.select({ n: count() }).from(vouchers).where(eq(vouchers.ledgerId, ledgerId)).get()?.n ?? 0) === 0
}

function note(ctx: HandlerContext, v: VoucherRecord, summary: string): void {
  ctx.audit.targets = [`ledger:${v.ledgerId}`, `voucher:${v.id}`]
  ctx.audit.summary = summary
}

export const voucherEntryHandlers: HandlerMap<'vouchers.create' | 'vouchers.update' | 'vouchers.delete' | 'vouchers.copy'> = {
  'vouchers.create': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    assertOpenDate(ctx.core, ledger, input.date)
    if (isFirstVoucher(ctx, ledger.id)) assertOpeningBalanced(ctx.core, ledger)
    const lines = checkLines(ctx.core, ledger.id, input.lines)
    const v = insertVoucher(ctx.core, { ...input, ledger, lines, origin: 'manual', userId: ctx.user!.id })
    note(ctx, v, `新增凭证 ${v.date} ${voucherLabel(v)}`)
    return { id: v.id, label: voucherLabel(v) }
  },

  'vouchers.update': (ctx, input) => {
    const { voucher, ledger } = voucherFor(ctx, input.id, LEDGER_KEEPERS)
    assertDraft(voucher, '修改')
    assertOpenDate(ctx.core, ledger, voucher.date)
    const period = assertOpenDate(ctx.core, ledger, input.date)
    if (!ledger.voucherWords.includes(input.word)) throw new AppError('VALIDATION', `本账套未启用凭证字“${input.word}”`)
    const lines = checkLines(ctx.core, ledger.id, input.lines)
    // Moving to another month or word takes the next number there; staying keeps the number.
    const moved = period !== voucher.period || input.word !== voucher.word
    const number = moved ? nextNumber(ctx.core, ledger.id, period, input.word) : voucher.number
    const updated = ctx.core.db
      .update(vouchers)
      .set({ date: input.date, period: periodOf(input.date), word: input.word, number, attachments: input.attachments })
      .where(eq(vouchers.id, voucher.id))
      .returning()
      .get()
    ctx.core.db.delete(voucherLines).where(eq(voucherLines.voucherId, voucher.id)).run()
    insertLines(ctx.core, updated, lines)
    note(ctx, updated, `修改凭证 ${updated.date} ${voucherLabel(updated)}`)
    return { ok: true }
  },

  'vouchers.delete': (ctx, input) => {
    const { voucher, ledger } = voucherFor(ctx, input.id, LEDGER_KEEPERS)
    assertDraft(voucher, '删除')
    assertOpenDate(ctx.core, ledger, voucher.date)
    // A transfer's two vouchers stand or fall together (and the link would dangle).
    if (ctx.core.sqlite.prepare('SELECT 1 FROM transfers WHERE from_voucher_id = ? OR to_voucher_id = ?').get(voucher.id, voucher.id)) {
      throw new AppError('CONFLICT', `${voucherLabel(voucher)} 是上代下划拨生成的凭证，请在“预算管理—上代下划拨”中撤销整笔划拨`)
    }
    // A card (购入、由报账单生成) or a card change (重估、处置…) was written with this voucher: deleting it alone
    // would leave the register and 162/163/30104 apart. Corrections go through the card, or 红字冲销 once posted.
    if (
      ctx.core.sqlite
        .prepare('SELECT 1 FROM assets WHERE voucher_id = @v OR disposal_voucher_id = @v UNION ALL SELECT 1 FROM asset_changes WHERE voucher_id = @v')
        .get({ v: voucher.id })
    ) {
      throw new AppError('CONFLICT', `${voucherLabel(voucher)} 是固定资产生成的凭证，不能单独删除；请在“固定资产”中处理该卡片`)
    }
    ctx.core.db.delete(voucherLines).where(eq(voucherLines.voucherId, voucher.id)).run()
    ctx.core.db.delete(vouchers).where(eq(vouchers.id, voucher.id)).run()
    note(ctx, voucher, `删除凭证 ${voucher.date} ${voucherLabel(voucher)}（留下的断号可用“断号整理”重排）`)
    return { ok: true }
  },

  'vouchers.copy': (ctx, input) => {
    const { voucher, ledger } = voucherFor(ctx, input.id, LEDGER_KEEPERS)
    assertOpenDate(ctx.core, ledger, input.date)
    const lines = checkLines(ctx.core, ledger.id, linesOf(ctx.core, voucher.id))
    const copy = insertVoucher(ctx.core, {
      ledger,
      date: input.date,
      word: voucher.word,
      attachments: voucher.attachments,
      origin: 'manual',
      lines,
      userId: ctx.user!.id,
    })
    note(ctx, copy, `复制凭证 ${voucherLabel(voucher)} 为 ${copy.date} ${voucherLabel(copy)}`)
    return { id: copy.id, label: voucherLabel(copy) }
  },
}
