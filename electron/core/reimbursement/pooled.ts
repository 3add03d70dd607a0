import { eq } from 'drizzle-orm'
import { unions, users, vouchers } from '../../../drizzle/schema'
import { CLAIM_STEP_ROLES } from '../../shared/claim-access'
import type { TransferInput } from '../../shared/contract/transfers'
import { AppError } from '../../shared/errors'
import { ROLE_LABELS, holdsLedgerRole, type Role } from '../../shared/roles'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import { assignmentsOf } from '../auth/sessions'
import type { LedgerRecord } from '../ledger/access'
import { voucherLabel } from '../ledger/voucher-store'
import { draftSide, recordTransfer } from '../transfers/create'
import { sideLines } from '../transfers/legs'
import { streetLedgers } from '../transfers/scope'
import { ledgerRecord } from './access'

export interface Actor {
  userId: number
  at: string
}

/**
 * A payment voucher is posted as it is written: 制单 and 出纳 = the paying cashier, 审核 and 记账 = the
 * accountant who checked the claim (see `claims.pay`). The posting trigger still checks balance and month.
 */
export function postAsPaid(core: Core, voucherId: number, checker: Actor, cashierId: number): void {
  const now = core.now().toISOString()
  core.db
    .update(vouchers)
    .set({ status: 'posted', reviewedBy: checker.userId, reviewedAt: checker.at, cashierBy: cashierId, cashierAt: now, postedBy: checker.userId, postedAt: now })
    .where(eq(vouchers.id, voucherId))
    .run()
}

/** The 街镇 账套 above a 小二级 账套; null for a 街镇 账套 itself; undefined for any other. */
export function streetAbove(core: Core, ledgerId: number): number | null | undefined {
  const streets = streetLedgers(core)
  if (streets.some((s) => s.ledgerId === ledgerId)) return null
  return streets.find((s) => s.xiaoerji.some((x) => x.ledgerId === ledgerId))?.ledgerId
}

/**
 * Where a 报账制 claim's money really leaves: the 街镇总工会's 账套 above the claim's 小二级 账套
 * (reference §11.2). Null when the claim is kept in a 街镇 账套 itself (a 小二级 without books of its
 * own): its voucher is then the only entry. A 小二级 账套 with no 街镇 账套 above it cannot pay pooled
 * money, since the bank account it comes out of is in nobody's books.
 */
export function poolHolder(ctx: HandlerContext, ledger: LedgerRecord, checker: Actor): LedgerRecord | null {
  const above = streetAbove(ctx.core, ledger.id)
  if (above === null) return null
  if (above === undefined) {
    throw new AppError('VALIDATION', `账套“${ledger.name}”不是街镇总工会下属小二级的账套，不能按“资金存放街镇总工会账户”付款：资金从哪个账户付出须在街镇总工会账套中同时记账`)
  }
  const holder = ledgerRecord(ctx.core, above)
  const refuse = (who: string, roles: readonly Role[]) => {
    throw new AppError('FORBIDDEN', `报账制付款须同时在街镇总工会账套“${holder.name}”中记账，${who}在该账套中没有“${roles.map((r) => ROLE_LABELS[r]).join('或')}”权限`)
  }
  if (!holdsLedgerRole(ctx.user!.assignments, holder.id, CLAIM_STEP_ROLES.pay)) refuse(`付款人“${ctx.user!.displayName}”`, CLAIM_STEP_ROLES.pay)
  if (!holdsLedgerRole(assignmentsOf(ctx.core, checker.userId), holder.id, CLAIM_STEP_ROLES.check)) {
    const name = ctx.core.db.select({ name: users.displayName }).from(users).where(eq(users.id, checker.userId)).get()!.name
    refuse(`审核人“${name}”`, CLAIM_STEP_ROLES.check)
  }
  return holder
}

export interface PoolPayout {
  holder: LedgerRecord
  lower: LedgerRecord
  /** The claim's posted voucher in the 小二级 账套 (Dr expense / Cr 135). */
  lowerVoucherId: number
  date: string
  amount: number
  summary: string
  /** The 街镇's bank account (a 102 detail), when its chart has several. */
  bankAccountId: number | null
  checker: Actor
}

/**
 * The 街镇's side of a pooled payment: Dr 215 其他应付款—<小二级> / Cr 102, through the transfers' own
 * line rules and draft checks (open month, balanced opening), posted like the claim voucher, and linked to
 * it by a transfer of kind 代管资金 so 内部往来核对 sees the pair and 215 = 135 holds.
 */
export function bookPoolPayout(ctx: HandlerContext, p: PoolPayout): { transferId: number; label: string } {
  const unionName = (id: number | null) => (id === null ? '' : (ctx.core.db.select({ name: unions.name }).from(unions).where(eq(unions.id, id)).get()?.name ?? ''))
  const input: TransferInput = {
    kind: 'pool',
    moneyPattern: 'pooled',
    fromLedgerId: p.holder.id,
    toLedgerId: p.lower.id,
    date: p.date,
    word: p.holder.voucherWords[0] as TransferInput['word'],
    amount: p.amount,
    summary: p.summary,
    fundNature: 'general',
    fromBankAccountId: p.bankAccountId,
    toBankAccountId: null,
    fundingPlanId: null,
  }
  const lines = sideLines(ctx.core, input, { ledger: p.holder, other: p.lower, otherNames: [p.lower.name, p.lower.orgName, unionName(p.lower.unionId)] }, 'upper')
  const voucher = draftSide(ctx, p.holder, p.date, input.word, lines)
  postAsPaid(ctx.core, voucher.id, p.checker, ctx.user!.id)
  const { fundNature: _n, word: _w, fromBankAccountId: _b, toBankAccountId: _t, ...pair } = input
  const transferId = recordTransfer(ctx, { ...pair, fromVoucherId: voucher.id, toVoucherId: p.lowerVoucherId })
  ctx.audit.targets.push(`transfer:${transferId}`, `voucher:${voucher.id}`)
  return { transferId, label: voucherLabel(voucher) }
}
