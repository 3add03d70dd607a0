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
 * range's when it begins before the start month (then the opening is the 年初余额). Returns what it
 * added (empty outside the start year), keyed by account.
 */
export function addStartYearPrior(core: Core, ledger: LedgerRecord, from: number, at: (id: number, code: string) => Movement): Map<number, Prior> {
  if (yearOfPeriod(from) !== Math.floor(ledger.startPeriod / 100)) return new Map()
  const inRange = from < ledger.startPeriod
  const prior = startYearPrior(core, ledger)
  for (const [id, p] of prior) {
    const m = at(id, p.code)
    m.yearDebit += p.debit
    m.yearCredit += p.credit
    if (!inRange) continue
    m.opening -= p.debit - p.credit
    m.debit += p.debit
    m.credit += p.credit
  }
  return prior
}

/**
 * Each chosen 账套 (`@ids`, JSON) with the year of its newest stored openings at or before `@year` (never
 * before its start year): leafMovements' base, for the queries that read several 账套 at once.
 */
export const BASES_CTE = `WITH chosen AS MATERIALIZED (
    SELECT l.id AS ledgerId, l.start_period AS start,
           max(coalesce((SELECT max(o.year) FROM opening_balances o WHERE o.ledger_id = l.id AND o.year <= @year), 0), l.start_period / 100) AS base
    FROM json_each(@ids) j CROSS JOIN ledgers l ON l.id = j.value)`

/**
 * The 本年累计借方/贷方 entered with the openings of a 账套 that starts after January, per leaf account:
 * the old books' January to the month before the start. Empty for a January start.
 */
export function startYearPrior(core: Core, ledger: LedgerRecord): Map<number, Prior> {
  if (ledger.startPeriod % 100 === 1) return new Map()
  const rows = cached(
    core.sqlite,
    `SELECT o.account_id AS id, a.code, o.ytd_debit AS debit, o.ytd_credit AS credit FROM opening_balances o JOIN accounts a ON a.id = o.account_id
     WHERE o.ledger_id = ? AND o.year = ? AND (o.ytd_debit <> 0 OR o.ytd_credit <> 0)`,
  ).all(ledger.id, Math.floor(ledger.startPeriod / 100)) as ({ id: number } & Prior)[]
  return new Map(rows.map(({ id, ...p }) => [id, p]))
}

/** A pre-start month total of one account (its code rides along for a 汇总, which merges accounts by code). */
export type Prior = { code: string; debit: number; credit: number }

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

/** What rolling up needs of an account: a 汇总's merged chart (reports/merged.ts) has no more. */
export type ChartEntry = Pick<AccountRow, 'id' | 'code' | 'level' | 'category'>

/**
 * Every account with its leaf movements rolled up by code prefix (the chart is small; the ledger is not).
 * A caller that reads several figures of one 账套 passes its chart once.
 */
export function rolledUp(core: Core, ledger: LedgerRecord, from: number, to: number, leaves = leafMovements(core, ledger, from, to), shared?: AccountRow[]) {
  return rollUp(shared ?? chartOf(core, ledger.id, { postings: false }), leaves)
}

/** Each account of the chart with the movements of its own code and every code under it. */
export function rollUp<A extends ChartEntry>(chart: A[], leaves: Map<number, Movement>): { account: A; m: Movement }[] {
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
