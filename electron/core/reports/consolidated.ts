import type { Consolidation, ConsolidatedTrialRow } from '../../shared/contract/reports'
import { formatFen } from '../../shared/money'
import { periodText, yearStartOf } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { assertStarted, type LedgerRecord } from '../ledger/access'
import { rollUp, type Movement } from '../ledger/balances'
import { balanceSheetOf } from './balance-sheet'
import { internalTransfers, publicLine, type InternalCandidate } from './eliminations'
import { flowsOf, foldedBalances, unclosedSpecialOf } from './figures'
import { mergedFigures, type Merged } from './merged'
import { poolEliminations } from './pool-eliminations'
import { monthStatement, signedFlows } from './income-statement'

type Signed = { code: string; name: string; opening: number; debit: number; credit: number; yearDebit: number; yearCredit: number }

const add = (m: Map<string, number>, code: string, amount: number) => m.set(code, (m.get(code) ?? 0) + amount)

/** Level-1 科目余额表 summed over the 账套 (the merged chart's), then each eliminated line taken out of its month's columns. */
function trialOf({ chart, names, month }: Merged, period: number, sides: InternalCandidate[]): ConsolidatedTrialRow[] {
  const rows = new Map<string, Signed>()
  for (const { account, m } of rollUp(chart, month)) {
    if (account.level !== 1) continue
    rows.set(account.code, { code: account.code, name: names.get(account.code)!, ...m })
  }
  const text = periodText(period)
  const yearStart = `${text.slice(0, 4)}-01`
  for (const s of sides) {
    const r = rows.get(s.code1)!
    if (s.period < text) r.opening -= s.net
    else {
      r.debit -= s.debit
      r.credit -= s.credit
    }
    if (s.period >= yearStart) {
      r.yearDebit -= s.debit
      r.yearCredit -= s.credit
    }
  }
  const split = (net: number) => (net >= 0 ? [net, 0] : [0, -net])
  return [...rows.values()]
    .filter((r) => r.opening || r.debit || r.credit || r.yearDebit || r.yearCredit)
    .map((r) => {
      const [openingDebit, openingCredit] = split(r.opening)
      const [closingDebit, closingCredit] = split(r.opening + r.debit - r.credit)
      return {
        code: r.code,
        name: r.name,
        openingDebit,
        openingCredit,
        debit: r.debit,
        credit: r.credit,
        yearDebit: r.yearDebit,
        yearCredit: r.yearCredit,
        closingDebit,
        closingCredit,
      }
    })
}

/** A month's leaf movements re-based on the year: opening at January, the year to date as the movement. */
function yearToDate(month: Map<number, Movement>): Map<number, Movement> {
  const year = new Map<number, Movement>()
  for (const [id, m] of month) {
    const opening = m.opening - (m.yearDebit - m.debit) + (m.yearCredit - m.credit)
    year.set(id, { opening, debit: m.yearDebit, credit: m.yearCredit, yearDebit: m.yearDebit, yearCredit: m.yearCredit })
  }
  return year
}

/**
 * 汇总 of several 账套 for a month: the level-1 科目余额表, 工会01表 and 工会02表 (month form) summed,
 * with internal transfers (eliminations.ts) taken out. 212/131 pairs come out of the balances;
 * 508/403 pairs out of the income and expenditure flows. On the balance sheet a 508/403 pair already
 * nets to nil inside 工会资金结转/结余 (if both sides carry the same 资金性质), so it is not touched there.
 */
export function consolidated(core: Core, ledgers: LedgerRecord[], period: number): Consolidation {
  const { pairs, unmatched } = internalTransfers(core, ledgers, period)
  const sides = pairs.flatMap((p) => p.sides)
  const eliminated = pairs.filter((p) => p.sides.length)
  const yearStart = yearStartOf(period)
  const text = periodText(period)

  for (const ledger of ledgers) assertStarted(ledger.startPeriod, period)
  // One read of the month totals, openings and closing totals of all 账套, merged by code (merged.ts); the
  // month, the year to date and the balances all derive from it, by the rules each 账套's own reports use.
  const merged = mergedFigures(core, ledgers, period)
  const yearLeaves = yearToDate(merged.month)
  const special = [
    ...unclosedSpecialOf(
      core,
      ledgers.map((l) => l.id),
      yearStart,
      period,
    ).values(),
  ].reduce((a, b) => a + b, 0)
  const sums = foldedBalances(rollUp(merged.chart, yearLeaves), special)
  const month = signedFlows(flowsOf(merged.chart, merged.month, merged.closing.month, new Map()))
  const year = signedFlows(flowsOf(merged.chart, yearLeaves, merged.closing.year, merged.prior))
  for (const s of sides) {
    if (s.code1 === '212' || s.code1 === '131') {
      add(sums.end, s.code1, -s.net)
      if (s.period < `${text.slice(0, 4)}-01`) add(sums.yearStart, s.code1, -s.net)
      continue
    }
    // Flow columns are signed so both income and expenditure are positive.
    const flow = s.code1 === '508' ? s.net : -s.net
    add(year, s.code1, -flow)
    if (s.period === text) add(month, s.code1, -flow)
  }
  const pool = poolEliminations(core, ledgers, period)
  pool.apply(sums)

  const orgName = `${ledgers[0].orgName}（汇总）`
  const balanceSheet = balanceSheetOf(orgName, period, sums)
  const incomeStatement = monthStatement(orgName, period, [month, year])
  const notes = [
    `汇总 ${ledgers.length} 个账套：${ledgers.map((l) => `${l.code} ${l.name}`).join('、')}。`,
    ...(eliminated.length ? [`已抵销内部往来 ${eliminated.length} 笔，共 ${formatFen(eliminated.reduce((s, p) => s + p.amount, 0))} 元（见抵销明细）。`] : []),
    ...(unmatched.length ? [`有 ${unmatched.length} 笔注明为其他所选账套的往来未找到对应分录，未抵销，请核对。`] : []),
  ]
  for (const statement of [balanceSheet, incomeStatement]) statement.notes = [...notes, ...statement.notes]
  return {
    ledgers: ledgers.map((l) => ({ id: l.id, code: l.code, name: l.name })),
    period: text,
    trial: trialOf(merged, period, sides),
    balanceSheet,
    incomeStatement,
    eliminations: [...pairs.map(({ sides: _, lines: __, ...p }) => p), ...pool.eliminations],
    unmatched: unmatched.map(publicLine),
    notes,
  }
}
