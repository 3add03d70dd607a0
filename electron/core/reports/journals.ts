import type { AuxRow, MultiColumnRow, VoucherJournalRow } from '../../shared/contract/books'
import { FUND_NATURE_LABELS, type FundNature, yearOfPeriod } from '../../shared/ledger-terms'
import type { Core } from '../app'
import type { LedgerRecord } from '../ledger/access'
import { chartOf } from '../ledger/accounts'
import { voucherLabel } from '../ledger/voucher-store'
import { accountOf, bookLines, bookRange } from './books'
import { NOT_CLOSING } from './figures'
import { AFTER_KEY, KEY_ORDER, monthPages } from './paging'

/** 多栏式明细账 columns: the 二级科目 under an expenditure account. */
export function multiColumns(core: Core, ledger: LedgerRecord, code: string) {
  const { account, chart } = accountOf(core, ledger, code)
  return { account, columns: chart.filter((a) => a.parentCode === code).map((a) => ({ code: a.code, name: a.name })) }
}

/**
 * 多栏式明细账 of an expenditure account: each line's net debit under its 二级科目's column, with
 * 本月合计 and 本年累计 lines like the 三栏式 book. Closing vouchers (which empty the account) are left
 * out, so the columns show what was spent.
 */
export function* multiColumnRows(core: Core, ledger: LedgerRecord, code: string, from: number, to: number): Generator<MultiColumnRow> {
  bookRange(ledger, from, to)
  const { columns } = multiColumns(core, ledger, code)
  const index = new Map(columns.map((c, i) => [c.code, i]))
  const closing = new Set(
    (
      core.sqlite.prepare(`SELECT v.id FROM vouchers v WHERE v.ledger_id = ? AND v.period BETWEEN ? AND ? AND NOT (${NOT_CLOSING})`).all(ledger.id, from, to) as { id: number }[]
    ).map((r) => r.id),
  )
  const zero = () => columns.map(() => 0)
  let month = zero()
  let year = zero()
  let last: { period: number; date: string } | null = null
  const totals = function* (): Generator<MultiColumnRow> {
    if (!last) return
    for (const [kind, sums] of [
      ['month', month],
      ['year', year],
    ] as const) {
      const summary = kind === 'month' ? '本月合计' : '本年累计'
      yield { kind, date: last.date, voucherId: null, voucherLabel: '', summary, amount: sums.reduce((s, v) => s + v, 0), columns: [...sums] }
    }
    month = zero()
  }
  for (const line of bookLines(core, ledger.id, code, from, to)) {
    if (closing.has(line.voucherId)) continue
    if (last && last.period !== line.period) yield* totals()
    if (last && yearOfPeriod(last.period) !== yearOfPeriod(line.period)) year = zero()
    last = { period: line.period, date: line.date }
    const amount = line.debit - line.credit
    const values = zero()
    const i = index.get(line.code.slice(0, 5))
    // A line on the level-1 account itself has no column; it still counts in the amount.
    if (i !== undefined) {
      values[i] = amount
      month[i] += amount
      year[i] += amount
    }
    yield { kind: 'line', date: line.date, voucherId: line.voucherId, voucherLabel: voucherLabel(line), summary: line.summary, amount, columns: values }
  }
  yield* totals()
}

/** 序时账: every posted line in date and voucher order, in keyset pages. */
export function* voucherJournalRows(core: Core, ledger: LedgerRecord, from: number, to: number): Generator<VoucherJournalRow> {
  bookRange(ledger, from, to)
  const names = new Map(chartOf(core, ledger.id).map((a) => [a.id, a]))
  const page = core.sqlite.prepare(
    `SELECT l.voucher_id AS voucherId, v.date, v.word, v.number, l.line_no AS lineNo, l.summary, l.account_id AS accountId, l.debit, l.credit
     FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
     WHERE l.ledger_id = @ledger AND l.posted = 1 AND l.period = @period AND ${AFTER_KEY}
     ORDER BY ${KEY_ORDER} LIMIT @limit`,
  )
  type Line = { voucherId: number; date: string; word: string; number: number; lineNo: number; summary: string; accountId: number; debit: number; credit: number }
  // A voucher's date lies in its period, so month by month in date order is the journal's date order.
  const lines = monthPages(from, to, (params) => page.all({ ...params, ledger: ledger.id }) as Line[])
  for (const l of lines) {
    const account = names.get(l.accountId)!
    yield {
      date: l.date,
      voucherId: l.voucherId,
      voucherLabel: voucherLabel(l),
      lineNo: l.lineNo,
      summary: l.summary,
      accountCode: account.code,
      accountName: account.fullName,
      debit: l.debit,
      credit: l.credit,
    }
  }
}

/**
 * 辅助核算余额表: income and expenditure by project or by 资金性质 and level-1 account, over whole
 * months, without closing vouchers (they would net every account to nil).
 */
export function auxBalance(core: Core, ledger: LedgerRecord, from: number, to: number, by: 'project' | 'fundNature'): AuxRow[] {
  bookRange(ledger, from, to)
  const key = by === 'project' ? `coalesce(p.code, '')` : `coalesce(l.fund_nature, '')`
  const rows = core.sqlite
    .prepare(
      `SELECT ${key} AS key, max(p.name) AS projectName, substr(a.code, 1, 3) AS code, sum(l.debit) AS debit, sum(l.credit) AS credit
       FROM voucher_lines l JOIN accounts a ON a.id = l.account_id JOIN vouchers v ON v.id = l.voucher_id
       LEFT JOIN projects p ON p.id = l.project_id
       WHERE l.ledger_id = ? AND l.posted = 1 AND l.period BETWEEN ? AND ? AND a.category IN ('income', 'expense') AND ${NOT_CLOSING}
       GROUP BY 1, 3 ORDER BY 1, 3`,
    )
    .all(ledger.id, from, to) as { key: string; projectName: string | null; code: string; debit: number; credit: number }[]
  const names = new Map(chartOf(core, ledger.id).map((a) => [a.code, a.name]))
  const label = (r: (typeof rows)[number]) =>
    by === 'project' ? (r.key ? `${r.key} ${r.projectName}` : '（未指定项目）') : (FUND_NATURE_LABELS[r.key as FundNature] ?? '（未指定）')
  return rows.map((r) => ({
    key: r.key,
    label: label(r),
    accountCode: r.code,
    accountName: names.get(r.code) ?? r.code,
    debit: r.debit,
    credit: r.credit,
    net: r.code[0] === '5' ? r.debit - r.credit : r.credit - r.debit,
  }))
}
