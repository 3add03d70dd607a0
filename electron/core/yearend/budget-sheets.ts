import { APPROVING_BODY_LABELS } from '../../shared/budget-terms'
import { formatPercent } from '../../shared/rate'
import type { BudgetTable, BudgetTableRow } from '../../shared/contract/yearend'
import { FUND_NATURE_LABELS, SPEND_TYPE_LABELS } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { SIGNATURES, type PrintSheet, type PrintValue } from '../excel/printable'
import type { LedgerRecord } from '../ledger/access'
import { AppError } from '../../shared/errors'
import { budgetOf, viewOf } from '../budget/budgets'

export const BUDGET_TABLE_HEADERS = ['科目编码', '科目名称', '上年预算数', '上年决算数', '本年预算数', '增减额', '增减率', '说明']

const indent = (r: BudgetTableRow) => (r.kind === 'detail' ? `    ${r.name}` : r.kind === 'account' ? `  ${r.name}` : r.name)
const tableRow = (r: BudgetTableRow): PrintValue[] =>
  r.kind === 'section' ? ['', r.name, null, null, null, null, '', ''] : [r.code, indent(r), r.lastBudget, r.lastActual, r.budget, r.change, formatPercent(r.rate), r.notes]

/** The 预算表 as printed: portrait A4, the 街镇's 补助下级 block under the table, the balance line and signatures. */
export function budgetTableSheets(t: BudgetTable): PrintSheet[] {
  const info = `${t.year}年度    单位：元`
  const approval = t.balance.ok ? `预算平衡检查：${t.balance.message}` : `【预算不平衡】${t.balance.message}`
  const main: PrintSheet = {
    name: t.title,
    title: `${t.year}年${t.title}`,
    headers: BUDGET_TABLE_HEADERS,
    rows: t.rows.map(tableRow),
    orientation: 'portrait',
    money: [2, 3, 4, 5],
    widths: [10, 34, 15, 15, 15, 14, 9, 24],
    info,
    footer: [approval, ...t.notes, SIGNATURES],
  }
  if (!t.funding.length) return [main]
  return [
    main,
    {
      name: '补助下级支出（按小二级）',
      title: `${t.year}年补助下级支出预算（按小二级）`,
      headers: ['工会编码', '小二级工会', '上年预算数', '上年决算数', '本年预算数', '增减额', '增减率', '分配依据'],
      rows: t.funding.map((r) => [r.code, r.name, r.lastBudget, r.lastActual, r.budget, r.change, formatPercent(r.rate), r.notes]),
      orientation: 'portrait',
      money: [2, 3, 4, 5],
      widths: [12, 28, 15, 15, 15, 14, 9, 24],
      info,
      footer: ['本表金额为经费保障计划（补助下级支出 508）按小二级的分配；上年决算数为上年已记账的补助下级支出。', SIGNATURES],
    },
  ]
}

/**
 * 预算调整表: one row per adjusted line of each adjustment — 原预算数 (before this adjustment), 调整数,
 * 调整后预算数 — with the reason and the approval record (body, date, 经审会 review date).
 */
export function adjustmentSheet(core: Core, ledger: LedgerRecord, year: number): PrintSheet {
  const budget = budgetOf(core, ledger.id, year)
  if (!budget) throw new AppError('NOT_FOUND', `账套 ${ledger.code} 没有 ${year} 年预算`)
  const view = viewOf(core, budget)
  const reviewed = new Map(
    (core.sqlite.prepare('SELECT id, reviewed_on AS r FROM budget_adjustments WHERE budget_id = ?').all(budget.id) as { id: number; r: string | null }[]).map((a) => [a.id, a.r]),
  )
  const before = new Map(view.lines.map((l) => [l.id, l.original]))
  const rows: PrintValue[][] = []
  for (const a of view.adjustments) {
    a.lines.forEach((c, i) => {
      const line = view.lines.find((l) => l.id === c.budgetLineId)!
      const was = before.get(line.id)!
      before.set(line.id, was + c.amount)
      const detail = [line.spendType && SPEND_TYPE_LABELS[line.spendType], line.projectName, FUND_NATURE_LABELS[line.fundNature]].filter(Boolean).join(' · ')
      const record = i === 0 ? [a.reason, a.approvedBody ? APPROVING_BODY_LABELS[a.approvedBody] : '', a.approvedOn ?? '', reviewed.get(a.id) ?? ''] : ['', '', '', '']
      rows.push([i === 0 ? a.date : '', line.accountCode, line.accountName, detail, was, c.amount, was + c.amount, ...record])
    })
  }
  const net = view.adjustments.reduce((n, a) => n + a.lines.reduce((m, c) => m + c.amount, 0), 0)
  return {
    name: '预算调整表',
    title: `${year}年预算调整表`,
    headers: ['调整日期', '科目编码', '科目名称', '明细', '原预算数', '调整数', '调整后预算数', '调整理由', '批准机构', '批准日期', '经审会审查日期'],
    rows: [...rows, ['', '', '合计', '', null, net, null, '', '', '', '']],
    orientation: 'landscape',
    money: [4, 5, 6],
    widths: [11, 10, 22, 18, 14, 14, 14, 26, 14, 11, 13],
    info: `${year}年度    单位：元`,
    footer: [view.adjustments.length ? `共 ${view.adjustments.length} 次调整；调整后收支平衡检查：${view.balance.message}` : `${year}年预算未作调整`, SIGNATURES],
  }
}
