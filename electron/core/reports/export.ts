import { randomUUID } from 'node:crypto'
import { statSync } from 'node:fs'
import { CONSOLIDATING_REPORTS, type ReportExportInput, type ReportKind } from '../../shared/contract/reports'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import type { ProgressEvent } from '../../shared/events'
import { prepared, type HandlerContext } from '../api/types'
import type { Core } from '../app'
import { exportFiles } from '../excel/export-files'
import { printableFile, type PrintSheet } from '../excel/printable'
import { ledgerFor, type LedgerRecord } from '../ledger/access'
import { todayOf } from '../system/time'
import { reportSheets } from './report-sheets'

export const REPORT_TITLES: Record<ReportKind, string> = {
  'trial-balance': '科目余额表',
  'general-ledger': '总账',
  'detail-ledger': '明细账',
  'multi-column': '多栏式明细账',
  'cash-journal': '现金日记账',
  'bank-journal': '银行存款日记账',
  'voucher-journal': '序时账',
  'aux-balance': '辅助核算余额表',
  'balance-sheet': '资产负债表',
  'income-statement': '收入支出表',
  'voucher-summary': '凭证汇总表',
}

export function exportLedgers(ctx: HandlerContext, q: ReportExportInput): LedgerRecord[] {
  const ids = [...new Set(q.ledgerIds)]
  if (ids.length > 1 && !CONSOLIDATING_REPORTS.includes(q.report)) {
    throw new AppError('VALIDATION', `${REPORT_TITLES[q.report]}只能导出一个账套；可以汇总的是科目余额表、资产负债表和收入支出表`, { fields: { ledgerIds: '只能选一个账套' } })
  }
  return ids.map((id) => ledgerFor(ctx, id, LEDGER_READERS))
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

/**
 * Streams the report into `path` as its rows are read, with 'progress' events every few thousand
 * rows (done / expected total) and a last one when it ends, however it ends. Resolves with the plan
 * and the number of data rows; a failed or cancelled export leaves no file behind.
 */
export async function exportReportToFile(core: Core, ledgers: LedgerRecord[], q: ReportExportInput, path: string, signal?: AbortSignal, userId: number | null = null) {
  const plan = exportPlan(core, ledgers, q)
  const jobId = q.jobId ?? randomUUID()
  const title = `导出${REPORT_TITLES[q.report]}`
  let last = { done: 0, total: 0 }
  const emit = (finished: boolean) => core.events.emit('progress', { jobId, title, ...last, finished, userId } satisfies ProgressEvent)
  try {
    const rows = await printableFile(path, plan.sheets, plan.org, todayOf(core), {
      signal,
      onRows: (done, total) => {
        last = { done, total }
        emit(false)
      },
    })
    last = { done: rows, total: rows }
    return { jobId, fileName: plan.fileName, rows }
  } finally {
    emit(true)
  }
}

/**
 * For the window and the browser: the workbook goes to a file under `<data>/exports` and is handed
 * out once by a download id (exports/download in the server, the save dialog on the desktop).
 */
export const exportReport = prepared<'reports.export', { jobId: string; fileName: string; download: string; rows: number; bytes: number }>(
  async (ctx, input) => {
    const ledgers = exportLedgers(ctx, input)
    const files = exportFiles(ctx.core)
    const userId = ctx.user!.id
    const jobId = input.jobId ?? randomUUID()
    const job = files.start(jobId, userId)
    try {
      const { fileName, rows } = await exportReportToFile(ctx.core, ledgers, { ...input, jobId }, job.path, job.signal, ctx.user!.id)
      return { jobId, fileName, rows, bytes: statSync(job.path).size, download: files.publish(job.path, fileName, userId) }
    } catch (error) {
      throw job.signal.aborted ? job.signal.reason : error
    } finally {
      job.done()
    }
  },
  (_ctx, _input, result) => result,
)

export const cancelExport = (ctx: HandlerContext, input: { jobId: string }) => ({ cancelled: exportFiles(ctx.core).cancel(input.jobId, ctx.user!.id) })
