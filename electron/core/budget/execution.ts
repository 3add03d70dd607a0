import { basisPointsOf } from '../../shared/rate'
import type { BudgetExecution, BudgetLineRow, ExecutionRow } from '../../shared/contract/budget'
import type { Elimination } from '../../shared/contract/reports'
import { formatFen } from '../../shared/money'
import { FUND_NATURE_LABELS, SPEND_TYPE_LABELS, parsePeriodText, periodText, monthOfPeriod, yearOfPeriod, yearStartOf } from '../../shared/ledger-terms'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import type { LedgerRecord } from '../ledger/access'
import { internalTransfers } from '../reports/eliminations'
import { NOT_CLOSING } from '../reports/figures'
import { cached } from '../db/cached'
import { BASES_CTE } from '../ledger/balances'
import { readableLedgers } from './access'
import { budgetsOf, linesOfBudgets } from './budgets'

type Figures = {
  month: number
  ytd: number
  priorYtd: number
}

/**
 * The eliminated lines (a 汇总's internal funding) as totals rows, closing vouchers' lines (never counted)
 * left out, and by year: the queries below add them with their amounts negated, so they come back out.
 */
const INTERNAL_CTE = `WITH internal AS MATERIALIZED (
  SELECT l.ledger_id, l.account_id, l.period, coalesce(l.fund_nature, '') AS fund_nature, coalesce(l.spend_type, '') AS spend_type,
         coalesce(l.project_id, 0) AS project_id, 0 AS closing, l.debit, l.credit
  FROM json_each(@internal) j CROSS JOIN voucher_lines l ON l.id = j.value JOIN vouchers v ON v.id = l.voucher_id
  WHERE l.posted = 1 AND ${NOT_CLOSING}),
  internal_years AS MATERIALIZED (
    SELECT ledger_id, period / 100 AS year, closing, account_id, fund_nature, spend_type, project_id, sum(debit) AS debit, sum(credit) AS credit
    FROM internal GROUP BY 1, 2, 3, 4, 5, 6, 7)`

/**
 * 本月, 累计 and 上年同期 of every line of these budgets in one query, by EXECUTION_MATCH's rule (usage.ts)
 * over the tagged totals: a line's accounts and months are a few rows each, never the voucher lines, so a
 * 汇总 of many 账套 costs what their budgets hold. `internal` lines (eliminated in a 汇总) are taken back out.
 */
function figuresOf(core: Core, budgetIds: number[], period: number, internal: number[]): Map<number, Figures> {
  if (!budgetIds.length) return new Map()
  const year = yearOfPeriod(period)
  const rows = cached(core.sqlite, FIGURES_SQL).all({ budgets: JSON.stringify(budgetIds), period, year, yearEnd: year * 100 + 12, internal: JSON.stringify(internal) })
  return new Map((rows as (Figures & { key: number })[]).map(({ key, ...f }) => [key, f]))
}

/**
 * A year's totals rows (this year's and last year's, outside closing vouchers) less the months after the
 * period and after the same month last year (none for December), from one pair of sources: the tagged
 * totals, or (`sign` '-') the eliminated lines.
 */
const moved = (years: string, months: string, sign: '' | '-') => `
    SELECT y.ledger_id, y.account_id, y.fund_nature, y.spend_type, y.project_id, 0,
           CASE WHEN y.year = @year THEN ${sign}(y.debit - y.credit) ELSE 0 END, CASE WHEN y.year < @year THEN ${sign}(y.debit - y.credit) ELSE 0 END
    FROM chosen c CROSS JOIN ${years} y ON y.ledger_id = c.ledgerId AND y.year IN (@year - 1, @year) AND y.closing = 0
    UNION ALL
    SELECT t.ledger_id, t.account_id, t.fund_nature, t.spend_type, t.project_id,
           CASE WHEN t.period = @period THEN ${sign}(t.debit - t.credit) ELSE 0 END, CASE WHEN t.period > @period THEN ${sign}(t.credit - t.debit) ELSE 0 END, 0
    FROM chosen c CROSS JOIN ${months} t ON t.ledger_id = c.ledgerId AND t.closing = 0 AND t.period BETWEEN @period AND @yearEnd
    UNION ALL
    SELECT t.ledger_id, t.account_id, t.fund_nature, t.spend_type, t.project_id, 0, 0, ${sign}(t.credit - t.debit)
    FROM chosen c CROSS JOIN ${months} t ON t.ledger_id = c.ledgerId AND t.closing = 0 AND t.period BETWEEN @period - 99 AND @yearEnd - 100`

/**
 * The moved rows matched to the lines of their own 账套 and summed per line, the line's direction applied
 * last; driven from the totals rows (a few dozen per 账套), not from every account under each line.
 */
const FIGURES_SQL = `${INTERNAL_CTE},
  lines AS MATERIALIZED (
    SELECT bl.id, b.ledger_id AS ledgerId, ba.code, CASE WHEN ba.category = 'income' THEN -1 ELSE 1 END AS sign, bl.project_id, bl.spend_type, bl.fund_nature
    FROM json_each(@budgets) j CROSS JOIN budget_lines bl ON bl.budget_id = j.value JOIN budgets b ON b.id = bl.budget_id JOIN accounts ba ON ba.id = bl.account_id),
  chosen AS MATERIALIZED (SELECT DISTINCT ledgerId FROM lines),
  moved(ledger_id, account_id, fund_nature, spend_type, project_id, month, ytd, prior) AS (
    ${moved('tagged_year_totals', 'tagged_month_totals', '')}
    UNION ALL
    ${moved('internal_years', 'internal', '-')}),
  -- EXECUTION_MATCH's rule (usage.ts): each line's accounts (its prefix as a code range: codes are digits, and
  -- ':' follows '9'), then the tags.
  line_accounts AS MATERIALIZED (
    SELECT l.id, l.sign, l.project_id, l.spend_type, l.fund_nature, a.id AS accountId
    FROM lines l CROSS JOIN accounts a ON a.ledger_id = l.ledgerId AND a.code >= l.code AND a.code < l.code || ':')
  SELECT l.id AS key, l.sign * sum(m.month) AS month, l.sign * sum(m.ytd) AS ytd, l.sign * sum(m.prior) AS priorYtd
  FROM moved m CROSS JOIN line_accounts l ON l.accountId = m.account_id
  WHERE (l.project_id IS NULL OR m.project_id = l.project_id)
    AND (l.spend_type IS NULL OR m.spend_type = l.spend_type)
    AND (CASE m.fund_nature WHEN '' THEN 'general' ELSE m.fund_nature END) = l.fund_nature
  GROUP BY l.id`

/** 专项 income and expenditure so far this year, and the 结转 (321) brought in, over the chosen 账套. */
function specialFunds(core: Core, ledgers: LedgerRecord[], period: number, internal: number[]): { income: number; expenditure: number; carried: number } {
  const year = yearOfPeriod(period)
  const rows = cached(core.sqlite, SPECIAL_SQL).all({ ids: JSON.stringify(ledgers.map((l) => l.id)), year, yearEnd: year * 100 + 12, period, internal: JSON.stringify(internal) })
  const nets = new Map((rows as { key: string; debit: number; credit: number }[]).map((r) => [r.key, r]))
  const net = (category: string, sign: number) => {
    const r = nets.get(category)
    return r ? sign * (r.debit - r.credit) : 0
  }
  return { income: net('income', -1), expenditure: net('expense', 1), carried: carriedSpecial(core, ledgers, period) }
}

/**
 * The year's 专项 rows outside closing vouchers less the months after the period (none for December), the
 * eliminated lines taken back out.
 */
const SPECIAL_SQL = `${INTERNAL_CTE}
  SELECT a.category AS key, sum(t.debit) AS debit, sum(t.credit) AS credit
  FROM (
    SELECT y.account_id, y.debit, y.credit
    FROM json_each(@ids) j CROSS JOIN tagged_year_totals y ON y.ledger_id = j.value AND y.year = @year AND y.closing = 0
    WHERE y.fund_nature = 'special'
    UNION ALL
    SELECT t.account_id, -t.debit, -t.credit
    FROM json_each(@ids) j CROSS JOIN tagged_month_totals t ON t.ledger_id = j.value AND t.period BETWEEN @period + 1 AND @yearEnd AND t.fund_nature = 'special'
    WHERE t.closing = 0
    UNION ALL
    SELECT account_id, -debit, -credit FROM internal WHERE period BETWEEN @year * 100 + 1 AND @period AND fund_nature = 'special') t
    CROSS JOIN accounts a ON a.id = t.account_id
  WHERE a.category IN ('income', 'expense')
  GROUP BY a.category`

/**
 * 321 专项结转 at the start of the year over the chosen 账套: the 工会01表's 年初 figure (balancesAt's
 * yearStart), leafMovements' January opening of the 321 accounts summed over all chosen 账套 in one
 * query: each 账套's newest stored openings at or before the year, plus its month totals since them,
 * less the 本年累计 entered with a mid-year start's openings (those months belong to the year).
 */
function carriedSpecial(core: Core, ledgers: LedgerRecord[], period: number): number {
  const row = cached(core.sqlite, CARRIED_SQL).get({ ids: JSON.stringify(ledgers.map((l) => l.id)), period, year: yearOfPeriod(period) }) as { net: number }
  // 321 is a credit balance: carried-over money is −(debit − credit).
  return -row.net
}

const CARRIED_SQL = `${BASES_CTE},
  carry AS MATERIALIZED (
    SELECT c.*, a.id AS accountId FROM chosen c CROSS JOIN accounts a ON a.ledger_id = c.ledgerId AND a.code >= '321' AND a.code < '321:' WHERE c.start <= @period)
  SELECT coalesce((SELECT sum(o.debit - o.credit) FROM carry c CROSS JOIN opening_balances o ON o.ledger_id = c.ledgerId AND o.account_id = c.accountId AND o.year = c.base), 0)
    + coalesce((SELECT sum(t.debit - t.credit) FROM carry c CROSS JOIN account_month_totals t
                ON t.ledger_id = c.ledgerId AND t.account_id = c.accountId AND t.period BETWEEN c.base * 100 + 1 AND @year * 100), 0)
    - coalesce((SELECT sum(o.ytd_debit - o.ytd_credit) FROM carry c CROSS JOIN opening_balances o ON o.ledger_id = c.ledgerId AND o.account_id = c.accountId AND o.year = @year
                WHERE c.start / 100 = @year AND c.start % 100 <> 1), 0) AS net`

/**
 * The 508/403 funding between the chosen 账套, paired by the 汇总's own rule (reports/eliminations.ts):
 * both sides of each pair this year and in last year up to the same month (for 上年同期). Their voucher
 * lines are left out of the 汇总's execution, as the 汇总 statements leave them out of the flows.
 */
function internalFunding(core: Core, ledgers: LedgerRecord[], period: number): { lines: number[]; thisYear: Elimination[] } {
  // One scan from last January: pairs are matched within a month, so each month pairs as it would alone.
  const yearStart = periodText(yearStartOf(period))
  const [priorEnd, end] = [period - 100, period].map(periodText)
  const funding = internalTransfers(core, ledgers, period, { from: yearStartOf(period) - 100, fundingOnly: true }).pairs.filter((p) => p.pair === '508/403')
  const thisYear = funding.filter((p) => p.lower.period >= yearStart && p.lower.period <= end)
  const prior = funding.filter((p) => p.lower.period <= priorEnd)
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
  const ledgers = readableLedgers(ctx, [...new Set(ledgerIds)], 'read')
  const period = parsePeriodText(periodText)
  const year = yearOfPeriod(period)
  const found = budgetsOf(
    ctx.core,
    ledgers.map((l) => l.id),
    year,
  )
  const budgets = ledgers.map((l) => ({ ledger: l, budget: found.get(l.id) }))
  const single = ledgers.length === 1
  const funding = single ? { lines: [], thisYear: [] } : internalFunding(ctx.core, ledgers, period)
  const chosen = budgets.flatMap(({ budget }) => (budget ? [budget] : []))
  const figures = figuresOf(
    ctx.core,
    chosen.map((b) => b.id),
    period,
    funding.lines,
  )
  const merged = new Map<string, Omit<ExecutionRow, 'key' | 'level' | 'rate' | 'variance' | 'flags'>>()
  for (const lines of linesOfBudgets(ctx.core, chosen).values()) {
    for (const line of lines) {
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
