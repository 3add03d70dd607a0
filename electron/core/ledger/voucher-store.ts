import { and, eq, sql } from 'drizzle-orm'
import { closedYears, openingBalances, voucherLines, vouchers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { periodOf, periodText, type VoucherOrigin, yearOfPeriod } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import { cached } from '../db/cached'
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

/** The opening trial balance's four column totals (the 账套's start year). */
export function openingTotals(core: Core, ledger: LedgerRecord) {
  return core.db
    .select({
      totalDebit: sql<number>`coalesce(sum(${openingBalances.debit}), 0)`,
      totalCredit: sql<number>`coalesce(sum(${openingBalances.credit}), 0)`,
      totalYtdDebit: sql<number>`coalesce(sum(${openingBalances.ytdDebit}), 0)`,
      totalYtdCredit: sql<number>`coalesce(sum(${openingBalances.ytdCredit}), 0)`,
    })
    .from(openingBalances)
    .where(and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, yearOfPeriod(ledger.startPeriod))))
    .get()!
}

/** The opening trial balance must balance before the first voucher (and before every posting). */
export function assertOpeningBalanced(core: Core, ledger: LedgerRecord): void {
  const t = openingTotals(core, ledger)
  if (t.totalDebit !== t.totalCredit) {
    throw new AppError('CONFLICT', `期初余额借贷不平衡（借方 ${formatFen(t.totalDebit)}，贷方 ${formatFen(t.totalCredit)}），请先在“期初余额”中调整`)
  }
  if (t.totalYtdDebit !== t.totalYtdCredit) {
    throw new AppError('CONFLICT', `期初本年累计借贷不平衡（本年累计借方 ${formatFen(t.totalYtdDebit)}，本年累计贷方 ${formatFen(t.totalYtdCredit)}），请先在“期初余额”中调整`)
  }
}

export function nextNumber(core: Core, ledgerId: number, period: number, word: string): number {
  const row = cached(core.sqlite, 'SELECT max(number) AS last FROM vouchers WHERE ledger_id = ? AND period = ? AND word = ?').get(ledgerId, period, word) as { last: number | null }
  return (row.last ?? 0) + 1
}

/** One prepared statement per connection: an import inserts tens of thousands of lines in one go. */
export function insertLines(core: Core, voucher: VoucherRecord, lines: LineInput[]): void {
  const insert = cached(
    core.sqlite,
    `INSERT INTO voucher_lines (voucher_id, ledger_id, period, line_no, summary, account_id, debit, credit, fund_nature, spend_type, project_id, counterpart)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  lines.forEach((l, i) =>
    insert.run(
      voucher.id,
      voucher.ledgerId,
      voucher.period,
      i + 1,
      l.summary,
      l.accountId,
      l.debit,
      l.credit,
      l.fundNature ?? null,
      l.spendType ?? null,
      l.projectId ?? null,
      l.counterpart ?? null,
    ),
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
  /** The number when the caller already knows the next one of the month and word (an import numbering thousands in a row). */
  number?: number
}

/** Insert a draft voucher with the next number of its month and word. Lines must be checked already. */
export function insertVoucher(core: Core, v: NewVoucher): VoucherRecord {
  if (!v.ledger.voucherWords.includes(v.word)) {
    throw new AppError('VALIDATION', `本账套未启用凭证字“${v.word}”，可用：${v.ledger.voucherWords.join('、')}`)
  }
  const period = periodOf(v.date)
  // Plain cached statements, not the query builder: an import inserts 20,000 vouchers in one call.
  const record = cached(
    core.sqlite,
    `INSERT INTO vouchers (ledger_id, period, word, number, date, attachments, status, origin, reversal_of, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)
     RETURNING id, ledger_id AS ledgerId, period, word, number, date, attachments, status, origin, reversal_of AS reversalOf,
       created_by AS createdBy, created_at AS createdAt, reviewed_by AS reviewedBy, reviewed_at AS reviewedAt,
       cashier_by AS cashierBy, cashier_at AS cashierAt, posted_by AS postedBy, posted_at AS postedAt`,
  ).get(
    v.ledger.id,
    period,
    v.word,
    v.number ?? nextNumber(core, v.ledger.id, period, v.word),
    v.date,
    v.attachments,
    v.origin,
    v.reversalOf ?? null,
    v.userId,
    core.now().toISOString(),
  ) as VoucherRecord
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
