import { count, eq } from 'drizzle-orm'
import { claimAttachments, claims, vouchers } from '../../../drizzle/schema'
import { CLAIM_STEP_ROLES } from '../../shared/claim-access'
import { AppError } from '../../shared/errors'
import type { HandlerMap } from '../api/types'
import { chartOf } from '../ledger/accounts'
import { checkLines, type LineInput } from '../ledger/voucher-lines'
import { assertOpenDate, assertOpeningBalanced, insertVoucher, voucherLabel } from '../ledger/voucher-store'
import { assertStatus, claimFor, ledgerRecord } from './access'
import { actorOf, recordEvent } from './claims'
import { loadLines } from './lines'

/** 自有账户 pays from 102 银行存款; 报账制 (money kept in the 街镇's account) reduces 135 其他应收款—街镇总工会. */
const PAY_ACCOUNT_PREFIX = { own_account: '102', pooled: '135' } as const

export const paymentHandlers: HandlerMap<'claims.pay'> = {
  /**
   * 出纳付款: writes and posts the voucher Dr each expense line / Cr bank or 135, dated the pay day.
   * Who signs what (制单 ≠ 审核, 会计法 第三十七条: the cashier may not review nor keep the expenditure
   * books): 制单 and 出纳 = the paying cashier, whose payment produces the voucher; 审核 and 记账 = the
   * accountant who checked the claim, because the voucher is exactly the coding they checked and nothing
   * in the claim can change after that check. The same person cannot both check and pay.
   */
  'claims.pay': (ctx, input) => {
    const claim = claimFor(ctx, input.id, CLAIM_STEP_ROLES.pay)
    assertStatus(claim, ['checked'], '付款')
    const checker = actorOf(ctx, claim.id, 'checked')!
    if (checker.userId === ctx.user!.id) throw new AppError('FORBIDDEN', '审核报账单的人不能同时办理付款（制单与审核须由不同人员进行）')
    const ledger = ledgerRecord(ctx.core, claim.ledgerId)
    const prefix = PAY_ACCOUNT_PREFIX[claim.payFrom as keyof typeof PAY_ACCOUNT_PREFIX]
    const credit = chartOf(ctx.core, ledger.id, { postings: false }).find((a) => a.id === input.creditAccountId)
    if (!credit || !credit.code.startsWith(prefix)) {
      throw new AppError('VALIDATION', `付款科目须为本账套 ${prefix} ${prefix === '102' ? '银行存款' : '其他应收款'} 下的科目`, { fields: { creditAccountId: '科目不正确' } })
    }
    assertOpenDate(ctx.core, ledger, input.date)
    assertOpeningBalanced(ctx.core, ledger)
    const lines = loadLines(ctx.core, claim.id)
    const total = lines.reduce((s, l) => s + l.amount, 0)
    const base = { counterpart: null, fundNature: null, spendType: null, projectId: null }
    const entry: LineInput[] = [
      ...lines.map((l) => ({ ...base, summary: l.summary, accountId: l.accountId, debit: l.amount, credit: 0, fundNature: l.fundNature, spendType: l.spendType, projectId: l.projectId })),
      { ...base, summary: `${claim.title}（${claim.number}）`.slice(0, 100), accountId: credit.id, debit: 0, credit: total },
    ]
    const { n: attachments } = ctx.core.db.select({ n: count() }).from(claimAttachments).where(eq(claimAttachments.claimId, claim.id)).get()!
    const voucher = insertVoucher(ctx.core, {
      ledger,
      date: input.date,
      word: ledger.voucherWords[0],
      attachments,
      origin: 'claim',
      lines: checkLines(ctx.core, ledger.id, entry),
      userId: ctx.user!.id,
    })
    const now = ctx.core.now().toISOString()
    ctx.core.db
      .update(vouchers)
      .set({ status: 'posted', reviewedBy: checker.userId, reviewedAt: checker.at, cashierBy: ctx.user!.id, cashierAt: now, postedBy: checker.userId, postedAt: now })
      .where(eq(vouchers.id, voucher.id))
      .run()
    ctx.core.db.update(claims).set({ voucherId: voucher.id }).where(eq(claims.id, claim.id)).run()
    const label = voucherLabel(voucher)
    recordEvent(ctx, claim, 'pay', 'paid', [`付款凭证 ${input.date} ${label}`, input.comment].filter(Boolean).join('；'))
    ctx.audit.targets.push(`voucher:${voucher.id}`)
    ctx.audit.summary = `报账单 ${claim.number} 付款，生成并记账凭证 ${input.date} ${label}`
    return { voucherId: voucher.id, label }
  },
}
