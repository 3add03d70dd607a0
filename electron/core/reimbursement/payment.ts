import { count, eq } from 'drizzle-orm'
import { claimAttachments, claims } from '../../../drizzle/schema'
import { CLAIM_STEP_ROLES } from '../../shared/claim-access'
import { AppError } from '../../shared/errors'
import type { HandlerMap } from '../api/types'
import { chartOf } from '../ledger/accounts'
import { checkLines, type LineInput } from '../ledger/voucher-lines'
import { assertOpenDate, assertOpeningBalanced, insertVoucher, voucherLabel } from '../ledger/voucher-store'
import { assertStatus, claimFor, ledgerRecord } from './access'
import { actorOf, recordEvent } from './claims'
import { loadLines } from './lines'
import { bookPoolPayout, poolHolder, postAsPaid } from './pooled'

/** 自有账户 pays from 102 银行存款; 报账制 (money kept in the 街镇's account) reduces 135 其他应收款—街镇总工会. */
const PAY_ACCOUNT_PREFIX = { own_account: '102', pooled: '135' } as const

export const paymentHandlers: HandlerMap<'claims.pay'> = {
  /**
   * 出纳付款: writes and posts the voucher Dr each expense line / Cr bank or 135, dated the pay day.
   * Who signs what (制单 ≠ 审核, 会计法 第三十七条: the cashier may not review nor keep the expenditure
   * books): 制单 and 出纳 = the paying cashier, whose payment produces the voucher; 审核 and 记账 = the
   * accountant who checked the claim, because the voucher is exactly the coding they checked and nothing
   * in the claim can change after that check. The same person cannot both check and pay.
   * 报账制 from a 小二级 账套 also books the 街镇's side (`pooled.ts`) in this same transaction, so a
   * refusal there (closed month, missing role) leaves the claim 已审核 and nothing written.
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
    const holder = claim.payFrom === 'pooled' ? poolHolder(ctx, ledger, checker) : null
    assertOpenDate(ctx.core, ledger, input.date)
    assertOpeningBalanced(ctx.core, ledger)
    const lines = loadLines(ctx.core, claim.id)
    const total = lines.reduce((s, l) => s + l.amount, 0)
    const base = { counterpart: null, fundNature: null, spendType: null, projectId: null }
    const summary = `${claim.title}（${claim.number}）`.slice(0, 100)
    const entry: LineInput[] = [
      ...lines.map((l) => ({
        ...base,
        summary: l.summary,
        accountId: l.accountId,
        debit: l.amount,
        credit: 0,
        fundNature: l.fundNature,
        spendType: l.spendType,
        projectId: l.projectId,
      })),
      // 135 names the 街镇 as 往来单位, so 内部往来核对 and the 汇总 eliminations pair it with the 街镇's 215.
      { ...base, summary, accountId: credit.id, debit: 0, credit: total, counterpart: holder ? holder.name.slice(0, 60) : null },
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
    postAsPaid(ctx.core, voucher.id, checker, ctx.user!.id)
    ctx.core.db.update(claims).set({ voucherId: voucher.id }).where(eq(claims.id, claim.id)).run()
    ctx.audit.targets.push(`voucher:${voucher.id}`)
    const label = voucherLabel(voucher)
    const street = holder
      ? {
          ledgerName: holder.name,
          ...bookPoolPayout(ctx, {
            holder,
            lower: ledger,
            lowerVoucherId: voucher.id,
            date: input.date,
            amount: total,
            summary: summary.slice(0, 60),
            bankAccountId: input.streetBankAccountId,
            checker,
          }),
        }
      : null
    const books = [`付款凭证 ${input.date} ${label}`, street && `${street.ledgerName} ${street.label}`].filter(Boolean).join('，')
    recordEvent(ctx, claim, 'pay', 'paid', [books, input.comment].filter(Boolean).join('；'))
    ctx.audit.summary = `报账单 ${claim.number} 付款，生成并记账凭证 ${books}`
    return { voucherId: voucher.id, label, street }
  },
}
