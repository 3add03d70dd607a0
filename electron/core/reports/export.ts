import { randomUUID } from 'node:crypto'
import { CONSOLIDATING_REPORTS, type ReportExportInput, type ReportKind } from '../../shared/contract/reports'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { prepared, type HandlerContext } from '../api/types'
import type { Core } from '../app'
import { printableFile, printableWorkbook, type OnRows, type PrintSheet } from '../excel/printable'
import { ledgerFor, type LedgerRecord } from '../ledger/access'
import { todayOf } from '../registry/tree'
import { reportSheets } from './report-sheets'

export const REPORT_TITLES: Record<ReportKind, string> = {
  'trial-balance': '科目余额表',
  'general-ledger': '总账',
  'detail-ledger': '明细账',
  'cash-journal': '现金日记账',
  'bank-journal': '银行存款日记账',
  'voucher-journal': '序时账',
  'aux-balance': '辅助核算余额表',
  'balance-sheet': '资产负债表',
  'income-statement': '收入支出表',
}

export function exportLedgers(ctx: HandlerContext, q: ReportExportInput): LedgerRecord[] {
  const ids = [...new Set(q.ledgerIds)]
  if (ids.length > 1 && !CONSOLIDATING_REPORTS.includes(q.report)) {
    throw new AppError('VALIDATION', `${REPORT_TITLES[q.report]}只能导出一个账套；可以汇总的是科目余额表、资产负债表和收入支出表`, { fields: { ledgerIds: '只能选一个账套' } })
  }
  return ids.map((id) => ledgerFor(ctx, id, LEDGER_READERS))
}

/** 'progress' events every few thousand rows, so the window can show a long book being written. */
function progress(core: Core, title: string) {
  const jobId = `reports.export:${randomUUID()}`
  let rows = 0
  // total 0: a streamed book's length is not known before it is written.
  const emit = (finished: boolean) => core.events.emit('progress', { jobId, title, done: rows, total: 0, finished })
  const onRows: OnRows = (done) => {
    rows = done
    emit(false)
  }
  return { onRows, finish: () => emit(true) }
}

export interface ExportPlan {
  sheets: PrintSheet[]
  org: string
  fileName: string
}

export function exportPlan(core: Core, ledgers: LedgerRecord[], q: ReportExportInput): ExportPlan {
  const code = ledgers.length > 1 ? '汇总' : ledgers[0].code
  const period = q.from === q.to ? q.to : `${q.from}至${q.to}`
  return {
    sheets: reportSheets(core, ledgers, q),
    org: ledgers.length > 1 ? `${ledgers[0].orgName}（汇总）` : ledgers[0].orgName,
    fileName: `UnionDesk-${REPORT_TITLES[q.report]}${q.accountCode ? `-${q.accountCode}` : ''}-${code}-${period}.xlsx`,
  }
}

/** For the CLI: stream the report straight into a file. */
export async function exportReportToFile(core: Core, ledgers: LedgerRecord[], q: ReportExportInput, path: string): Promise<string> {
  const plan = exportPlan(core, ledgers, q)
  const { onRows, finish } = progress(core, `导出${REPORT_TITLES[q.report]}`)
  await printableFile(path, plan.sheets, plan.org, todayOf(core), onRows)
  finish()
  return plan.fileName
}

/**
 * For the window and browser: the workbook as base64. All reading happens while the workbook is
 * written, synchronously before its first await, so every sheet sees the same data.
 */
export const exportReport = prepared<'reports.export', { buffer: Buffer; fileName: string }>(
  async (ctx, input) => {
    const plan = exportPlan(ctx.core, exportLedgers(ctx, input), input)
    const { onRows, finish } = progress(ctx.core, `导出${REPORT_TITLES[input.report]}`)
    const buffer = await printableWorkbook(plan.sheets, plan.org, todayOf(ctx.core), onRows)
    finish()
    return { buffer, fileName: plan.fileName }
  },
  (_ctx, _input, { buffer, fileName }) => ({ fileName, content: buffer.toString('base64') }),
)
