import type { BudgetSource } from '../../shared/budget-terms'
import { AppError } from '../../shared/errors'
import { needsSpendType, type FundNature, type SpendType } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { NOT_CLOSING } from '../reports/figures'
import { budgetOf, checkLine, linesOf, type LineKey } from './budgets'

export interface NewLine extends LineKey {
  original: number
  notes: string | null
}

const keyText = (k: LineKey) => `${k.accountId}|${k.spendType}|${k.projectId}|${k.fundNature}`

/** Accounts or projects disabled since last year are left out rather than failing the whole start. */
function usable(core: Core, ledgerId: number, key: LineKey): boolean {
  try {
    checkLine(core, ledgerId, key)
    return true
  } catch {
    return false
  }
}

/** 从上年预算复制: last year's 调整后预算数 become this year's 年初预算数. */
function fromLastBudget(core: Core, ledgerId: number, year: number): NewLine[] {
  const last = budgetOf(core, ledgerId, year - 1)
  if (!last) throw new AppError('NOT_FOUND', `${year - 1}年没有预算，无法复制；请选择“空白预算”或“从上年决算（实际数）生成”`)
  return linesOf(core, last.id, ledgerId).map((l) => ({
    accountId: l.accountId,
    spendType: l.spendType,
    projectId: l.projectId,
    fundNature: l.fundNature,
    original: l.budget,
    notes: l.notes,
  }))
}

/** Whole 元, half up, in integers (the figures are a starting point for people to revise). */
function roundToYuan(fen: number): number {
  const cents = fen % 100
  return fen - cents + (cents >= 50 ? 100 : 0)
}

interface ActualRow {
  accountId: number
  code: string
  category: string
  spendType: SpendType | null
  projectId: number | null
  fundNature: FundNature
  debit: number
  credit: number
}

/**
 * 从上年决算生成: last year's posted income and expenditure by account, 支出类型, project and 资金性质,
 * summed in SQL with closing vouchers left out (they only empty the accounts), rounded to whole 元.
 */
function fromActuals(core: Core, ledgerId: number, year: number): NewLine[] {
  const rows = core.sqlite
    .prepare(
      `SELECT l.account_id AS accountId, a.code, a.category, l.spend_type AS spendType, l.project_id AS projectId,
              coalesce(l.fund_nature, 'general') AS fundNature, sum(l.debit) AS debit, sum(l.credit) AS credit
       FROM voucher_lines l JOIN accounts a ON a.id = l.account_id JOIN vouchers v ON v.id = l.voucher_id
       WHERE l.ledger_id = ? AND l.posted = 1 AND l.period BETWEEN ? AND ? AND a.category IN ('income', 'expense')
         AND ${NOT_CLOSING}
       GROUP BY l.account_id, l.spend_type, l.project_id, coalesce(l.fund_nature, 'general')
       ORDER BY a.code`,
    )
    .all(ledgerId, (year - 1) * 100 + 1, (year - 1) * 100 + 12) as ActualRow[]
  const merged = new Map<string, NewLine>()
  for (const r of rows) {
    const net = r.category === 'income' ? r.credit - r.debit : r.debit - r.credit
    // A voucher line with a project is 项目支出; a budget line of 项目支出 must name its project.
    const spendType: SpendType | null = !needsSpendType(r.category, r.code) ? null : r.projectId !== null ? 'project' : 'basic'
    const projectId = spendType === 'basic' ? null : r.projectId
    const key = { accountId: r.accountId, spendType, projectId, fundNature: r.fundNature }
    const found = merged.get(keyText(key))
    if (found) found.original += net
    else merged.set(keyText(key), { ...key, original: net, notes: null })
  }
  return [...merged.values()].filter((l) => l.original > 0).map((l) => ({ ...l, original: roundToYuan(l.original) }))
}

export function startingLines(core: Core, ledgerId: number, year: number, source: BudgetSource): NewLine[] {
  const lines = source === 'lastBudget' ? fromLastBudget(core, ledgerId, year) : source === 'lastActuals' ? fromActuals(core, ledgerId, year) : []
  return lines.filter((l) => usable(core, ledgerId, l))
}
