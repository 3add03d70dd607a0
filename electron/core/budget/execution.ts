import { basisPointsOf } from '../../shared/rate'
import type { BudgetExecution, BudgetLineRow, ExecutionRow } from '../../shared/contract/budget'
import type { Elimination } from '../../shared/contract/reports'
import { formatFen } from '../../shared/money'
import { FUND_NATURE_LABELS, SPEND_TYPE_LABELS, parsePeriodText, monthOfPeriod, yearOfPeriod, yearStartOf } from '../../shared/ledger-terms'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import type { LedgerRecord } from '../ledger/access'
import { internalTransfers } from '../reports/eliminations'
import { NOT_CLOSING, balancesAt } from '../reports/figures'
import { budgetLedger } from './access'
import { budgetOf, linesOf } from './budgets'
import { EXECUTED, EXECUTION_FROM, EXECUTION_MATCH } from './usage'

interface Figures {
  month: number
  ytd: number
  priorYtd: number
}

/**
 * 本月, 累计 and 上年同期 of every line of these budgets in one grouped query: the voucher lines are
 * summed by SQLite (account index, one period range from last January, so older years are never
 * read), never read into JS. `internal` lines (eliminated in a 汇总) are left out.
 */
function figuresOf(core: Core, budgetIds: number[], period: number, internal: number[]): Map<number, Figures> {
  if (!budgetIds.length) return new Map()
  const yearStart = yearStartOf(period)
  const rows = core.sqlite
    .prepare(
      `SELECT bl.id AS lineId,
              sum(CASE WHEN l.period = @period THEN ${EXECUTED} ELSE 0 END) AS month,
              sum(CASE WHEN l.period >= @yearStart THEN ${EXECUTED} ELSE 0 END) AS ytd,
              sum(CASE WHEN l.period <= @priorEnd THEN ${EXECUTED} ELSE 0 END) AS priorYtd
       FROM ${EXECUTION_FROM}
       WHERE bl.budget_id IN (${budgetIds.map(() => '?').join(', ')})
         AND l.period BETWEEN @priorStart AND @period
         AND ${EXECUTION_MATCH} AND l.id NOT IN (SELECT value FROM json_each(@internal))
       GROUP BY bl.id`,
    )
    .all(...budgetIds, { period, yearStart, priorStart: yearStart - 100, priorEnd: period - 100, internal: JSON.stringify(internal) }) as (Figures & { lineId: number })[]
  return new Map(rows.map((r) => [r.lineId, r]))
}

/** 专项 income and expenditure so far this year, and the 结转 (321) brought in, over the chosen 账套. */
function specialFunds(core: Core, ledgers: LedgerRecord[], period: number, internal: number[]): { income: number; expenditure: number; carried: number } {
  const yearStart = yearStartOf(period)
  const rows = core.sqlite
    .prepare(
      `SELECT a.category, sum(l.debit) AS debit, sum(l.credit) AS credit
       FROM voucher_lines l JOIN accounts a ON a.id = l.account_id JOIN vouchers v ON v.id = l.voucher_id
       WHERE l.ledger_id IN (${ledgers.map(() => '?').join(', ')}) AND l.posted = 1 AND l.period BETWEEN ? AND ?
         AND a.category IN ('income', 'expense') AND l.fund_nature = 'special' AND ${NOT_CLOSING}
         AND l.id NOT IN (SELECT value FROM json_each(?))
       GROUP BY a.category`,
    )
    .all(...ledgers.map((l) => l.id), yearStart, period, JSON.stringify(internal)) as { category: string; debit: number; credit: number }[]
  const net = (category: string, sign: number) => rows.filter((r) => r.category === category).reduce((n, r) => n + sign * (r.debit - r.credit), 0)
  // 321 is a credit balance: carried-over money is −(debit − credit) at the start of the year.
  const carried = ledgers.reduce((n, l) => (period < l.startPeriod ? n : n - (balancesAt(core, l, period).yearStart.get('321') ?? 0)), 0)
  return { income: net('income', -1), expenditure: net('expense', 1), carried }
}

/**
 * The 508/403 funding between the chosen 账套, paired by the 汇总's own rule (reports/eliminations.ts):
 * both sides of each pair this year and in last year up to the same month (for 上年同期). Their voucher
 * lines are left out of the 汇总's execution, as the 汇总 statements leave them out of the flows.
 */
function internalFunding(core: Core, ledgers: LedgerRecord[], period: number): { lines: number[]; thisYear: Elimination[] } {
  const funding = (to: number) => internalTransfers(core, ledgers, to).pairs.filter((p) => p.pair === '508/403')
  const thisYear = funding(period)
  const prior = ledgers.some((l) => l.startPeriod <= period - 100) ? funding(period - 100) : []
  return { lines: [...thisYear, ...prior].flatMap((p) => p.sides.map((side) => side.raw)), thisYear }
}

function detailOf(line: BudgetLineRow): string {
  return [line.spendType && SPEND_TYPE_LABELS[line.spendType], line.projectName, FUND_NATURE_LABELS[line.fundNature]].filter(Boolean).join(' · ')
}

function rowOf(key: string, level: number, base: Omit<ExecutionRow, 'key' | 'level' | 'rate' | 'variance' | 'flags'>): ExecutionRow {
  const overBudget = base.category === 'expense' && base.ytd > base.budget
  return {
    key,
    level,
    ...base,
    rate: basisPointsOf(base.ytd, base.budget),
    variance: base.budget - base.ytd,
    flags: overBudget ? [`超预算 ${formatFen(base.ytd - base.budget)} 元`] : [],
  }
}

const yuan = (fen: number) => `${formatFen(fen)} 元`

/**
 * 预算执行表 of one 账套, or the 汇总 of several: lines with the same account code, 支出类型, project
 * name and 资金性质 add up across 账套. Income lines come first, each group with its 合计.
 */
export function budgetExecution(ctx: HandlerContext, ledgerIds: number[], periodText: string): BudgetExecution {
  const ledgers = [...new Set(ledgerIds)].map((id) => budgetLedger(ctx, id, 'read'))
  const period = parsePeriodText(periodText)
  const year = yearOfPeriod(period)
  const budgets = ledgers.map((l) => ({ ledger: l, budget: budgetOf(ctx.core, l.id, year) }))
  const single = ledgers.length === 1
  const funding = single ? { lines: [], thisYear: [] } : internalFunding(ctx.core, ledgers, period)
  const figures = figuresOf(
    ctx.core,
    budgets.flatMap((b) => (b.budget ? [b.budget.id] : [])),
    period,
    funding.lines,
  )
  const merged = new Map<string, Omit<ExecutionRow, 'key' | 'level' | 'rate' | 'variance' | 'flags'>>()
  for (const { ledger, budget } of budgets) {
    if (!budget) continue
    for (const line of linesOf(ctx.core, budget.id, ledger.id)) {
      const f = figures.get(line.id) ?? { month: 0, ytd: 0, priorYtd: 0 }
      const key = single ? String(line.id) : `${line.accountCode}|${line.spendType}|${line.projectName}|${line.fundNature}`
      const found = merged.get(key)
      if (found) {
        found.original += line.original
        found.budget += line.budget
        found.month += f.month
        found.ytd += f.ytd
        found.priorYtd += f.priorYtd
        continue
      }
      merged.set(key, {
        budgetLineId: single ? line.id : null,
        category: line.category,
        accountCode: line.accountCode,
        accountName: line.accountName,
        detail: detailOf(line),
        fundNature: line.fundNature,
        original: line.original,
        budget: line.budget,
        ...f,
      })
    }
  }
  const special = specialFunds(ctx.core, ledgers, period, funding.lines)
  const specialOver = special.expenditure > special.income + special.carried
  const rows: ExecutionRow[] = []
  for (const category of ['income', 'expense'] as const) {
    const lines = [...merged.entries()].filter(([, r]) => r.category === category).sort(([, a], [, b]) => a.accountCode.localeCompare(b.accountCode))
    for (const [key, r] of lines) {
      const row = rowOf(key, 1, r)
      if (specialOver && category === 'expense' && r.fundNature === 'special') row.flags.push('专项支出超过专项收入与结转')
      rows.push(row)
    }
    const total = (k: 'original' | 'budget' | 'month' | 'ytd' | 'priorYtd') => lines.reduce((n, [, r]) => n + r[k], 0)
    rows.push(
      rowOf(`${category}-total`, 0, {
        budgetLineId: null,
        category,
        accountCode: '',
        accountName: category === 'income' ? '收入合计' : '支出合计',
        detail: '',
        fundNature: null,
        original: total('original'),
        budget: total('budget'),
        month: total('month'),
        ytd: total('ytd'),
        priorYtd: total('priorYtd'),
      }),
    )
  }
  const missing = budgets.filter((b) => !b.budget).map((b) => `${b.ledger.code} ${b.ledger.name}`)
  const notes = [
    ...(missing.length ? [`以下账套没有${year}年预算：${missing.join('、')}`] : []),
    ...(funding.thisYear.length
      ? [
          `已抵销所选账套之间的上下级补助（508 补助下级支出 / 403 上级补助收入）${funding.thisYear.length} 笔，共 ${yuan(funding.thisYear.reduce((n, p) => n + p.amount, 0))}，本月数和累计数均不含；上年同期同样抵销`,
        ]
      : []),
    ...(specialOver ? [`专项资金：本年专项支出 ${yuan(special.expenditure)}，超过专项收入 ${yuan(special.income)}与上年结转 ${yuan(special.carried)}之和`] : []),
    ...budgets.filter((b) => b.budget?.status === 'draft').map((b) => `${b.ledger.code} 的${year}年预算尚在编制中，未经批准`),
  ]
  const month = monthOfPeriod(period)
  return {
    ledgers: budgets.map(({ ledger, budget }) => ({ id: ledger.id, code: ledger.code, name: ledger.name, hasBudget: Boolean(budget) })),
    period: periodText,
    title: single ? '预算执行表' : '预算执行汇总表',
    orgName: single ? ledgers[0].orgName : `${ledgers[0].orgName}（汇总）`,
    periodLabel: `${year}年${month}月`,
    rows,
    notes,
  }
}
