import { and, eq, sql } from 'drizzle-orm'
import { closedYears, openingBalances, voucherLines, vouchers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { periodOf, periodText, type VoucherOrigin, yearOfPeriod } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import type { LedgerRecord } from './access'
import { closedThrough } from './ledgers'
import type { LineInput } from './voucher-lines'

export type VoucherRecord = typeof vouchers.$inferSelect

export const voucherLabel = (v: { word: string; number: number }) => `${v.word}-${v.number}`

/** Vouchers may be dated only in months that are open: not before the start, not closed. */
export function assertOpenDate(core: Core, ledger: LedgerRecord, date: string): number {
  const period = periodOf(date)
  if (period < ledger.startPeriod) {
    throw new AppError('VALIDATION', `凭证日期早于账套启用期间 ${periodText(ledger.startPeriod)}`, { fields: { date: '早于启用期间' } })
  }
  const last = closedThrough(core, ledger.id)
  if (last !== null && period <= last) {
    throw new AppError('CONFLICT', `${periodText(period)} 已结账，不能在该期间录入或修改凭证`, { fields: { date: '期间已结账' } })
  }
  const yearClosed = core.db
    .select({ year: closedYears.year })
    .from(closedYears)
    .where(and(eq(closedYears.ledgerId, ledger.id), eq(closedYears.year, yearOfPeriod(period))))
    .get()
  if (yearClosed) throw new AppError('CONFLICT', `${yearClosed.year} 年已年度结转，不能再录入凭证`)
  return period
}

/** The opening trial balance must balance before the first voucher (and before every posting). */
export function assertOpeningBalanced(core: Core, ledger: LedgerRecord): void {
  const year = yearOfPeriod(ledger.startPeriod)
  const row = core.db
    .select({ debit: sql<number>`coalesce(sum(${openingBalances.debit}), 0)`, credit: sql<number>`coalesce(sum(${openingBalances.credit}), 0)` })
    .from(openingBalances)
    .where(and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, year)))
    .get()!
  if (row.debit !== row.credit) {
    throw new AppError(
      'CONFLICT',
      `期初余额借贷不平衡（借方 ${formatFen(row.debit)}，贷方 ${formatFen(row.credit)}），请先在“期初余额”中调整`,
    )
  }
}

export function nextNumber(core: Core, ledgerId: number, period: number, word: string): number {
  const row = core.db
    .select({ last: sql<number | null>`max(${vouchers.number})` })
    .from(vouchers)
    .where(and(eq(vouchers.ledgerId, ledgerId), eq(vouchers.period, period), eq(vouchers.word, word)))
    .get()
  return (row?.last ?? 0) + 1
}

export function insertLines(core: Core, voucher: VoucherRecord, lines: LineInput[]): void {
  lines.forEach((line, i) =>
    core.db
      .insert(voucherLines)
      .values({ voucherId: voucher.id, ledgerId: voucher.ledgerId, period: voucher.period, lineNo: i + 1, ...line })
      .run(),
  )
}

export interface NewVoucher {
  ledger: LedgerRecord
  date: string
  word: string
  attachments: number
  origin: VoucherOrigin
  reversalOf?: number | null
  lines: LineInput[]
  userId: number
}

/** Insert a draft voucher with the next number of its month and word. Lines must be checked already. */
export function insertVoucher(core: Core, v: NewVoucher): VoucherRecord {
  if (!v.ledger.voucherWords.includes(v.word)) {
    throw new AppError('VALIDATION', `本账套未启用凭证字“${v.word}”，可用：${v.ledger.voucherWords.join('、')}`)
  }
  const period = periodOf(v.date)
  const record = core.db
    .insert(vouchers)
    .values({
      ledgerId: v.ledger.id,
      period,
      word: v.word,
      number: nextNumber(core, v.ledger.id, period, v.word),
      date: v.date,
      attachments: v.attachments,
      status: 'draft',
      origin: v.origin,
      reversalOf: v.reversalOf ?? null,
      createdBy: v.userId,
      createdAt: core.now().toISOString(),
    })
    .returning()
    .get()
  insertLines(core, record, v.lines)
  return record
}

/** Lines as stored, in the input shape (for copies, reversals and templates). */
export function linesOf(core: Core, voucherId: number): LineInput[] {
  return core.db
    .select({
      summary: voucherLines.summary,
      accountId: voucherLines.accountId,
      debit: voucherLines.debit,
      credit: voucherLines.credit,
      fundNature: voucherLines.fundNature,
      spendType: voucherLines.spendType,
      projectId: voucherLines.projectId,
      counterpart: voucherLines.counterpart,
    })
    .from(voucherLines)
    .where(eq(voucherLines.voucherId, voucherId))
    .orderBy(voucherLines.lineNo)
    .all() as LineInput[]
}
