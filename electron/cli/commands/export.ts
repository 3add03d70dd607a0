import { writeFileSync } from 'node:fs'
import { copyFile, rm } from 'node:fs/promises'
import { exportFiles } from '../../core/excel/export-files'
import { writePdf } from '../../core/excel/pdf'
import type { OpenedCore } from '../../core'
import { CONSOLIDATING_REPORTS, REPORT_KINDS, type ReportKind } from '../../shared/contract/reports'
import { EXPORT_KINDS, type ExportKind } from '../../shared/contract/registry-reports'
import { AppError } from '../../shared/errors'
import { callAs, withData, type CliContext } from '../context'
import type { Command, ParsedArgs } from './types'

const USAGE = `export <报表|registry|scorecard|journal|budget-execution> [--ledger <编码|all|编码,编码>] [--period YYYY-MM|YYYY] [--account <科目编码>] [--year YYYY] --out <文件.xlsx|文件.pdf>
      报表：${REPORT_KINDS.join('、')}（multi-column 多栏式须 --account 501–510）；journal 导出 hledger 记账文本；组织台账：${EXPORT_KINDS.join('、')}；budget-execution 预算执行表（--period YYYY-MM，多个账套为汇总）`

function outPath(values: ParsedArgs['values'], ext: string): string {
  if (typeof values.out !== 'string' || !values.out) throw new AppError('VALIDATION', `请用 --out <文件.${ext}> 指定导出到哪个文件`)
  return values.out
}

const cannotWrite = (path: string) => new AppError('CONFLICT', `不能写入 ${path}：请检查文件夹是否存在、文件是否正在 Excel 中打开`)

/** --ledger codes → 账套 ids, among those the router says the user may read (ledgers.list). */
async function ledgersOf(opened: OpenedCore, ctx: CliContext, flag: unknown): Promise<number[]> {
  if (typeof flag !== 'string' || !flag) throw new AppError('VALIDATION', '请用 --ledger <账套编码>（或 all、编码,编码）指定账套')
  const visible = await callAs(opened, ctx, 'ledgers.list', {})
  const codes = flag === 'all' ? visible.map((l) => l.code) : flag.split(',').map((c) => c.trim())
  return codes.map((code) => {
    const found = visible.find((l) => l.code === code)
    if (!found) throw new AppError('NOT_FOUND', `账套编码“${code}”不存在（可用 uniondesk ledgers list 查看）`)
    return found.id
  })
}

/** A finished export, taken by its download id as the server's GET /api/exports does, and moved to `path`. */
async function saveDownload(opened: OpenedCore, ctx: CliContext, download: string, path: string): Promise<void> {
  const me = await callAs(opened, ctx, 'auth.me', {})
  const file = exportFiles(opened.core).take(download, me.id)
  if (!file) throw new AppError('NOT_FOUND', '导出文件已失效，请重新导出')
  try {
    await copyFile(file.path, path)
  } catch {
    throw cannotWrite(path)
  } finally {
    await rm(file.path, { force: true })
  }
}

/** --period 2026-03 is one month; --period 2026 the whole year (工会02表 in its annual form). */
function rangeOf(period: unknown): { from: string; to: string; annual: boolean } {
  if (typeof period !== 'string') throw new AppError('VALIDATION', '请用 --period YYYY-MM 或 --period YYYY 指定期间')
  if (/^\d{4}$/.test(period)) return { from: `${period}-01`, to: `${period}-12`, annual: true }
  return { from: period, to: period, annual: false }
}

async function exportReport(ctx: CliContext, report: ReportKind, values: ParsedArgs['values']) {
  const out = outPath(values, 'xlsx')
  const pdf = /\.pdf$/i.test(out)
  await withData(ctx, async (opened) => {
    const ledgerIds = await ledgersOf(opened, ctx, values.ledger)
    if (ledgerIds.length > 1 && !CONSOLIDATING_REPORTS.includes(report)) {
      throw new AppError('VALIDATION', `只有 ${CONSOLIDATING_REPORTS.join('、')} 可以汇总多个账套`)
    }
    const input = { report, ledgerIds, ...rangeOf(values.period), accountCode: typeof values.account === 'string' ? values.account : undefined }
    let written = { fileName: '', rows: 0 }
    const write = async (path: string) => {
      const result = await callAs(opened, ctx, 'reports.export', input)
      await saveDownload(opened, ctx, result.download, path)
      written = result
    }
    // .pdf: the same workbook, converted by LibreOffice (the page setup of the xlsx decides the pages).
    await (pdf ? writePdf(out, write) : write(out)).catch((e: unknown) => {
      throw e instanceof AppError ? e : cannotWrite(out)
    })
    ctx.out(`已导出 ${written.fileName.replace(/^UnionDesk-|\.xlsx$/g, '')}（${written.rows} 行）到 ${out}`)
  })
}

async function exportJournal(ctx: CliContext, values: ParsedArgs['values']) {
  const out = outPath(values, 'journal')
  await withData(ctx, async (opened) => {
    const ledgerIds = await ledgersOf(opened, ctx, values.ledger)
    if (ledgerIds.length !== 1) throw new AppError('VALIDATION', 'journal 一次导出一个账套')
    const { download, vouchers } = await callAs(opened, ctx, 'reports.exportJournal', { ledgerId: ledgerIds[0] })
    await saveDownload(opened, ctx, download, out)
    ctx.out(`已导出 ${values.ledger} 的 ${vouchers} 张凭证到 ${out}`)
  })
}

/** Printable workbooks of the books and statements, the 组织台账, and the hledger journal, written where --out says. */
export const exportCommand: Command = {
  usage: USAGE,
  options: { year: { type: 'string' }, out: { type: 'string' }, ledger: { type: 'string' }, period: { type: 'string' }, account: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const kind = positionals[0]
    if ((REPORT_KINDS as readonly string[]).includes(kind)) return exportReport(ctx, kind as ReportKind, values)
    if (kind === 'journal') return exportJournal(ctx, values)
    if (kind !== 'budget-execution' && !EXPORT_KINDS.includes(kind as ExportKind)) {
      throw new AppError('VALIDATION', `用法：uniondesk export ${[...EXPORT_KINDS, ...REPORT_KINDS, 'journal', 'budget-execution'].join('|')} [选项] --out <文件>`)
    }
    const out = outPath(values, 'xlsx')
    const year = values.year === undefined ? undefined : Number(values.year)
    await withData(ctx, async (opened) => {
      // Both are small enough to come back whole through the router, as the window gets them.
      const { fileName, content } =
        kind === 'budget-execution'
          ? await callAs(opened, ctx, 'budget.exportExecution', { ledgerIds: await ledgersOf(opened, ctx, values.ledger), period: String(values.period ?? '') })
          : await callAs(opened, ctx, 'registry.export', { kind: kind as ExportKind, year })
      try {
        writeFileSync(out, Buffer.from(content, 'base64'))
      } catch {
        throw cannotWrite(out)
      }
      ctx.out(`已导出 ${fileName.replace(/^UnionDesk-|\.xlsx$/g, '')} 到 ${out}`)
    })
  },
}
