import { BOOK_ROW_LABELS, type BookRow, type GeneralLedgerAccount } from '../../shared/contract/books'
import type { AccountRow } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { nextPeriod, periodText, yearOfPeriod, yearStartOf } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { assertStarted, type LedgerRecord } from '../ledger/access'
import { chartOf } from '../ledger/accounts'
import { leafMovements, startYearPrior } from '../ledger/balances'
import { voucherLabel } from '../ledger/voucher-store'
import { AFTER_KEY, KEY_ORDER, monthPages } from './paging'

/** Net (debit − credit) as books print it: 借/贷/平 and a positive amount. */
export const directed = (net: number) => ({ direction: net > 0 ? ('借' as const) : net < 0 ? ('贷' as const) : ('平' as const), balance: Math.abs(net) })

export function accountOf(core: Core, ledger: LedgerRecord, code: string): { account: AccountRow; chart: AccountRow[] } {
  const chart = chartOf(core, ledger.id)
  const account = chart.find((a) => a.code === code)
  if (!account) throw new AppError('NOT_FOUND', `科目 ${code} 不在本账套的科目表中`, { fields: { accountCode: '不存在' } })
  return { account, chart }
}

export function bookRange(ledger: LedgerRecord, from: number, to: number): void {
  if (from > to) throw new AppError('VALIDATION', '起始期间不能晚于截止期间', { fields: { to: '早于起始期间' } })
  assertStarted(ledger.startPeriod, from, { name: 'from', message: '早于启用期间' })
}

export interface BookLine {
  voucherId: number
  period: number
  date: string
  word: string
  number: number
  lineNo: number
  summary: string
  code: string
  debit: number
  credit: number
  counter: string | null
}

/**
 * Posted lines of an account and its detail accounts in book order (through the account index), in
 * keyset pages (`monthPages`). 对方科目 are the level-1 names of the voucher's other accounts, fetched
 * in the same statement.
 */
export function bookLines(core: Core, ledgerId: number, code: string, from: number, to: number, counter = false): Generator<BookLine> {
  const counterSql = counter
    ? `(SELECT group_concat(DISTINCT p.name) FROM voucher_lines l2 JOIN accounts a2 ON a2.id = l2.account_id
          JOIN accounts p ON p.ledger_id = a2.ledger_id AND p.code = substr(a2.code, 1, 3)
        WHERE l2.voucher_id = l.voucher_id AND substr(a2.code, 1, 3) <> substr(a.code, 1, 3))`
    : 'NULL'
  const page = core.sqlite.prepare(
    `SELECT l.voucher_id AS voucherId, l.period, v.date, v.word, v.number, l.line_no AS lineNo, l.summary, a.code,
            l.debit, l.credit, ${counterSql} AS counter
     FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id JOIN accounts a ON a.id = l.account_id
     WHERE l.account_id IN (SELECT id FROM accounts WHERE ledger_id = @ledger AND (code = @code OR code LIKE @code || '%'))
       AND l.posted = 1 AND l.period = @period AND ${AFTER_KEY}
     ORDER BY ${KEY_ORDER} LIMIT @limit`,
  )
  return monthPages(from, to, (params) => page.all({ ...params, ledger: ledgerId, code }) as BookLine[])
}

/** Opening (debit − credit) of the account and its detail accounts at the start of `from`, and that year's movements before it. */
export function openingOf(core: Core, ledger: LedgerRecord, chart: AccountRow[], code: string, from: number) {
  const leaves = leafMovements(core, ledger, from, from)
  let opening = 0
  let yearDebit = 0
  let yearCredit = 0
  for (const a of chart) {
    const m = leaves.get(a.id)
    if (!m || !a.code.startsWith(code)) continue
    opening += m.opening
    yearDebit += m.yearDebit - m.debit
    yearCredit += m.yearCredit - m.credit
  }
  return { opening, yearDebit, yearCredit }
}

/**
 * 三栏式 rows: 期初余额, every line with its running balance, 本日合计 (journals), then 本月合计 and
 * 本年累计 after each month (the year's totals restart in January), as the printed books show them.
 */
export function* bookRows(core: Core, ledger: LedgerRecord, code: string, from: number, to: number, journal = false): Generator<BookRow> {
  bookRange(ledger, from, to)
  const { chart } = accountOf(core, ledger, code)
  const start = openingOf(core, ledger, chart, code, from)
  let balance = start.opening
  const year = { debit: start.yearDebit, credit: start.yearCredit }
  const month = { debit: 0, credit: 0 }
  const day = { debit: 0, credit: 0 }
  const total = (kind: 'day' | 'month' | 'year', period: number, date: string, sums: { debit: number; credit: number }): BookRow => ({
    kind,
    period: periodText(period),
    date,
    voucherId: null,
    voucherLabel: '',
    accountCode: code,
    summary: BOOK_ROW_LABELS[kind],
    debit: sums.debit,
    credit: sums.credit,
    ...directed(balance),
    counterAccounts: '',
  })
  yield { ...total('year', from, `${periodText(from)}-01`, { debit: 0, credit: 0 }), kind: 'opening', summary: BOOK_ROW_LABELS.opening }
  let last: { period: number; date: string } | null = null
  const closeDay = function* () {
    if (journal && last) yield total('day', last.period, last.date, day)
    day.debit = day.credit = 0
  }
  const closeMonth = function* () {
    if (!last) return
    yield total('month', last.period, last.date, month)
    yield total('year', last.period, last.date, year)
    month.debit = month.credit = 0
  }
  for (const line of bookLines(core, ledger.id, code, from, to, journal)) {
    if (last && last.date !== line.date) yield* closeDay()
    if (last && last.period !== line.period) yield* closeMonth()
    if (last && yearOfPeriod(last.period) !== yearOfPeriod(line.period)) year.debit = year.credit = 0
    balance += line.debit - line.credit
    for (const sums of [day, month, year]) {
      sums.debit += line.debit
      sums.credit += line.credit
    }
    last = { period: line.period, date: line.date }
    yield {
      kind: 'line',
      period: periodText(line.period),
      date: line.date,
      voucherId: line.voucherId,
      voucherLabel: voucherLabel(line),
      accountCode: line.code,
      summary: line.summary,
      debit: line.debit,
      credit: line.credit,
      ...directed(balance),
      counterAccounts: line.counter ?? '',
    }
  }
  yield* closeDay()
  yield* closeMonth()
}

/** One page of a streamed book, with the whole book's row count. */
export function pageOf<T>(rows: Iterable<T>, page: number, pageSize: number): { rows: T[]; total: number; page: number; pageSize: number } {
  const first = (page - 1) * pageSize
  const out: T[] = []
  let total = 0
  for (const row of rows) {
    if (total >= first && total < first + pageSize) out.push(row)
    total++
  }
  return { rows: out, total, page, pageSize }
}

/**
 * 总账: per level-1 account and month, 期初, 本月合计, 本年累计 and 期末 — one grouped scan of the
 * covering index from January to `to`, rolled up to level 1 in memory (the chart is small).
 */
export function generalLedger(core: Core, ledger: LedgerRecord, from: number, to: number, only?: string): GeneralLedgerAccount[] {
  bookRange(ledger, from, to)
  if (yearOfPeriod(from) !== yearOfPeriod(to)) throw new AppError('VALIDATION', '总账的起止期间须在同一会计年度内', { fields: { to: '跨年度' } })
  const yearStart = yearStartOf(from)
  const chart = chartOf(core, ledger.id)
  const level1 = new Map(chart.map((a) => [a.id, a.code.slice(0, 3)]))
  const opening = new Map<string, number>()
  for (const [id, m] of leafMovements(core, ledger, Math.max(yearStart, ledger.startPeriod), to)) {
    const code = level1.get(id)!
    opening.set(code, (opening.get(code) ?? 0) + m.opening)
  }
  const moves = new Map<string, { debit: number; credit: number }>()
  const rows = core.sqlite
    .prepare(
      `SELECT account_id AS id, period, sum(debit) AS debit, sum(credit) AS credit FROM voucher_lines
       WHERE ledger_id = ? AND posted = 1 AND period BETWEEN ? AND ? GROUP BY account_id, period`,
    )
    .all(ledger.id, yearStart, to) as { id: number; period: number; debit: number; credit: number }[]
  for (const r of rows) {
    const key = `${level1.get(r.id)}:${r.period}`
    const m = moves.get(key) ?? { debit: 0, credit: 0 }
    m.debit += r.debit
    m.credit += r.credit
    moves.set(key, m)
  }
  // A 账套 opened mid-year: its 本年累计 starts from the entered figures of the months before.
  const prior = new Map<string, { debit: number; credit: number }>()
  if (Math.floor(from / 100) === Math.floor(ledger.startPeriod / 100)) {
    for (const [id, p] of startYearPrior(core, ledger)) {
      const sums = prior.get(level1.get(id)!) ?? { debit: 0, credit: 0 }
      sums.debit += p.debit
      sums.credit += p.credit
      prior.set(level1.get(id)!, sums)
    }
  }
  const result: GeneralLedgerAccount[] = []
  for (const a of chart) {
    if (a.level !== 1 || (only && a.code !== only.slice(0, 3))) continue
    let balance = opening.get(a.code) ?? 0
    const year = { ...(prior.get(a.code) ?? { debit: 0, credit: 0 }) }
    const months: GeneralLedgerAccount['months'] = []
    for (let p = yearStart; p <= to; p = nextPeriod(p)) {
      const m = moves.get(`${a.code}:${p}`) ?? { debit: 0, credit: 0 }
      const before = directed(balance)
      balance += m.debit - m.credit
      year.debit += m.debit
      year.credit += m.credit
      if (p < from) continue
      months.push({
        period: periodText(p),
        openingDirection: before.direction,
        opening: before.balance,
        ...m,
        yearDebit: year.debit,
        yearCredit: year.credit,
        ...directed(balance),
      })
    }
    if (only || months.some((m) => m.opening || m.balance || m.yearDebit || m.yearCredit)) result.push({ code: a.code, name: a.name, months })
  }
  return result
}
