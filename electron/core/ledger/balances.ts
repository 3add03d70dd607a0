import type { AccountRow } from '../../shared/contract/ledgers'
import type { BalanceRow } from '../../shared/contract/periods'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { parsePeriodText, type FundNature, yearOfPeriod, yearStartOf } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { cached } from '../db/cached'
import { ledgerFor, type LedgerRecord } from './access'
import { chartOf } from './accounts'

/** Signed amounts per account: net = debit − credit. */
export interface Movement {
  opening: number
  debit: number
  credit: number
  yearDebit: number
  yearCredit: number
}

const ZERO: Movement = { opening: 0, debit: 0, credit: 0, yearDebit: 0, yearCredit: 0 }

/**
 * Leaf-account movements for the months from..to of one year, summed in SQL over the covering index
 * (ledger, posted, period, account, debit, credit). The opening comes from the newest stored opening
 * balances at or before that year (the start year's, or those year-end closing wrote), plus the
 * posted movements between them and `from`, so reports never rescan earlier years.
 */
export function leafMovements(core: Core, ledger: LedgerRecord, from: number, to: number): Map<number, Movement> {
  const year = yearOfPeriod(from)
  // The newest stored opening balances at or before this year (never before the start year).
  const openings = cached(
    core.sqlite,
    `SELECT year, account_id AS accountId, debit - credit AS net FROM opening_balances
     WHERE ledger_id = @ledger AND year = (SELECT max(year) FROM opening_balances WHERE ledger_id = @ledger AND year <= @year)`,
  ).all({ ledger: ledger.id, year }) as { year: number; accountId: number; net: number }[]
  const baseYear = Math.max(openings[0]?.year ?? 0, yearOfPeriod(ledger.startPeriod))
  const base = baseYear * 100 + 1
  const yearStart = year * 100 + 1
  const result = new Map<number, Movement>()
  const at = (id: number) => result.get(id) ?? (result.set(id, { ...ZERO }), result.get(id)!)
  // Openings of an older year than the start year cannot exist; those of baseYear are the base.
  for (const o of openings) if (o.year === baseYear) at(o.accountId).opening += o.net
  // Up to three plain grouped sums, each exactly the floor's shape (a bare covering-index scan):
  // earlier years since the base, this year before `from`, and the range. Usually only the last runs.
  const sums = (lo: number, hi: number) => (lo > hi ? [] : cached(core.sqlite, MOVEMENTS_SQL).all(ledger.id, lo, hi)) as { id: number; debit: number; credit: number }[]
  for (const r of sums(base, yearStart - 1)) at(r.id).opening += r.debit - r.credit
  for (const r of sums(Math.max(base, yearStart), from - 1)) {
    const m = at(r.id)
    m.opening += r.debit - r.credit
    m.yearDebit += r.debit
    m.yearCredit += r.credit
  }
  for (const r of sums(from, to)) {
    const m = at(r.id)
    m.debit = r.debit
    m.credit = r.credit
    m.yearDebit += r.debit
    m.yearCredit += r.credit
  }
  addStartYearPrior(core, ledger, from, at)
  return result
}

/**
 * A 账套 opened mid-year: the months before the start count in the year's figures, and in the
 * range's when it begins before the start month (then the opening is the 年初余额).
 */
function addStartYearPrior(core: Core, ledger: LedgerRecord, from: number, at: (id: number) => Movement): void {
  if (yearOfPeriod(from) !== Math.floor(ledger.startPeriod / 100)) return
  const inRange = from < ledger.startPeriod
  for (const [id, p] of startYearPrior(core, ledger)) {
    const m = at(id)
    m.yearDebit += p.debit
    m.yearCredit += p.credit
    if (!inRange) continue
    m.opening -= p.debit - p.credit
    m.debit += p.debit
    m.credit += p.credit
  }
}

/**
 * leafMovements of several 账套 (a 汇总's) by 账套: each 账套's newest stored openings and its month
 * totals since them read for all 账套 in one query each, grouped by 账套 and account.
 */
export function leafMovementsOf(core: Core, ledgers: LedgerRecord[], from: number, to: number): Map<number, Map<number, Movement>> {
  const params = { ids: JSON.stringify(ledgers.map((l) => l.id)), year: yearOfPeriod(from), yearStart: yearStartOf(from), from, to }
  const result = new Map(ledgers.map((l) => [l.id, new Map<number, Movement>()]))
  const at = (ledgerId: number, id: number) => {
    const leaves = result.get(ledgerId)!
    return leaves.get(id) ?? (leaves.set(id, { ...ZERO }), leaves.get(id)!)
  }
  for (const o of cached(core.sqlite, OPENINGS_OF_SQL).all(params) as { ledgerId: number; id: number; net: number }[]) at(o.ledgerId, o.id).opening += o.net
  const sums = cached(core.sqlite, MOVEMENTS_OF_SQL).all(params) as ({ ledgerId: number; id: number; before: number } & Movement)[]
  for (const r of sums) {
    const m = at(r.ledgerId, r.id)
    m.opening += r.before
    m.debit = r.debit
    m.credit = r.credit
    m.yearDebit += r.yearDebit
    m.yearCredit += r.yearCredit
  }
  for (const ledger of ledgers) addStartYearPrior(core, ledger, from, (id) => at(ledger.id, id))
  return result
}

/** Each chosen 账套 with the year of its newest stored openings at or before this year (never before its start year). */
const BASES_CTE = `WITH chosen AS (
    SELECT l.id AS ledgerId,
           max(coalesce((SELECT max(o.year) FROM opening_balances o WHERE o.ledger_id = l.id AND o.year <= @year), 0), l.start_period / 100) AS base
    FROM json_each(@ids) j JOIN ledgers l ON l.id = j.value)`

const OPENINGS_OF_SQL = `${BASES_CTE}
  SELECT c.ledgerId, o.account_id AS id, o.debit - o.credit AS net FROM chosen c JOIN opening_balances o ON o.ledger_id = c.ledgerId AND o.year = c.base WHERE c.base <= @year`

/** The months since the base: before `from` (into the opening, and the year's when this year), and the range. */
const MOVEMENTS_OF_SQL = `${BASES_CTE}
  SELECT c.ledgerId, t.account_id AS id,
         sum(CASE WHEN t.period < @from THEN t.debit - t.credit ELSE 0 END) AS before,
         sum(CASE WHEN t.period >= @from THEN t.debit ELSE 0 END) AS debit, sum(CASE WHEN t.period >= @from THEN t.credit ELSE 0 END) AS credit,
         sum(CASE WHEN t.period >= @yearStart THEN t.debit ELSE 0 END) AS yearDebit, sum(CASE WHEN t.period >= @yearStart THEN t.credit ELSE 0 END) AS yearCredit
  FROM chosen c CROSS JOIN account_month_totals t ON t.ledger_id = c.ledgerId AND t.period BETWEEN c.base * 100 + 1 AND @to
  GROUP BY c.ledgerId, t.account_id`

/**
 * The 本年累计借方/贷方 entered with the openings of a 账套 that starts after January, per leaf account:
 * the old books' January to the month before the start. Empty for a January start.
 */
export function startYearPrior(core: Core, ledger: LedgerRecord): Map<number, { debit: number; credit: number }> {
  if (ledger.startPeriod % 100 === 1) return new Map()
  const rows = cached(
    core.sqlite,
    `SELECT account_id AS id, ytd_debit AS debit, ytd_credit AS credit FROM opening_balances
     WHERE ledger_id = ? AND year = ? AND (ytd_debit <> 0 OR ytd_credit <> 0)`,
  ).all(ledger.id, Math.floor(ledger.startPeriod / 100)) as { id: number; debit: number; credit: number }[]
  return new Map(rows.map((r) => [r.id, { debit: r.debit, credit: r.credit }]))
}

/** Whether months from..to include the pre-start months of a mid-year 账套's start year. */
export function coversPriorMonths(ledger: LedgerRecord, from: number, to: number): boolean {
  return from < ledger.startPeriod && to >= Math.floor(ledger.startPeriod / 100) * 100 + 1 && Math.floor(from / 100) === Math.floor(ledger.startPeriod / 100)
}

/** Debits and credits of the months from..to alone (no opening): what a flow report needs, one plain scan. */
export function rangeMovements(core: Core, ledger: LedgerRecord, from: number, to: number): Map<number, Movement> {
  const rows = cached(core.sqlite, MOVEMENTS_SQL).all(ledger.id, from, to) as { id: number; debit: number; credit: number }[]
  const result = new Map(rows.map((r) => [r.id, { ...ZERO, debit: r.debit, credit: r.credit }]))
  // Months before a mid-year start are the entered 本年累计 figures.
  if (coversPriorMonths(ledger, from, to)) {
    for (const [id, p] of startYearPrior(core, ledger)) {
      const m = result.get(id) ?? (result.set(id, { ...ZERO }), result.get(id)!)
      m.debit += p.debit
      m.credit += p.credit
    }
  }
  return result
}

/** Off the month totals the triggers keep (at most one row per account and month), never the lines. */
const MOVEMENTS_SQL = `SELECT account_id AS id, sum(debit) AS debit, sum(credit) AS credit FROM account_month_totals
  WHERE ledger_id = ? AND period BETWEEN ? AND ? GROUP BY account_id`

/** 辅助核算 filter of the 科目余额表: lines tagged with this project and/or 资金性质. */
export interface TagFilter {
  projectId?: number
  fundNature?: FundNature
}

/**
 * Leaf movements of the lines carrying the filter's tags, for the range and the year up to `to`.
 * Openings carry neither project nor 资金性质, so `opening` stays 0. The tags are not in the covering
 * index, so this path reads the rows of the year; the unfiltered path above is untouched.
 */
function taggedMovements(core: Core, ledger: LedgerRecord, from: number, to: number, filter: TagFilter): Map<number, Movement> {
  const rows = cached(core.sqlite, TAGGED_SQL).all({
    ledger: ledger.id,
    yearStart: yearStartOf(from),
    from,
    to,
    project: filter.projectId ?? null,
    fund: filter.fundNature ?? null,
  }) as ({ id: number } & Movement)[]
  return new Map(rows.map(({ id, ...m }) => [id, m]))
}

/** The filter's leaf movements, or undefined (all lines) when neither tag is given; a foreign project is refused. */
export function filteredMovements(core: Core, ledger: LedgerRecord, from: number, to: number, filter: TagFilter): Map<number, Movement> | undefined {
  if (filter.projectId === undefined && filter.fundNature === undefined) return undefined
  if (filter.projectId !== undefined && !core.sqlite.prepare('SELECT 1 FROM projects WHERE id = ? AND ledger_id = ?').get(filter.projectId, ledger.id)) {
    throw new AppError('NOT_FOUND', '项目不属于本账套', { fields: { projectId: '不属于本账套' } })
  }
  return taggedMovements(core, ledger, from, to, filter)
}

const TAGGED_SQL = `SELECT account_id AS id, 0 AS opening,
    sum(CASE WHEN period >= @from THEN debit ELSE 0 END) AS debit, sum(CASE WHEN period >= @from THEN credit ELSE 0 END) AS credit,
    sum(debit) AS yearDebit, sum(credit) AS yearCredit
  FROM voucher_lines
  WHERE ledger_id = @ledger AND posted = 1 AND period BETWEEN @yearStart AND @to
    AND (@project IS NULL OR project_id = @project) AND (@fund IS NULL OR fund_nature = @fund)
  GROUP BY account_id`

function split(net: number): [debit: number, credit: number] {
  return net >= 0 ? [net, 0] : [0, -net]
}

export function toBalanceRow(account: AccountRow, m: Movement): BalanceRow {
  const [openingDebit, openingCredit] = split(m.opening)
  const [closingDebit, closingCredit] = split(m.opening + m.debit - m.credit)
  return {
    accountId: account.id,
    code: account.code,
    name: account.name,
    level: account.level,
    normalSide: account.normalSide,
    openingDebit,
    openingCredit,
    debit: m.debit,
    credit: m.credit,
    yearDebit: m.yearDebit,
    yearCredit: m.yearCredit,
    closingDebit,
    closingCredit,
  }
}

type Rolled = { account: AccountRow; m: Movement }

/**
 * Every account with its leaf movements rolled up by code prefix (the chart is small; the ledger is not).
 * A caller that reads several figures of one 账套 passes its chart once.
 */
export function rolledUp(core: Core, ledger: LedgerRecord, from: number, to: number, leaves = leafMovements(core, ledger, from, to), shared?: AccountRow[]): Rolled[] {
  const chart = shared ?? chartOf(core, ledger.id, { postings: false })
  const byCode = new Map(chart.map((a) => [a.code, { account: a, m: { ...ZERO } }]))
  for (const a of chart) {
    const m = leaves.get(a.id)
    if (!m) continue
    for (let code = a.code; code.length >= 3; code = code.slice(0, -2)) {
      const target = byCode.get(code)!.m
      target.opening += m.opening
      target.debit += m.debit
      target.credit += m.credit
      target.yearDebit += m.yearDebit
      target.yearCredit += m.yearCredit
    }
  }
  return [...byCode.values()]
}

export function periodRange(from: string, to: string): [number, number] {
  const [f, t] = [parsePeriodText(from), parsePeriodText(to)]
  if (f > t) throw new AppError('VALIDATION', '起始期间不能晚于截止期间', { fields: { to: '早于起始期间' } })
  if (yearOfPeriod(f) !== yearOfPeriod(t)) throw new AppError('VALIDATION', '起止期间须在同一会计年度内', { fields: { to: '跨年度' } })
  return [f, t]
}

const isZero = (m: Movement) => !m.opening && !m.debit && !m.credit && !m.yearDebit && !m.yearCredit

export const balancesHandlers: HandlerMap<'balances.trial' | 'balances.account'> = {
  'balances.trial': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    const [from, to] = periodRange(input.from, input.to)
    const all = rolledUp(ctx.core, ledger, from, to, filteredMovements(ctx.core, ledger, from, to, input))
    const rows = all
      .filter(({ account, m }) => (!input.maxLevel || account.level <= input.maxLevel) && !(input.hideZero && isZero(m)))
      .map(({ account, m }) => toBalanceRow(account, m))
    const level1 = all.filter(({ account }) => account.level === 1).map(({ account, m }) => toBalanceRow(account, m))
    const sum = (k: keyof BalanceRow) => level1.reduce((s, r) => s + (r[k] as number), 0)
    const totals = {
      openingDebit: sum('openingDebit'),
      openingCredit: sum('openingCredit'),
      debit: sum('debit'),
      credit: sum('credit'),
      yearDebit: sum('yearDebit'),
      yearCredit: sum('yearCredit'),
      closingDebit: sum('closingDebit'),
      closingCredit: sum('closingCredit'),
    }
    return { rows, totals }
  },

  'balances.account': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    const [from, to] = periodRange(input.from, input.to)
    const found = rolledUp(ctx.core, ledger, from, to).find(({ account }) => account.id === input.accountId)
    if (!found) throw new AppError('NOT_FOUND', '科目不属于本账套')
    const closing = found.m.opening + found.m.debit - found.m.credit
    return { ...toBalanceRow(found.account, found.m), closing, direction: closing > 0 ? '借' : closing < 0 ? '贷' : '平' }
  },
}
