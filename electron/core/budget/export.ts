import { formatPercent } from '../../shared/rate'
import type { BudgetExecution } from '../../shared/contract/budget'
import { prepared } from '../api/types'
import { SIGNATURES, printableWorkbook, type PrintSheet } from '../excel/printable'
import { todayOf } from '../system/time'
import { budgetExecution } from './execution'

export const EXECUTION_HEADERS = ['科目', '明细', '年初预算', '调整后预算', '本月执行', '累计执行', '执行率', '上年同期', '差异（预算−执行）', '说明']

/** The 预算执行表 as a printable statement: portrait, period and 单位：元 on the right, notes and signatures below. */
export function executionSheet(table: BudgetExecution): PrintSheet {
  return {
    name: table.title,
    title: table.title,
    headers: EXECUTION_HEADERS,
    orientation: 'portrait',
    money: [2, 3, 4, 5, 7, 8],
    info: `${table.periodLabel}    单位：元`,
    rows: table.rows.map((r) => [
      r.level === 0 ? r.accountName : `${r.accountCode} ${r.accountName}`,
      r.detail,
      r.original,
      r.budget,
      r.month,
      r.ytd,
      formatPercent(r.rate),
      r.priorYtd,
      r.variance,
      r.flags.join('；'),
    ]),
    footer: [...table.notes, SIGNATURES],
  }
}

export function executionFileName(table: BudgetExecution): string {
  const code = table.ledgers.length > 1 ? '汇总' : table.ledgers[0].code
  return `UnionDesk-${table.title}-${code}-${table.period}.xlsx`
}

/** A budget has tens of lines, not thousands: the workbook is built in memory and returned as base64 (the CLI too). */
export const exportExecution = prepared<'budget.exportExecution', { buffer: Buffer; fileName: string }>(
  async (ctx, input) => {
    const table = budgetExecution(ctx, input.ledgerIds, input.period)
    const buffer = await printableWorkbook([executionSheet(table)], table.orgName, todayOf(ctx.core))
    return { buffer, fileName: executionFileName(table) }
  },
  (_ctx, _input, { buffer, fileName }) => ({ fileName, content: buffer.toString('base64') }),
)
