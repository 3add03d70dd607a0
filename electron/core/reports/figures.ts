import type { AccountRow } from '../../shared/contract/ledgers'
import { yearStartOf } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { assertStarted, type LedgerRecord } from '../ledger/access'
import { cached } from '../db/cached'
import { chartOf } from '../ledger/accounts'
import { coversPriorMonths, rangeMovements, rolledUp, startYearPrior, type ChartEntry, type Movement } from '../ledger/balances'
import { CLOSES_TO_CARRY_SQL } from '../ledger/closing-matrix'

/** Signed balances (debit − credit, in 分) of level-1 accounts, keyed by code. */
export type Balances = Map<string, number>

/**
 * Level-1 balances at the start of the period's year and at the end of the period. Income and
 * expenditure not yet closed are folded into 321 (专项) and 322 (非专项, and all 401 会费), so a
 * month that is not closed still gives a balanced sheet; `unclosed` says how much was folded.
 */
export function balancesAt(
  core: Core,
  ledger: LedgerRecord,
  period: number,
  leaves?: Map<number, Movement>,
  chart?: AccountRow[],
  special = unclosedSpecial(core, ledger.id, yearStartOf(period), period),
): Folded {
  assertStarted(ledger.startPeriod, period)
  return foldedBalances(rolledUp(core, ledger, yearStartOf(period), period, leaves, chart), special)
}

export type Folded = { yearStart: Balances; end: Balances; unclosed: number }

/**
 * balancesAt's figures from accounts rolled up over the year to date (one 账套's chart, or a 汇总's
 * merged one), `special` being the unclosed 专项 net (unclosedSpecial). Every step is a sum, so the
 * 汇总 folds its summed balances exactly as each 账套 folds its own.
 */
export function foldedBalances(rolled: { account: ChartEntry; m: Movement }[], special: number): Folded {
  const yearStart: Balances = new Map()
  const end: Balances = new Map()
  for (const { account, m } of rolled) {
    if (account.level !== 1) continue
    yearStart.set(account.code, m.opening)
    end.set(account.code, m.opening + m.debit - m.credit)
  }
  let unclosed = 0
  for (const [code, net] of end) {
    if (code[0] === '4' || code[0] === '5') {
      unclosed += net
      end.set(code, 0)
    }
  }
  end.set('321', (end.get('321') ?? 0) + special)
  end.set('322', (end.get('322') ?? 0) + unclosed - special)
  // Income or expenditure balances at the year start (a year never closed) belong to 322.
  for (const [code, net] of yearStart) {
    if (code[0] !== '4' && code[0] !== '5') continue
    yearStart.set('322', (yearStart.get('322') ?? 0) + net)
    yearStart.set(code, 0)
  }
  return { yearStart, end, unclosed }
}

/**
 * Net (debit − credit) of 专项 income and expenditure still on their accounts: what closing would send
 * to 321. Months close in order and each closing empties every income and expenditure account per
 * 资金性质, so only the months after the last closed one can hold any: summed off the tagged month
 * totals (one row per account, month and tags), usually one month or none.
 */
function unclosedSpecial(core: Core, ledgerId: number, from: number, to: number): number {
  return unclosedSpecialOf(core, [ledgerId], from, to).get(ledgerId) ?? 0
}

/** unclosedSpecial of several 账套 in one grouped query (a 汇总's), by 账套; a 账套 with none is absent. */
export function unclosedSpecialOf(core: Core, ledgerIds: number[], from: number, to: number): Map<number, number> {
  const rows = cached(core.sqlite, UNCLOSED_SPECIAL_SQL).all({ ids: JSON.stringify(ledgerIds), from, to }) as { ledgerId: number; net: number }[]
  return new Map(rows.map((r) => [r.ledgerId, r.net]))
}

// The first month not closed (nextPeriod of the last closed one, else `from`), then its 专项 totals.
const UNCLOSED_SPECIAL_SQL = `WITH chosen AS (
    SELECT j.value AS ledgerId, (SELECT max(c.period) FROM closed_periods c WHERE c.ledger_id = j.value) AS closed FROM json_each(@ids) j),
  open AS (
    SELECT ledgerId, CASE WHEN closed IS NULL OR closed < @from THEN @from WHEN closed % 100 = 12 THEN closed + 89 ELSE closed + 1 END AS first FROM chosen)
  SELECT o.ledgerId, sum(l.debit - l.credit) AS net
  FROM open o CROSS JOIN tagged_month_totals l ON l.ledger_id = o.ledgerId AND l.period BETWEEN o.first AND @to JOIN accounts a ON a.id = l.account_id
  WHERE a.category IN ('income', 'expense') AND ${CLOSES_TO_CARRY_SQL}
  GROUP BY o.ledgerId`

export type Flow = { debit: number; credit: number }

/** Sub-accounts whose movements are 工会02表 line 二 (年初余额调整, and 归集上缴 of 332). */
export const ADJUSTMENT_CODES = ['32101', '32201', '33101', '33201', '33202']

/** SQL condition on voucher `v`: not a closing or year-end voucher, nor a red copy of one. */
export const NOT_CLOSING = `v.origin NOT IN ('closing', 'year_end')
  AND NOT (v.origin = 'reversal' AND EXISTS (SELECT 1 FROM vouchers c WHERE c.id = v.reversal_of AND c.origin IN ('closing', 'year_end')))`

/**
 * Movements of income and expenditure (by level-1 code) and of the adjustment sub-accounts over
 * whole months, leaving out the system's closing and year-end vouchers (and red copies of them),
 * which only move balances between accounts. All movements come from the covering-index scan
 * (`leaves`, which a caller may share with its balances); the closing vouchers' lines — a few per
 * account and month, found through the vouchers — are then taken back out.
 */
export function flows(
  core: Core,
  ledger: LedgerRecord,
  from: number,
  to: number,
  leaves = rangeMovements(core, ledger, from, to),
  chart?: AccountRow[],
  closing = closingMovements(core, ledger, from, to),
): Map<string, Flow> {
  // Before a mid-year start the old books closed monthly: an income's 累计借方 and an expenditure's
  // 累计贷方 were those closings, so only 本年累计贷方 (income) and 本年累计借方 (expenditure) are flows.
  const prior = coversPriorMonths(ledger, from, to) ? startYearPrior(core, ledger) : new Map<number, Flow>()
  return flowsOf(chart ?? chartOf(core, ledger.id, { postings: false }), leaves, closing, prior)
}

/** flows' rule over a chart (one 账套's, or a 汇总's merged one), given the closing and pre-start movements by account. */
export function flowsOf(chart: ChartEntry[], leaves: Map<number, Movement>, closing: Map<number, Flow>, prior: Map<number, Flow>): Map<string, Flow> {
  const result = new Map<string, Flow>()
  for (const a of chart) {
    const m = leaves.get(a.id)
    const code = a.category === 'income' || a.category === 'expense' ? a.code.slice(0, 3) : ADJUSTMENT_CODES.includes(a.code.slice(0, 5)) ? a.code.slice(0, 5) : null
    if (!m || !code) continue
    const c = closing.get(a.id)
    const p = prior.get(a.id)
    const debit = m.debit - (c?.debit ?? 0) - (a.category === 'income' ? (p?.debit ?? 0) : 0)
    const credit = m.credit - (c?.credit ?? 0) - (a.category === 'expense' ? (p?.credit ?? 0) : 0)
    if (!debit && !credit) continue
    const sums = result.get(code) ?? { debit: 0, credit: 0 }
    sums.debit += debit
    sums.credit += credit
    result.set(code, sums)
  }
  return result
}

/** Debits and credits of the closing and year-end vouchers (and their red copies) per account, over whole months. */
export function closingMovements(core: Core, ledger: LedgerRecord, from: number, to: number): Map<number, { debit: number; credit: number }> {
  const rows = cached(core.sqlite, CLOSING_LINES_SQL).all(ledger.id, from, to) as { id: number; debit: number; credit: number }[]
  return new Map(rows.map((r) => [r.id, r]))
}

/** Off the tagged month totals, whose `closing` is NOT_CLOSING's negation kept by the triggers. */
const CLOSING_LINES_SQL = `SELECT account_id AS id, sum(debit) AS debit, sum(credit) AS credit FROM tagged_month_totals
  WHERE ledger_id = ? AND period BETWEEN ? AND ? AND closing = 1 GROUP BY account_id`
