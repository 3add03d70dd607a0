import { and, count, eq, gte, lte, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { accounts, projects, users, voucherLines, vouchers } from '../../../drizzle/schema'
import type { VoucherHeader } from '../../shared/contract/vouchers'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { amountInWords } from '../../shared/amount-words'
import { periodText, type FundNature, type SpendType, type VoucherOrigin, type VoucherStatus } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { ledgerFor } from './access'
import { voucherLabel } from './voucher-store'
import { textFilter } from './voucher-text'
import { touchesCash } from './voucher-workflow'
import { voucherFor } from './vouchers'

const creator = alias(users, 'creator')
const reviewer = alias(users, 'reviewer')
const poster = alias(users, 'poster')
const cashier = alias(users, 'cashier')
const reversal = alias(vouchers, 'reversal')

// Correlated subqueries name the outer table explicitly (drizzle leaves single-table columns unqualified).
const total = sql<number>`(SELECT coalesce(sum(l.debit), 0) FROM voucher_lines l WHERE l.voucher_id = vouchers.id)`
const firstSummary = sql<string>`(SELECT l.summary FROM voucher_lines l WHERE l.voucher_id = vouchers.id ORDER BY l.line_no LIMIT 1)`

/** Voucher headers with names instead of ids, one query for a whole page. */
function headers(core: Core, where: SQL | undefined, limit: number, offset: number): VoucherHeader[] {
  return core.db
    .select({
      v: vouchers,
      total,
      summary: firstSummary,
      createdBy: creator.displayName,
      reviewedBy: reviewer.displayName,
      postedBy: poster.displayName,
      cashierBy: cashier.displayName,
      reversedBy: reversal.id,
    })
    .from(vouchers)
    .innerJoin(creator, eq(creator.id, vouchers.createdBy))
    .leftJoin(reviewer, eq(reviewer.id, vouchers.reviewedBy))
    .leftJoin(poster, eq(poster.id, vouchers.postedBy))
    .leftJoin(cashier, eq(cashier.id, vouchers.cashierBy))
    .leftJoin(reversal, eq(reversal.reversalOf, vouchers.id))
    .where(where)
    .orderBy(vouchers.date, vouchers.word, vouchers.number)
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => ({
      id: r.v.id,
      ledgerId: r.v.ledgerId,
      period: periodText(r.v.period),
      word: r.v.word,
      number: r.v.number,
      label: voucherLabel(r.v),
      date: r.v.date,
      attachments: r.v.attachments,
      status: r.v.status as VoucherStatus,
      origin: r.v.origin as VoucherOrigin,
      summary: r.summary ?? '',
      total: r.total,
      createdBy: r.createdBy,
      reviewedBy: r.reviewedBy,
      postedBy: r.postedBy,
      cashierBy: r.cashierBy,
      reversalOf: r.v.reversalOf,
      reversedBy: r.reversedBy,
    }))
}

export const voucherQueryHandlers: HandlerMap<'vouchers.get' | 'vouchers.search'> = {
  'vouchers.get': (ctx, input) => {
    const { voucher } = voucherFor(ctx, input.id, LEDGER_READERS)
    const header = headers(ctx.core, eq(vouchers.id, voucher.id), 1, 0)[0]
    const lines = ctx.core.db
      .select({
        line: voucherLines,
        accountCode: accounts.code,
        accountName: accounts.name,
        projectName: projects.name,
      })
      .from(voucherLines)
      .innerJoin(accounts, eq(accounts.id, voucherLines.accountId))
      .leftJoin(projects, eq(projects.id, voucherLines.projectId))
      .where(eq(voucherLines.voucherId, voucher.id))
      .orderBy(voucherLines.lineNo)
      .all()
      .map((r) => ({
        lineNo: r.line.lineNo,
        summary: r.line.summary,
        accountId: r.line.accountId,
        accountCode: r.accountCode,
        accountName: r.accountName,
        debit: r.line.debit,
        credit: r.line.credit,
        fundNature: r.line.fundNature as FundNature | null,
        spendType: r.line.spendType as SpendType | null,
        projectId: r.line.projectId,
        projectName: r.projectName,
        counterpart: r.line.counterpart,
      }))
    return { ...header, lines, totalInWords: amountInWords(header.total), needsCashier: touchesCash(ctx.core, voucher.id) }
  },

  'vouchers.search': (ctx, q) => {
    ledgerFor(ctx, q.ledgerId, LEDGER_READERS)
    const where: SQL[] = [eq(vouchers.ledgerId, q.ledgerId)]
    if (q.from) where.push(gte(vouchers.date, q.from))
    if (q.to) where.push(lte(vouchers.date, q.to))
    if (q.status) where.push(eq(vouchers.status, q.status))
    if (q.createdBy) where.push(eq(vouchers.createdBy, q.createdBy))
    if (q.unsigned) {
      where.push(sql`vouchers.status <> 'posted' AND vouchers.cashier_by IS NULL AND EXISTS (SELECT 1 FROM voucher_lines l JOIN accounts a ON a.id = l.account_id
        WHERE l.voucher_id = vouchers.id AND (a.code LIKE '101%' OR a.code LIKE '102%'))`)
    }
    if (q.minAmount !== undefined) where.push(gte(total, q.minAmount))
    if (q.maxAmount !== undefined) where.push(lte(total, q.maxAmount))
    if (q.text) {
      const matching = textFilter(ctx.core, q.ledgerId, q.text)
      if (!matching) return { total: 0, rows: [] }
      where.push(matching)
    }
    if (q.accountId) {
      // An account matches its own lines and its detail accounts' lines.
      where.push(sql`EXISTS (SELECT 1 FROM voucher_lines l JOIN accounts a ON a.id = l.account_id
        JOIN accounts f ON f.id = ${q.accountId}
        WHERE l.voucher_id = vouchers.id AND a.ledger_id = f.ledger_id AND a.code LIKE f.code || '%')`)
    }
    const filter = and(...where)
    const n = ctx.core.db.select({ n: count() }).from(vouchers).where(filter).get()?.n ?? 0
    return { total: n, rows: headers(ctx.core, filter, q.pageSize, (q.page - 1) * q.pageSize) }
  },
}
