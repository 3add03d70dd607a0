import { yearOfPeriod, type AccountCategory } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { cached } from '../db/cached'
import type { LedgerRecord } from '../ledger/access'
import { addStartYearPrior, BASES_CTE, type ChartEntry, type Movement } from '../ledger/balances'
import type { Flow } from './figures'

/**
 * The chosen 账套's charts merged by code, for a 汇总 (consolidated.ts). Its figures are level-1 ones
 * and those of the 5-digit adjustment sub-accounts (工会02表 line 二), so SQL sums the totals per first
 * five digits of the code: the single-账套 rules (rollUp, foldedBalances, flowsOf) then run over a few
 * dozen merged accounts instead of every chart, and the cost follows the totals rows read, not the
 * number of 账套.
 */
export interface Merged {
  /** Each level-1 code, and each 5-digit code under it, that holds a figure; ids are local to this result. */
  chart: ChartEntry[]
  /** Level-1 names, by code. */
  names: Map<string, string>
  /** leafMovements' figures of the month (opening, month, year to date), by merged account. */
  month: Map<number, Movement>
  /** Debits and credits of the closing and year-end vouchers (closingMovements) in the month and from January to it. */
  closing: { month: Map<number, Flow>; year: Map<number, Flow> }
  /** The entered pre-start months of the 账套 that started after January of this year (flows leave part out). */
  prior: Map<number, Flow>
}

/**
 * What a summed row is (see MERGED_SQL): before the year (the opening only), the year to date (the
 * opening and the year's columns), the month (taken back out of the opening: it is in the year too),
 * and the closing vouchers' year to date and month.
 */
const Bucket = { BeforeYear: 0, Year: 1, Month: 2, ClosingYear: 3, ClosingMonth: 4 } as const

type Row = { code: string; category: AccountCategory; bucket: number; debit: number; credit: number; name: string }

/** The 汇总's figures of the chosen 账套 for one month; each 账套 must have started by then (balancesAt's check). */
export function mergedFigures(core: Core, ledgers: LedgerRecord[], period: number): Merged {
  const rows = cached(core.sqlite, MERGED_SQL).all({
    ids: JSON.stringify(ledgers.map((l) => l.id)),
    year: yearOfPeriod(period),
    period,
    yearEnd: yearOfPeriod(period) * 100 + 12,
  }) as Row[]
  const merged: Merged = { chart: [], names: new Map(), month: new Map(), closing: { month: new Map(), year: new Map() }, prior: new Map() }
  const ids = new Map<string, number>()
  const entry = (code: string, category: AccountCategory) => {
    let id = ids.get(code)
    if (id === undefined) {
      ids.set(code, (id = merged.chart.length))
      merged.chart.push({ id, code, level: code.length === 3 ? 1 : 2, category })
    }
    return id
  }
  const at = <T>(map: Map<number, T>, id: number, zero: () => T) => map.get(id) ?? (map.set(id, zero()), map.get(id)!)
  const movement = (id: number) => at(merged.month, id, () => ({ opening: 0, debit: 0, credit: 0, yearDebit: 0, yearCredit: 0 }))
  const flow = (map: Map<number, Flow>, id: number) => at(map, id, () => ({ debit: 0, credit: 0 }))
  // Rows come in code order, so a level-1 code is entered before the 5-digit codes under it.
  for (const r of rows) {
    merged.names.set(r.code.slice(0, 3), r.name)
    entry(r.code.slice(0, 3), r.category)
    const id = entry(r.code, r.category)
    if (r.bucket >= Bucket.ClosingYear) {
      const f = flow(r.bucket === Bucket.ClosingMonth ? merged.closing.month : merged.closing.year, id)
      f.debit += r.debit
      f.credit += r.credit
      continue
    }
    const m = movement(id)
    const net = r.debit - r.credit
    if (r.bucket === Bucket.Month) {
      m.opening -= net
      m.debit += r.debit
      m.credit += r.credit
      continue
    }
    m.opening += net
    if (r.bucket === Bucket.Year) {
      m.yearDebit += r.debit
      m.yearCredit += r.credit
    }
  }
  // A start year's entered 本年累计 sit on the openings of that year, which are the base read above,
  // so their merged account is always there.
  for (const ledger of ledgers) {
    for (const p of addStartYearPrior(core, ledger, period, (_, code) => movement(ids.get(code.slice(0, 5))!)).values()) {
      const f = flow(merged.prior, ids.get(p.code.slice(0, 5))!)
      f.debit += p.debit
      f.credit += p.credit
    }
  }
  return merged
}

/**
 * leafMovements' sources for all chosen 账套 at once — each 账套's newest stored openings and its totals
 * since them — and closingMovements' (the closing-flagged tagged totals of the year), each row put in a
 * Bucket and summed per 5-digit code and bucket (the accounts table joined once per totals row: about one row
 * per account and bucket, as a year to date is the year's row less the months after the period, none for the
 * latest month), so a year costs one row per account, not twelve.
 */
const MERGED_SQL = `${BASES_CTE},
  bucketed(id, bucket, debit, credit) AS (
    SELECT o.account_id, ${Bucket.BeforeYear}, o.debit, o.credit
    FROM chosen c CROSS JOIN opening_balances o ON o.ledger_id = c.ledgerId AND o.year = c.base WHERE c.base <= @year
    UNION ALL
    SELECT y.account_id, CASE WHEN y.year < @year THEN ${Bucket.BeforeYear} ELSE ${Bucket.Year} END, y.debit, y.credit
    FROM chosen c CROSS JOIN account_year_totals y ON y.ledger_id = c.ledgerId AND y.year BETWEEN c.base AND @year
    UNION ALL
    SELECT t.account_id, CASE WHEN t.period = @period THEN ${Bucket.Month} ELSE ${Bucket.Year} END,
           CASE WHEN t.period = @period THEN t.debit ELSE -t.debit END, CASE WHEN t.period = @period THEN t.credit ELSE -t.credit END
    FROM chosen c CROSS JOIN account_month_totals t ON t.ledger_id = c.ledgerId AND t.period BETWEEN @period AND @yearEnd
    UNION ALL
    SELECT y.account_id, ${Bucket.ClosingYear}, y.debit, y.credit
    FROM chosen c CROSS JOIN tagged_year_totals y ON y.ledger_id = c.ledgerId AND y.year = @year AND y.closing = 1
    UNION ALL
    SELECT t.account_id, CASE WHEN t.period = @period THEN ${Bucket.ClosingMonth} ELSE ${Bucket.ClosingYear} END,
           CASE WHEN t.period = @period THEN t.debit ELSE -t.debit END, CASE WHEN t.period = @period THEN t.credit ELSE -t.credit END
    FROM chosen c CROSS JOIN tagged_month_totals t ON t.ledger_id = c.ledgerId AND t.period BETWEEN @period AND @yearEnd AND t.closing = 1),
  merged AS (
    SELECT substr(a.code, 1, 5) AS code, a.category, b.bucket, sum(b.debit) AS debit, sum(b.credit) AS credit, min(a.ledger_id) AS ledgerId
    FROM bucketed b CROSS JOIN accounts a ON a.id = b.id GROUP BY 1, 2, 3)
  SELECT m.code, m.category, m.bucket, m.debit, m.credit, (SELECT x.name FROM accounts x WHERE x.ledger_id = m.ledgerId AND x.code = substr(m.code, 1, 3)) AS name
  FROM merged m ORDER BY m.code`
