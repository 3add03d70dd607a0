import { AppError } from '../../shared/errors'
import type { VoucherOrigin } from '../../shared/ledger-terms'
import type { Core } from '../app'
import type { HandlerContext } from '../api/types'
import type { LedgerRecord } from '../ledger/access'
import { chartOf } from '../ledger/accounts'
import { checkLines, type LineInput } from '../ledger/voucher-lines'
import { assertOpenDate, assertOpeningBalanced, insertVoucher, voucherLabel } from '../ledger/voucher-store'

/** A line on an account given by code; the ledger's own checks later refuse a parent or disabled one. */
export function codeLine(core: Core, ledger: LedgerRecord, code: string, summary: string, debit: number, credit: number, extra: Partial<LineInput> = {}): LineInput {
  const account = chartOf(core, ledger.id, { postings: false }).find((a) => a.code === code)
  if (!account) throw new AppError('VALIDATION', `本账套科目表中没有科目 ${code}`, { fields: { accountCode: `缺少 ${code}` } })
  return { summary, accountId: account.id, debit, credit, fundNature: null, spendType: null, projectId: null, counterpart: null, ...extra }
}

/** A draft through the ledger's own checks (open month, balanced opening, line rules), reviewed and posted as usual. */
export function bookDraft(ctx: HandlerContext, ledger: LedgerRecord, date: string, origin: VoucherOrigin, lines: LineInput[]) {
  assertOpenDate(ctx.core, ledger, date)
  assertOpeningBalanced(ctx.core, ledger)
  const checked = checkLines(ctx.core, ledger.id, lines)
  const voucher = insertVoucher(ctx.core, { ledger, date, word: ledger.voucherWords[0], attachments: 0, origin, lines: checked, userId: ctx.user!.id })
  return { id: voucher.id, label: voucherLabel(voucher) }
}
