import { eq } from 'drizzle-orm'
import { claims, transfers, vouchers } from '../../../drizzle/schema'
import { CLAIM_STEP_ROLES } from '../../shared/claim-access'
import { AppError } from '../../shared/errors'
import { ROLE_LABELS, holdsLedgerRole } from '../../shared/roles'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { LedgerRecord } from '../ledger/access'
import { writeReversal } from '../ledger/reversal'
import { voucherLabel, type VoucherRecord } from '../ledger/voucher-store'
import { todayOf } from '../system/time'
import { assertStatus, claimFor, ledgerRecord } from './access'
import { recordEvent } from './claims'

const voucherRecord = (ctx: HandlerContext, id: number): VoucherRecord => ctx.core.db.select().from(vouchers).where(eq(vouchers.id, id)).get()!

/**
 * The red copy of a payment voucher, posted at once like the closing vouchers: it is the exact negation
 * of a voucher that was already reviewed and posted, so there is nothing new to review, and the budget
 * usage the claim took is given back the moment the claim is 已冲销 (execution counts posted lines).
 * Dated today in the office's calendar, never before the original.
 */
function postedReversal(ctx: HandlerContext, voucher: VoucherRecord, ledger: LedgerRecord): VoucherRecord {
  const today = todayOf(ctx.core)
  const red = writeReversal(ctx, voucher, ledger, today > voucher.date ? today : voucher.date)
  const at = ctx.core.now().toISOString()
  ctx.core.db.update(vouchers).set({ status: 'posted', postedBy: ctx.user!.id, postedAt: at }).where(eq(vouchers.id, red.id)).run()
  return red
}

export const claimReversalHandlers: HandlerMap<'claims.reverse'> = {
  /**
   * 冲销报账单: a paid claim found wrong is reversed from the claim. Its voucher gets a posted red copy
   * linked to it; under 报账制 the 街镇's payout voucher (Dr 215 / Cr 102) is reversed with it, so 内部往来核对
   * still sees a matched pair. The claim becomes 已冲销 with the reason; one transaction, all or nothing.
   */
  'claims.reverse': (ctx, input) => {
    const claim = claimFor(ctx, input.id, CLAIM_STEP_ROLES.reverse)
    assertStatus(claim, ['paid'], '冲销（只有已付款的报账单可以冲销）')
    if (claim.voucherId === null) throw new AppError('CONFLICT', `报账单 ${claim.number} 没有付款凭证，不能冲销`)
    // A card made from the claim (生成资产卡片) would keep its 162/30104 after the 507 is reversed: it goes first.
    const card = ctx.core.sqlite
      .prepare(`SELECT a.code, cl.line_no AS lineNo FROM assets a JOIN claim_lines cl ON cl.id = a.claim_line_id WHERE cl.claim_id = ? AND a.status = 'in_use'`)
      .get(claim.id) as { code: string; lineNo: number } | undefined
    if (card) {
      throw new AppError('CONFLICT', `报账单 ${claim.number} 第 ${card.lineNo} 行已生成资产卡片 ${card.code}：请先在“固定资产”中处置该资产（冲回 162/30104），再冲销报账单`)
    }
    const ledger = ledgerRecord(ctx.core, claim.ledgerId)
    const pool = ctx.core.db.select().from(transfers).where(eq(transfers.toVoucherId, claim.voucherId)).get()
    let street: { ledgerName: string; label: string } | null = null
    let streetRed: VoucherRecord | null = null
    if (pool?.fromVoucherId) {
      const holder = ledgerRecord(ctx.core, pool.fromLedgerId)
      if (!holdsLedgerRole(ctx.user!.assignments, holder.id, CLAIM_STEP_ROLES.reverse)) {
        const roles = CLAIM_STEP_ROLES.reverse.map((r) => ROLE_LABELS[r]).join('或')
        throw new AppError('FORBIDDEN', `报账制付款同时记在街镇总工会账套“${holder.name}”中，冲销须在该账套有“${roles}”权限`)
      }
      streetRed = postedReversal(ctx, voucherRecord(ctx, pool.fromVoucherId), holder)
      street = { ledgerName: holder.name, label: voucherLabel(streetRed) }
    }
    const original = voucherRecord(ctx, claim.voucherId)
    const red = postedReversal(ctx, original, ledger)
    ctx.core.db.update(claims).set({ reversalVoucherId: red.id, reversalReason: input.reason }).where(eq(claims.id, claim.id)).run()
    const books = [`红字凭证 ${red.date} ${voucherLabel(red)}`, street && `${street.ledgerName} ${street.label}`].filter(Boolean).join('，')
    recordEvent(ctx, claim, 'reverse', 'reversed', `${input.reason}（${books}）`)
    ctx.audit.targets.push(`voucher:${original.id}`, `voucher:${red.id}`, ...(streetRed ? [`voucher:${streetRed.id}`, `transfer:${pool!.id}`] : []))
    ctx.audit.summary = `冲销报账单 ${claim.number} ${claim.title}：${input.reason}；${books}`
    return { voucherId: red.id, label: voucherLabel(red), street }
  },
}
