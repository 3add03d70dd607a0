import { cpSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { archiveDir } from '../../core/yearend/handlers'
import { verifyArchive, zipFolder } from '../../core/yearend/manifest'
import { AppError } from '../../shared/errors'
import { callAs, withData, type CliContext } from '../context'
import { ledgersOf } from '../ledger-codes'
import type { Command, ParsedArgs } from './types'

/** `uniondesk export budget-table|budget-adjustments|final-accounts` (published names, issue 18). */
export const YEAREND_EXPORTS = ['budget-table', 'budget-adjustments', 'final-accounts'] as const

function yearOf(values: ParsedArgs['values']): number {
  const year = Number(values.year)
  if (!/^\d{4}$/.test(String(values.year ?? ''))) throw new AppError('VALIDATION', '请用 --year YYYY 指定年度')
  return year
}

function outOf(values: ParsedArgs['values']): { out: string; format: 'xlsx' | 'pdf' } {
  if (typeof values.out !== 'string' || !values.out) throw new AppError('VALIDATION', '请用 --out <文件.xlsx|文件.pdf> 指定导出到哪个文件')
  return { out: values.out, format: /\.pdf$/i.test(values.out) ? 'pdf' : 'xlsx' }
}

export async function exportYearend(ctx: CliContext, kind: (typeof YEAREND_EXPORTS)[number], values: ParsedArgs['values']): Promise<void> {
  const year = yearOf(values)
  const { out, format } = outOf(values)
  await withData(ctx, async (opened) => {
    const ledgerIds = (await ledgersOf(opened, ctx, values.ledger)).map((l) => l.id)
    if (kind === 'budget-adjustments' && ledgerIds.length !== 1) throw new AppError('VALIDATION', '预算调整表一次导出一个账套')
    const { fileName, content } =
      kind === 'budget-table'
        ? await callAs(opened, ctx, 'yearend.exportBudgetTable', { ledgerIds, year, format })
        : kind === 'budget-adjustments'
          ? await callAs(opened, ctx, 'yearend.exportBudgetAdjustments', { ledgerId: ledgerIds[0], year, format })
          : await callAs(opened, ctx, 'yearend.exportFinalAccounts', { ledgerIds, year, format })
    try {
      writeFileSync(out, Buffer.from(content, 'base64'))
    } catch {
      throw new AppError('CONFLICT', `不能写入 ${out}：请检查文件夹是否存在、文件是否正在打开`)
    }
    ctx.out(`已导出 ${fileName.replace(/^UnionDesk-|\.(xlsx|pdf)$/g, '')} 到 ${out}`)
  })
}

async function verify(ctx: CliContext, target: string | undefined): Promise<void> {
  if (!target) throw new AppError('VALIDATION', '用法：uniondesk archive verify <文件夹|文件.zip>')
  const r = await verifyArchive(target)
  if (ctx.json) ctx.out(JSON.stringify(r, null, 2))
  else {
    for (const p of r.missing) ctx.out(`缺少：${p}`)
    for (const p of r.extra) ctx.out(`多出：${p}`)
    for (const p of r.changed) ctx.out(`已改动：${p}`)
    ctx.out(r.ok ? `校验通过：${r.checked} 个文件与 manifest.json 一致` : `校验未通过：缺少 ${r.missing.length}、多出 ${r.extra.length}、改动 ${r.changed.length} 个文件`)
  }
  if (!r.ok) throw new AppError('VALIDATION', '会计档案校验未通过')
}

/** `uniondesk archive --ledger <编码> --year YYYY --out <folder|file.zip>` and `uniondesk archive verify <folder|zip>`. */
export const archiveCommand: Command = {
  usage:
    'archive --ledger <编码> --year YYYY --out <文件夹|文件.zip>    年度归档（该年须已年度结账）\n  archive verify <文件夹|文件.zip>    校验归档：有缺少、多出或改动的文件时退出码非 0',
  options: { ledger: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    if (positionals[0] === 'verify') return verify(ctx, positionals[1])
    const year = yearOf(values)
    if (typeof values.out !== 'string' || !values.out) throw new AppError('VALIDATION', '请用 --out <文件夹|文件.zip> 指定归档写到哪里')
    const out = values.out
    await withData(ctx, async (opened) => {
      const [ledger] = await ledgersOf(opened, ctx, values.ledger)
      if (String(values.ledger).includes(',') || values.ledger === 'all') throw new AppError('VALIDATION', '年度归档一次一个账套')
      const result = await callAs(opened, ctx, 'yearend.archive', { ledgerId: ledger.id, year })
      const dir = archiveDir(opened.core.dataDir, ledger, year)
      if (/\.zip$/i.test(out)) await zipFolder(dir, out)
      else {
        if (existsSync(join(out, 'manifest.json'))) throw new AppError('CONFLICT', `${out} 中已有归档，请换一个空文件夹`)
        cpSync(dir, out, { recursive: true })
      }
      ctx.out(`已归档 ${ledger.code} ${year} 年：${result.files} 个文件，写入 ${out}`)
    })
  },
}
