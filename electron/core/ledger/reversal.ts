import { eq } from 'drizzle-orm'
import { vouchers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import type { LedgerRecord } from './access'
import { checkLines } from './voucher-lines'
import { assertOpenDate, insertVoucher, linesOf, voucherLabel, type VoucherRecord } from './voucher-store'

const negate = (n: number) => (n === 0 ? 0 : -n)

/**
 * 红字冲销 of a posted voucher: a draft copy with every amount negated, linked by reversal_of, dated
 * `date` (an open month). The one home of the rules every reversal keeps, whoever asks for it.
 */
export function writeReversal(ctx: HandlerContext, voucher: VoucherRecord, ledger: LedgerRecord, date: string): VoucherRecord {
  if (voucher.status !== 'posted') throw new AppError('CONFLICT', `${voucherLabel(voucher)} 尚未记账，直接修改或删除即可，无需冲销`)
  if (voucher.origin === 'closing' || voucher.origin === 'year_end') {
    throw new AppError('CONFLICT', '系统生成的结转凭证不能手工冲销，请通过反结账处理')
  }
  if (voucher.origin === 'reversal') throw new AppError('CONFLICT', `${voucherLabel(voucher)} 本身是冲销凭证，不能再冲销`)
  const existing = ctx.core.db.select({ word: vouchers.word, number: vouchers.number }).from(vouchers).where(eq(vouchers.reversalOf, voucher.id)).get()
  if (existing) throw new AppError('CONFLICT', `${voucherLabel(voucher)} 已被 ${voucherLabel(existing)} 冲销`)
  assertOpenDate(ctx.core, ledger, date)
  const [, month, day] = voucher.date.split('-').map(Number)
  const summary = `冲销 ${month}月${day}日 ${voucherLabel(voucher)}号凭证`
  const lines = checkLines(
    ctx.core,
    ledger.id,
    linesOf(ctx.core, voucher.id).map((l) => ({ ...l, summary, debit: negate(l.debit), credit: negate(l.credit) })),
  )
  const red = insertVoucher(ctx.core, { ledger, date, word: voucher.word, attachments: 0, origin: 'reversal', reversalOf: voucher.id, lines, userId: ctx.user!.id })
  ctx.audit.targets = [`ledger:${ledger.id}`, `voucher:${voucher.id}`, `voucher:${red.id}`]
  ctx.audit.summary = `红字冲销 ${voucher.date} ${voucherLabel(voucher)}，生成 ${red.date} ${voucherLabel(red)}`
  return red
}

/**
 * The number of the claim whose payment wrote this voucher: its own voucher, or — 报账制 — the 街镇's
 * payout voucher linked to it by a transfer. Null for any other voucher.
 */
export function claimOfVoucher(core: Core, voucherId: number): string | null {
  const row = core.sqlite
    .prepare(
      `SELECT c.number FROM claims c WHERE c.voucher_id = @id
       UNION ALL
       SELECT c.number FROM transfers t JOIN claims c ON c.voucher_id = t.to_voucher_id WHERE t.from_voucher_id = @id
       LIMIT 1`,
    )
    .get({ id: voucherId }) as { number: string } | undefined
  return row?.number ?? null
}
