import type { BudgetTable, BudgetTableRow } from '../../shared/contract/yearend'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import { chartOf } from '../ledger/accounts'
import type { LedgerRecord } from '../ledger/access'
import { NOT_CLOSING } from '../reports/figures'
import { budgetOf, linesOf } from '../budget/budgets'
import { fundingBlock, internalFunding } from './budget-funding'
import { rowOf } from './table-row'

type Figures = Pick<BudgetTableRow, 'lastBudget' | 'lastActual' | 'budget'>
type Category = 'income' | 'expense'

/** What a budget-table row adds up: one account (level 1 or detail) of one spending kind and project. */
interface Entry extends Figures {
  category: Category
  spend: 'basic' | 'project'
  project: string
  code: string
}

const ZERO: Figures = { lastBudget: 0, lastActual: 0, budget: 0 }
const keyOf = (e: Pick<Entry, 'category' | 'spend' | 'project' | 'code'>) => `${e.category}|${e.spend}|${e.project}|${e.code}`

const add = (a: Figures, b: Figures): Figures => ({ lastBudget: a.lastBudget + b.lastBudget, lastActual: a.lastActual + b.lastActual, budget: a.budget + b.budget })
const sum = (entries: Figures[]) => entries.reduce(add, ZERO)

/**
 * 上年决算数 of one 账套: the posted income and expenditure of `year`, closing vouchers left out, by
 * account, 支出类型 and project, summed in SQL. A 账套 started within that year adds the income and
 * expenditure it brought in as opening balances (本年累计 before the start month).
 */
export function actualsOf(core: Core, ledger: LedgerRecord, year: number) {
  const rows = core.sqlite
    .prepare(
      `SELECT a.code, a.category, coalesce(l.spend_type, 'basic') AS spend, coalesce(p.name, '') AS project, sum(l.debit) - sum(l.credit) AS net
       FROM voucher_lines l JOIN accounts a ON a.id = l.account_id JOIN vouchers v ON v.id = l.voucher_id LEFT JOIN projects p ON p.id = l.project_id
       WHERE l.ledger_id = ? AND l.posted = 1 AND l.period BETWEEN ? AND ? AND a.category IN ('income', 'expense') AND ${NOT_CLOSING}
       GROUP BY a.code, a.category, spend, project
       UNION ALL
       SELECT a.code, a.category, 'basic', '', o.debit - o.credit FROM opening_balances o JOIN accounts a ON a.id = o.account_id
       WHERE o.ledger_id = ? AND o.year = ? AND a.category IN ('income', 'expense')`,
    )
    .all(ledger.id, year * 100 + 1, year * 100 + 12, ledger.id, year) as { code: string; category: Category; spend: 'basic' | 'project'; project: string; net: number }[]
  return rows.map((r) => ({ ...r, amount: r.category === 'income' ? -r.net : r.net }))
}

/** The entries of one 账套: this year's and last year's budget lines, and last year's actuals placed on the nearest budgeted account. */
function entriesOf(core: Core, ledger: LedgerRecord, year: number): { entries: Entry[]; priorSurplus: Figures; status: string } {
  const current = budgetOf(core, ledger.id, year)
  if (!current) throw new AppError('NOT_FOUND', `账套 ${ledger.code} ${ledger.name} 没有 ${year} 年预算，请先在“预算管理”中编制`)
  const last = budgetOf(core, ledger.id, year - 1)
  const entries = new Map<string, Entry>()
  const at = (e: Omit<Entry, keyof Figures>) => entries.get(keyOf(e)) ?? entries.set(keyOf(e), { ...e, ...ZERO }).get(keyOf(e))!
  const place = (category: Category, spend: string | null, project: string | null, code: string) => ({
    category,
    spend: spend === 'project' ? ('project' as const) : ('basic' as const),
    project: project ?? '',
    code,
  })
  for (const l of linesOf(core, current.id, ledger.id)) at(place(l.category, l.spendType, l.projectName, l.accountCode)).budget += l.original
  if (last) for (const l of linesOf(core, last.id, ledger.id)) at(place(l.category, l.spendType, l.projectName, l.accountCode)).lastBudget += l.budget
  const budgeted = [...entries.values()]
  for (const a of actualsOf(core, ledger, year - 1)) {
    const home = budgeted
      .filter((e) => e.category === a.category && e.spend === a.spend && e.project === a.project && a.code.startsWith(e.code))
      .sort((x, y) => y.code.length - x.code.length)[0]
    at(home ?? place(a.category, a.spend, a.project, a.code.slice(0, 3))).lastActual += a.amount
  }
  return {
    entries: [...entries.values()],
    priorSurplus: { lastBudget: last?.priorSurplus ?? 0, lastActual: 0, budget: current.priorSurplus },
    status: current.status,
  }
}

/** Level-1 rows with their detail rows below, in chart order. */
function accountRows(entries: Entry[], names: Map<string, string>): BudgetTableRow[] {
  const rows: BudgetTableRow[] = []
  const level1 = [...new Set(entries.map((e) => e.code.slice(0, 3)))].sort()
  for (const code of level1) {
    const mine = entries.filter((e) => e.code.startsWith(code))
    rows.push(rowOf('account', code, names.get(code) ?? code, sum(mine)))
    for (const e of mine.filter((x) => x.code.length > 3).sort((a, b) => a.code.localeCompare(b.code))) rows.push(rowOf('detail', e.code, names.get(e.code) ?? e.code, e))
  }
  return rows
}

const yuan = (fen: number) => `${formatFen(fen)} 元`

/**
 * 工会经费收支预算表 of one 账套, or the 预算汇总表 of several (internal 补助下级 ↔ 上级补助收入 taken
 * out once, so the same money is not counted as both the 街镇's and the 小二级's).
 */
export function budgetTableOf(core: Core, ledgers: LedgerRecord[], year: number): BudgetTable {
  const parts = ledgers.map((l) => ({ ledger: l, ...entriesOf(core, l, year) }))
  const merged = new Map<string, Entry>()
  for (const e of parts.flatMap((p) => p.entries)) {
    const found = merged.get(keyOf(e))
    if (found) Object.assign(found, add(found, e))
    else merged.set(keyOf(e), { ...e })
  }
  const entries = [...merged.values()]
  const names = new Map(chartOf(core, ledgers[0].id, { postings: false }).map((a) => [a.code, a.level === 1 ? a.name : a.fullName]))
  const internal = ledgers.length > 1 ? internalFunding(core, ledgers, year) : ZERO
  const rows: BudgetTableRow[] = [rowOf('section', '', '一、收入', ZERO)]
  const income = entries.filter((e) => e.category === 'income')
  rows.push(...accountRows(income, names))
  const hasInternal = internal.budget || internal.lastBudget || internal.lastActual
  const neg = (f: Figures): Figures => ({ lastBudget: -f.lastBudget, lastActual: -f.lastActual, budget: -f.budget })
  if (hasInternal) rows.push(rowOf('detail', '', '减：内部上级补助收入（与补助下级支出抵销）', neg(internal)))
  const incomeTotal = add(sum(income), neg(internal))
  rows.push(rowOf('total', '', '本年收入合计', incomeTotal))
  const prior = sum(parts.map((p) => p.priorSurplus))
  rows.push(rowOf('total', '', '使用上年结余/结转', prior))
  rows.push(rowOf('section', '', '二、支出', ZERO))
  const spending = entries.filter((e) => e.category === 'expense')
  const basic = spending.filter((e) => e.spend === 'basic')
  rows.push(rowOf('group', '', '（一）基本支出', sum(basic)), ...accountRows(basic, names))
  const projects = spending.filter((e) => e.spend === 'project')
  rows.push(rowOf('group', '', '（二）项目支出', sum(projects)))
  for (const project of [...new Set(projects.map((e) => e.project))].sort()) {
    const mine = projects.filter((e) => e.project === project)
    rows.push(rowOf('group', '', `项目：${project}`, sum(mine)), ...accountRows(mine, names))
  }
  if (hasInternal) rows.push(rowOf('detail', '', '减：内部补助下级支出（与上级补助收入抵销）', neg(internal)))
  const expenditureTotal = add(sum(spending), neg(internal))
  rows.push(rowOf('total', '', '本年支出合计', expenditureTotal))
  const difference = add(add(incomeTotal, prior), neg(expenditureTotal))
  rows.push(rowOf('total', '', '收支差额', difference))

  const budgetNotes = new Map(
    parts
      .flatMap((p) => linesOf(core, budgetOf(core, p.ledger.id, year)!.id, p.ledger.id))
      .filter((l) => l.notes)
      .map((l) => [l.accountCode, l.notes!]),
  )
  for (const r of rows) if (r.code && budgetNotes.has(r.code)) r.notes = budgetNotes.get(r.code)!
  const ok = difference.budget >= 0
  const figures = `本年收入 ${yuan(incomeTotal.budget)} + 使用上年结余 ${yuan(prior.budget)}，本年支出 ${yuan(expenditureTotal.budget)}`
  const single = ledgers.length === 1
  const startYear = (l: LedgerRecord) => Math.floor(l.startPeriod / 100)
  const started = [
    ...ledgers.filter((l) => startYear(l) >= year).map((l) => `${l.code} 于 ${startYear(l)} 年启用，没有上年账簿，上年决算数为 0`),
    ...ledgers
      .filter((l) => startYear(l) === year - 1 && l.startPeriod % 100 > 1)
      .map((l) => `${l.code} 于 ${year - 1} 年 ${l.startPeriod % 100} 月启用，上年决算数含启用时录入的期初收支数`),
  ]
  return {
    title: single ? '工会经费收支预算表' : '工会经费收支预算汇总表',
    orgName: single ? ledgers[0].orgName : `${ledgers[0].orgName}（汇总）`,
    year,
    ledgers: parts.map((p) => ({ id: p.ledger.id, code: p.ledger.code, name: p.ledger.name, status: p.status })),
    rows,
    funding: single ? fundingBlock(core, ledgers[0], year) : [],
    balance: {
      income: incomeTotal.budget,
      priorSurplus: prior.budget,
      expenditure: expenditureTotal.budget,
      difference: difference.budget,
      ok,
      message: ok ? `${figures}，收支平衡` : `收支不平衡：${figures}，赤字 ${yuan(-difference.budget)}。预算应收支平衡、不列赤字，请调整后再报批`,
    },
    notes: [
      ...(hasInternal ? [`汇总时抵销内部补助：本年预算 ${yuan(internal.budget)}，上年决算 ${yuan(internal.lastActual)}`] : []),
      ...started,
      ...parts.filter((p) => p.status === 'draft').map((p) => `${p.ledger.code} 的 ${year} 年预算尚未批准`),
    ],
  }
}
