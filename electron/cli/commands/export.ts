import { copyFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import type { OpenedCore } from '../../core'
import { exportFiles } from '../../core/excel/export-files'
import { writePdf } from '../../core/excel/pdf'
import { CONSOLIDATING_REPORTS, REPORT_KINDS, type ReportKind } from '../../shared/contract/reports'
import { EXPORT_KINDS, type ExportKind } from '../../shared/contract/registry-reports'
import { AppError } from '../../shared/errors'
import { callAs, withData, type CliContext } from '../context'
import { ledgersOf } from '../ledger-codes'
import { exportLevyRegister } from './levy'
import { exportBankOrAssets } from './bank-assets'
import type { Command, ParsedArgs } from './types'
import { YEAREND_EXPORTS, exportYearend } from './yearend'

const USAGE = `export bank-reconciliation --ledger <编码> --account <科目编码> --period YYYY-MM --out <文件.xlsx>   银行存款余额调节表
  export asset-register --ledger <编码> --period YYYY-MM --out <文件.xlsx>   资产台账（含折旧计提表）
  export <报表|registry|scorecard|journal|budget-execution> [--ledger <编码|all|编码,编码>] [--period YYYY-MM|YYYY] [--account <科目编码>] [--from <号> --to <号>] [--year YYYY] --out <文件.xlsx|文件.pdf>
      报表：${REPORT_KINDS.join('、')}（multi-column 多栏式须 --account 501–510；voucher-summary 凭证汇总表 --period YYYY-MM，可加 --from/--to 凭证号）；journal 导出 hledger 记账文本；组织台账：${EXPORT_KINDS.join('、')}；budget-execution 预算执行表（--period YYYY-MM，多个账套为汇总）
      budget-table 工会经费收支预算表、final-accounts 决算报告（--year YYYY，多个账套为汇总）；budget-adjustments 预算调整表（一个账套）
  export levy-register --year YYYY [--union <工会编码>] --out <文件.xlsx>   经费收缴情况表（每个企业，按小二级小计）`

function outPath(values: ParsedArgs['values'], ext: string): string {
  if (typeof values.out !== 'string' || !values.out) throw new AppError('VALIDATION', `请用 --out <文件.${ext}> 指定导出到哪个文件`)
  return values.out
}

const cannotWrite = (path: string) => new AppError('CONFLICT', `不能写入 ${path}：请检查文件夹是否存在、文件是否正在 Excel 中打开`)

/** --period 2026-03 is one month; --period 2026 the whole year (工会02表 in its annual form). */
function rangeOf(period: unknown): { from: string; to: string; annual: boolean } {
  if (typeof period !== 'string') throw new AppError('VALIDATION', '请用 --period YYYY-MM 或 --period YYYY 指定期间')
  if (/^\d{4}$/.test(period)) return { from: `${period}-01`, to: `${period}-12`, annual: true }
  return { from: period, to: period, annual: false }
}

/** --from/--to: voucher numbers of 凭证汇总表. */
function numberOf(flag: unknown, name: string): number | undefined {
  if (flag === undefined) return undefined
  if (typeof flag !== 'string' || !/^\d{1,5}$/.test(flag)) throw new AppError('VALIDATION', `${name} 应为凭证号（正整数），例如 ${name} 1`)
  return Number(flag)
}

/**
 * reports.export and reports.exportJournal write under `<data>/exports` and hand the file out once
 * by its download id, as they do to the window; the CLI takes it there and moves it to --out.
 */
async function saveDownload(opened: OpenedCore, ctx: CliContext, download: string, out: string): Promise<void> {
  const me = await callAs(opened, ctx, 'auth.me', {})
  const file = exportFiles(opened.core).take(download, me.id)
  if (!file) throw new AppError('INTERNAL', '导出的文件已不在，请重试')
  try {
    try {
      renameSync(file.path, out)
    } catch {
      // --out on another disk: rename cannot cross file systems.
      copyFileSync(file.path, out)
    }
  } catch {
    throw cannotWrite(out)
  } finally {
    rmSync(file.path, { force: true })
  }
}

async function exportReport(ctx: CliContext, report: ReportKind, values: ParsedArgs['values']) {
  const out = outPath(values, 'xlsx')
  await withData(ctx, async (opened) => {
    const ledgers = await ledgersOf(opened, ctx, values.ledger)
    if (ledgers.length > 1 && !CONSOLIDATING_REPORTS.includes(report)) {
      throw new AppError('VALIDATION', `只有 ${CONSOLIDATING_REPORTS.join('、')} 可以汇总多个账套`)
    }
    const numbers = { fromNumber: numberOf(values.from, '--from'), toNumber: numberOf(values.to, '--to') }
    const input = { report, ledgerIds: ledgers.map((l) => l.id), ...rangeOf(values.period), accountCode: values.account as string | undefined, ...numbers }
    const written = await callAs(opened, ctx, 'reports.export', input)
    // .pdf: the same workbook, converted by LibreOffice (the page setup of the xlsx decides the pages).
    if (!/\.pdf$/i.test(out)) await saveDownload(opened, ctx, written.download, out)
    else {
      await writePdf(out, (xlsx) => saveDownload(opened, ctx, written.download, xlsx)).catch((e: unknown) => {
        throw e instanceof AppError ? e : cannotWrite(out)
      })
    }
    ctx.out(`已导出 ${written.fileName.replace(/^UnionDesk-|\.xlsx$/g, '')}（${written.rows} 行）到 ${out}`)
  })
}

async function exportJournal(ctx: CliContext, values: ParsedArgs['values']) {
  const out = outPath(values, 'journal')
  await withData(ctx, async (opened) => {
    const ledgers = await ledgersOf(opened, ctx, values.ledger)
    if (ledgers.length !== 1) throw new AppError('VALIDATION', 'journal 一次导出一个账套')
    const written = await callAs(opened, ctx, 'reports.exportJournal', { ledgerId: ledgers[0].id })
    await saveDownload(opened, ctx, written.download, out)
    ctx.out(`已导出 ${ledgers[0].code} 的 ${written.vouchers} 张凭证到 ${out}`)
  })
}

/** Printable workbooks of the books and statements, the 组织台账, and the hledger journal, written where --out says. */
export const exportCommand: Command = {
  usage: USAGE,
  options: {
    year: { type: 'string' },
    out: { type: 'string' },
    ledger: { type: 'string' },
    period: { type: 'string' },
    account: { type: 'string' },
    union: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run(ctx, { values, positionals }) {
    const kind = positionals[0]
    if ((REPORT_KINDS as readonly string[]).includes(kind)) return exportReport(ctx, kind as ReportKind, values)
    if (kind === 'journal') return exportJournal(ctx, values)
    if (kind === 'levy-register') return exportLevyRegister(ctx, values, outPath(values, 'xlsx'), cannotWrite)
    if (kind === 'bank-reconciliation' || kind === 'asset-register') return exportBankOrAssets(ctx, kind, values)
    if ((YEAREND_EXPORTS as readonly string[]).includes(kind)) return exportYearend(ctx, kind as (typeof YEAREND_EXPORTS)[number], values)
    if (kind !== 'budget-execution' && !EXPORT_KINDS.includes(kind as ExportKind)) {
      throw new AppError(
        'VALIDATION',
        `用法：uniondesk export ${[...EXPORT_KINDS, ...REPORT_KINDS, 'journal', 'budget-execution', 'levy-register', 'bank-reconciliation', 'asset-register', ...YEAREND_EXPORTS].join('|')} [选项] --out <文件>`,
      )
    }
    const out = outPath(values, 'xlsx')
    const year = values.year === undefined ? undefined : Number(values.year)
    await withData(ctx, async (opened) => {
      // Both are small enough to come back whole through the router, as the window gets them.
      const { fileName, content } =
        kind === 'budget-execution'
          ? await callAs(opened, ctx, 'budget.exportExecution', { ledgerIds: (await ledgersOf(opened, ctx, values.ledger)).map((l) => l.id), period: String(values.period ?? '') })
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
