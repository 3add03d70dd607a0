import type { IncomeStatement } from '../../shared/contract/reports'
import type { AccountRow } from '../../shared/contract/ledgers'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import { cached } from '../db/cached'
import type { LedgerRecord } from '../ledger/access'
import { chartOf } from '../ledger/accounts'
import { leafMovements, type Movement } from '../ledger/balances'
import { evaluate, fromCodes, type Line } from './balance-sheet'
import { ADJUSTMENT_CODES, NOT_CLOSING, balancesAt, closingMovements, flows, type Flow } from './figures'
import { monthOfPeriod, yearOfPeriod, yearStartOf } from '../../shared/ledger-terms'

/**
 * 工会02表's figures are flows, so each column is a map of "code → amount" where an income code's
 * amount is its credits − debits and an expenditure code's its debits − credits (closing vouchers
 * left out), adjustment sub-accounts count credits − debits, and the four 结转结余 opening/closing
 * figures ride along under pseudo-codes.
 */
const total =
  (...codes: string[]) =>
  (at: (code: string) => number) =>
    codes.reduce((s, c) => s + at(c), 0)
const pick = (...codes: string[]) => fromCodes(codes, total(...codes))

const INCOME: [string, string, string][] = [
  ['dues', '（一）会费收入', '401'],
  ['allocated', '（二）拨缴经费收入', '402'],
  ['upperSubsidy', '（三）上级补助收入', '403'],
  ['government', '（四）政府补助收入', '404'],
  ['administrative', '（五）行政补助收入', '405'],
  ['affiliated', '（六）附属单位上缴收入', '406'],
  ['investmentIncome', '（七）投资收益', '407'],
  ['otherIncome', '（八）其他收入', '408'],
  ['stabilisationUse', '（九）动用预算稳定调节基金', '411'],
]
const EXPENSE: [string, string, string][] = [
  ['activities', '（一）职工活动支出', '501'],
  ['organisation', '（二）职工活动组织支出', '502'],
  ['services', '（三）职工服务支出', '503'],
  ['rights', '（四）维权支出', '504'],
  ['business', '（五）业务支出', '505'],
  ['administration', '（六）行政支出', '506'],
  ['capital', '（七）资本性支出', '507'],
  ['lowerSubsidy', '（八）补助下级支出', '508'],
  ['affiliates', '（九）对附属单位的支出', '509'],
  ['otherExpense', '（十）其他支出', '510'],
  ['stabilisationAllocation', '（十一）安排预算稳定调节基金', '521'],
]

const NUMERALS = ['一', '二', '三', '四', '五', '六']

// The official form (reference §5.3) puts each total above its items, so totals add up the codes
// themselves rather than the lines below them (which `evaluate` has not reached yet). The month form
// has no 年初 line, so its numbering starts at 一、 (`first` 0); the annual form's flows start at 二、.
const flowLines = (first: number): Line[] => [
  ['adjustments', `${NUMERALS[first]}、资金结转结余调整及变动`, 0, pick(...ADJUSTMENT_CODES)],
  ['incomeTotal', `${NUMERALS[first + 1]}、收入合计`, 0, total(...INCOME.map(([, , code]) => code))],
  ...INCOME.map(([key, label, code]): Line => [key, label, 1, pick(code)]),
  ['expenseTotal', `${NUMERALS[first + 2]}、支出合计`, 0, total(...EXPENSE.map(([, , code]) => code))],
  ...EXPENSE.map(([key, label, code]): Line => [key, label, 1, pick(code)]),
  ['net', `${NUMERALS[first + 3]}、本期收支差额`, 0, (_, line) => line('incomeTotal') - line('expenseTotal')],
]
const FLOW_LINES = flowLines(0)

const ANNUAL_LINES: Line[] = [
  ['opening', '一、年初资金结转结余', 0, total('open:carry', 'open:surplus')],
  ['openingCarry', '（一）年初资金结转', 1, pick('open:carry')],
  ['openingSurplus', '（二）年初资金结余', 1, pick('open:surplus')],
  ...flowLines(1),
  ['closing', '六、年末资金结转结余', 0, total('close:carry', 'close:surplus')],
  ['closingCarry', '（一）年末资金结转', 1, pick('close:carry')],
  ['closingSurplus', '（二）年末资金结余', 1, pick('close:surplus')],
]

/** Flow amounts of whole months from..to, signed so income and expenditure are positive. */
export function flowColumn(
  core: Core,
  ledger: LedgerRecord,
  from: number,
  to: number,
  leaves?: Map<number, Movement>,
  chart?: AccountRow[],
  closing?: Map<number, { debit: number; credit: number }>,
): Map<string, number> {
  return signedFlows(flows(core, ledger, from, to, leaves, chart, closing))
}

/** flows signed for 工会02表: expenditure debit − credit, income and the adjustments credit − debit. */
export function signedFlows(flows: Map<string, Flow>): Map<string, number> {
  const column = new Map<string, number>()
  for (const [code, { debit, credit }] of flows) column.set(code, code[0] === '5' ? debit - credit : credit - debit)
  return column
}

/** A 结转/结余 figure, credit positive, from level-1 balances (debit − credit). */
const credit = (b: Map<string, number>, ...codes: string[]) => 0 - codes.reduce((s, c) => s + (b.get(c) ?? 0), 0)

/**
 * A year's column: its flows plus the 结转/结余 balances (credit positive) at its start and end, both
 * from one scan of the year's movements — or, for a year closed by 年度结转, from what closing wrote.
 */
export function annualColumn(core: Core, ledger: LedgerRecord, year: number, fromClosing = true, chart = chartOf(core, ledger.id, { postings: false })): Map<string, number> {
  const [january, december] = [year * 100 + 1, year * 100 + 12]
  if (december < ledger.startPeriod) return flowColumn(core, ledger, january, december, undefined, chart)
  const closed = fromClosing ? closedYearColumn(core, ledger, year, chart) : null
  if (closed) return closed
  const leaves = leafMovements(core, ledger, january, december)
  const column = flowColumn(core, ledger, january, december, leaves, chart)
  const { yearStart, end } = balancesAt(core, ledger, december, leaves, chart)
  column.set('open:carry', credit(yearStart, '321', '331'))
  column.set('open:surplus', credit(yearStart, '322', '332'))
  column.set('close:carry', credit(end, '321', '331'))
  column.set('close:surplus', credit(end, '322', '332'))
  return column
}

/**
 * A year closed by 年度结转 (after the start year, so it began with empty income and expenditure
 * accounts) is final: nothing can be posted into it or reopened. Each month's closing emptied every
 * income and expenditure account, so their flows are the closing vouchers' lines reversed — a few
 * hundred lines instead of the year's scan; the adjustment sub-accounts are summed from their own
 * lines, and the 结转/结余 balances are the stored opening balances of this year and the next.
 */
function closedYearColumn(core: Core, ledger: LedgerRecord, year: number, chart: AccountRow[]): Map<string, number> | null {
  if (year <= yearOfPeriod(ledger.startPeriod)) return null
  if (!cached(core.sqlite, 'SELECT 1 FROM closed_years WHERE ledger_id = ? AND year = ?').get(ledger.id, year)) return null
  const [january, december] = [year * 100 + 1, year * 100 + 12]
  const column = new Map<string, number>()
  const closing = closingMovements(core, ledger, january, december)
  for (const a of chart) {
    const c = closing.get(a.id)
    if (!c || (a.category !== 'income' && a.category !== 'expense')) continue
    // The flow is what closing took back out: an expenditure's credits, an income's debits.
    const code = a.code.slice(0, 3)
    column.set(code, (column.get(code) ?? 0) + (a.category === 'expense' ? c.credit - c.debit : c.debit - c.credit))
  }
  const adjustments = cached(core.sqlite, ADJUSTMENT_FLOWS_SQL).all(ledger.id, january, december, ...ADJUSTMENT_CODES) as { code: string; net: number }[]
  for (const { code, net } of adjustments) if (net) column.set(code, -net)
  const funds = (y: number) => new Map((cached(core.sqlite, FUND_OPENINGS_SQL).all(ledger.id, y) as { code: string; net: number }[]).map((r) => [r.code, r.net]))
  const [start, end] = [funds(year), funds(year + 1)]
  column.set('open:carry', credit(start, '321', '331'))
  column.set('open:surplus', credit(start, '322', '332'))
  column.set('close:carry', credit(end, '321', '331'))
  column.set('close:surplus', credit(end, '322', '332'))
  return column
}

const ADJUSTMENT_FLOWS_SQL = `SELECT substr(a.code, 1, 5) AS code, sum(l.debit - l.credit) AS net
  FROM accounts a JOIN voucher_lines l ON l.account_id = a.id JOIN vouchers v ON v.id = l.voucher_id
  WHERE a.ledger_id = ? AND l.period BETWEEN ? AND ? AND l.posted = 1 AND ${NOT_CLOSING}
    AND substr(a.code, 1, 5) IN (${ADJUSTMENT_CODES.map(() => '?').join(', ')})
  GROUP BY 1`

const FUND_OPENINGS_SQL = `SELECT substr(a.code, 1, 3) AS code, sum(o.debit - o.credit) AS net
  FROM opening_balances o JOIN accounts a ON a.id = o.account_id
  WHERE o.ledger_id = ? AND o.year = ? AND substr(a.code, 1, 3) IN ('321', '322', '331', '332')
  GROUP BY 1`

/** 工会02表's month form from its two flow columns (本月数, 本年累计数): one 账套's, or several summed. */
export function monthStatement(orgName: string, period: number, columns: Map<string, number>[]): IncomeStatement {
  return {
    tableNo: '工会02表',
    title: '收入支出表',
    orgName,
    unit: '元',
    periodLabel: `${yearOfPeriod(period)}年${monthOfPeriod(period)}月`,
    columns: ['本月数', '本年累计数'],
    checks: [],
    notes: [],
    rows: evaluate(FLOW_LINES, columns),
  }
}

/** 工会02表 for a month (本月数 | 本年累计数) or a year (本年数 | 上年数, with lines 一 and 六). */
export function incomeStatement(core: Core, ledger: LedgerRecord, q: { period?: number; year?: number }): IncomeStatement {
  const header = { tableNo: '工会02表', title: '收入支出表', orgName: ledger.orgName, unit: '元' as const }
  if (q.period !== undefined) {
    const { period } = q
    const chart = chartOf(core, ledger.id, { postings: false })
    const column = (from: number) => flowColumn(core, ledger, from, period, undefined, chart)
    return monthStatement(ledger.orgName, period, [column(period), column(yearStartOf(period))])
  }
  const year = q.year!
  // Both columns read the chart the one time.
  const chart = chartOf(core, ledger.id, { postings: false })
  const columns = [year, year - 1].map((y) => annualColumn(core, ledger, y, true, chart))
  const rows = evaluate(ANNUAL_LINES, columns)
  const at = (key: string) => rows.find((r) => r.key === key)!.values[0]
  const expected = at('opening') + at('adjustments') + at('net')
  return {
    ...header,
    periodLabel: `${year}年度`,
    columns: ['本年数', '上年数'],
    checks: [
      {
        label: '年末资金结转结余 = 年初资金结转结余 + 调整及变动 + 本期收支差额',
        ok: expected === at('closing'),
        detail: `${formatFen(at('closing'))} / ${formatFen(expected)}（对外投资等直接动用结余的业务会使两者不等）`,
      },
    ],
    notes: [],
    rows,
  }
}
