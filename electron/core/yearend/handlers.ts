/**
 * yearend/: the year's paper trail from budget to archive (issue 18) — 工会经费收支预算表 and 预算调整表,
 * the 决算报告 of a closed year with its 附注 and 财务情况说明书, 凭证批量打印, and the sealed 年度归档.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { MethodName } from '../../shared/contract'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { parsePeriodText } from '../../shared/ledger-terms'
import { prepared, type HandlerContext, type HandlerMap } from '../api/types'
import { exportFiles } from '../excel/export-files'
import { convertWith } from '../excel/pdf'
import { ledgerFor, type LedgerRecord } from '../ledger/access'
import { todayOf } from '../system/time'
import { budgetLedger } from '../budget/access'
import { writeArchive, manifestHash } from './archive'
import { budgetTableOf } from './budget-table'
import { adjustmentSheet, budgetTableSheets } from './budget-sheets'
import { renderSheets } from './files'
import { assertClosed, assertHasYear, assertNotSealed, openMonths, sealedAt, yearClosed } from './final-figures'
import { finalData, finalSheets } from './final-accounts'
import { zipFolder } from './manifest'
import { writeVoucherBook } from './voucher-print'

type YearendMethod = Extract<MethodName, `yearend.${string}`>
type File = { fileName: string; content: string }

const budgetLedgers = (ctx: HandlerContext, ids: number[]) => [...new Set(ids)].map((id) => budgetLedger(ctx, id, 'read'))
const readLedgers = (ctx: HandlerContext, ids: number[]) => [...new Set(ids)].map((id) => ledgerFor(ctx, id, LEDGER_READERS))
const codeOf = (ledgers: LedgerRecord[]) => (ledgers.length > 1 ? '汇总' : ledgers[0].code)
const asFile = (_ctx: HandlerContext, _input: unknown, f: { buffer: Buffer; fileName: string }): File => ({ fileName: f.fileName, content: f.buffer.toString('base64') })

/** Where the office keeps a year's archive folder; sealing reads its manifest. */
export const archiveDir = (dataDir: string, ledger: { code: string }, year: number) => join(dataDir, 'archives', `${ledger.code}-${year}`)

function statusOf(ctx: HandlerContext, ledger: LedgerRecord, year: number) {
  const row = ctx.core.sqlite
    .prepare(
      'SELECT a.sealed_at AS sealedAt, u.display_name AS sealedBy, a.files, a.manifest_sha256 AS manifestSha256 FROM year_archives a JOIN users u ON u.id = a.sealed_by WHERE a.ledger_id = ? AND a.year = ?',
    )
    .get(ledger.id, year) as { sealedAt: string; sealedBy: string; files: number; manifestSha256: string } | undefined
  return { ledgerId: ledger.id, year, sealedAt: row?.sealedAt ?? null, sealedBy: row?.sealedBy ?? null, files: row?.files ?? 0, manifestSha256: row?.manifestSha256 ?? null }
}

export const yearendHandlers: HandlerMap<YearendMethod> = {
  'yearend.budgetTable': (ctx, { ledgerIds, year }) => budgetTableOf(ctx.core, budgetLedgers(ctx, ledgerIds), year),

  'yearend.exportBudgetTable': prepared<'yearend.exportBudgetTable', { buffer: Buffer; fileName: string }>(async (ctx, { ledgerIds, year, format }) => {
    const table = budgetTableOf(ctx.core, budgetLedgers(ctx, ledgerIds), year)
    const buffer = await renderSheets(budgetTableSheets(table), table.orgName, todayOf(ctx.core), format)
    return { buffer, fileName: `UnionDesk-${table.title}-${table.ledgers.length > 1 ? '汇总' : table.ledgers[0].code}-${year}.${format}` }
  }, asFile),

  'yearend.exportBudgetAdjustments': prepared<'yearend.exportBudgetAdjustments', { buffer: Buffer; fileName: string }>(async (ctx, { ledgerId, year, format }) => {
    const ledger = budgetLedger(ctx, ledgerId, 'read')
    const buffer = await renderSheets([adjustmentSheet(ctx.core, ledger, year)], ledger.orgName, todayOf(ctx.core), format)
    return { buffer, fileName: `UnionDesk-预算调整表-${ledger.code}-${year}.${format}` }
  }, asFile),

  'yearend.finalAccounts': (ctx, { ledgerId, year }) => {
    const ledger = ledgerFor(ctx, ledgerId, LEDGER_READERS)
    assertHasYear(ledger, year)
    const closed = yearClosed(ctx.core, ledger.id, year)
    const base = { ledgerId, year, closed, openMonths: closed ? [] : openMonths(ctx.core, ledger, year), sealed: Boolean(sealedAt(ctx.core, ledger.id, year)) }
    const { figures, texts, draft } = finalData(ctx, [ledger], year)
    return { ...base, figures, texts, draft }
  },

  'yearend.saveTexts': (ctx, { ledgerId, year, texts }) => {
    const ledger = ledgerFor(ctx, ledgerId, ['accountant'])
    assertNotSealed(ctx.core, ledger, year)
    ctx.core.sqlite
      .prepare(
        `INSERT INTO final_account_texts (ledger_id, year, texts, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (ledger_id, year) DO UPDATE SET texts = excluded.texts, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(ledger.id, year, JSON.stringify(texts), ctx.user!.id, ctx.core.now().toISOString())
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `保存 ${ledger.code} ${year} 年决算附注和财务情况说明书`
    return { ok: true as const }
  },

  'yearend.exportFinalAccounts': prepared<'yearend.exportFinalAccounts', { buffer: Buffer; fileName: string }>(async (ctx, { ledgerIds, year, format }) => {
    const ledgers = readLedgers(ctx, ledgerIds)
    for (const l of ledgers) {
      assertClosed(ctx.core, l, year)
      assertNotSealed(ctx.core, l, year)
    }
    const org = ledgers.length > 1 ? `${ledgers[0].orgName}（汇总）` : ledgers[0].orgName
    const buffer = await renderSheets(finalSheets(ctx, ledgers, year), org, todayOf(ctx.core), format)
    return { buffer, fileName: `UnionDesk-决算报告-${codeOf(ledgers)}-${year}.${format}` }
  }, asFile),

  'yearend.printVouchers': prepared<'yearend.printVouchers', { buffer: Buffer; fileName: string }>(async (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    if (input.fromNumber && input.toNumber && input.fromNumber > input.toNumber)
      throw new AppError('VALIDATION', '起始凭证号不能大于截止凭证号', { fields: { fromNumber: '起始凭证号大于截止凭证号' } })
    const dir = mkdtempSync(join(ctx.core.dataDir, 'print-'))
    try {
      const xlsx = join(dir, '记账凭证.xlsx')
      const count = await writeVoucherBook(ctx.core, ledger, { period: parsePeriodText(input.period), fromNumber: input.fromNumber, toNumber: input.toNumber }, xlsx)
      if (!count) throw new AppError('NOT_FOUND', `${input.period} 没有符合条件的已记账凭证`)
      const buffer = input.format === 'pdf' ? await renderPdf(xlsx, dir) : readFileSync(xlsx)
      const range = input.fromNumber || input.toNumber ? `-${input.fromNumber ?? 1}至${input.toNumber ?? '末'}号` : ''
      return { buffer, fileName: `UnionDesk-记账凭证-${ledger.code}-${input.period}${range}.${input.format}` }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, asFile),

  'yearend.archiveStatus': (ctx, { ledgerId, year }) => statusOf(ctx, ledgerFor(ctx, ledgerId, LEDGER_READERS), year),

  'yearend.archive': prepared<'yearend.archive', { fileName: string; download: string; files: number; bytes: number }>(
    async (ctx, { ledgerId, year, jobId }) => {
      const ledger = ledgerFor(ctx, ledgerId, ['accountant', 'admin'])
      assertClosed(ctx.core, ledger, year)
      const dir = archiveDir(ctx.core.dataDir, ledger, year)
      // A sealed archive is handed out as it was sealed, never rewritten.
      if (!sealedAt(ctx.core, ledger.id, year) || !existsSync(dir)) {
        rmSync(dir, { recursive: true, force: true })
        await writeArchive(ctx, ledger, year, dir, jobId ?? randomUUID())
      }
      const files = exportFiles(ctx.core)
      const job = files.start(randomUUID(), ctx.user!.id)
      try {
        await zipFolder(dir, job.path)
        const fileName = `UnionDesk-会计档案-${ledger.code}-${year}.zip`
        const { files: count } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: unknown[] }
        return { fileName, files: count.length, bytes: statSync(job.path).size, download: files.publish(job.path, fileName, ctx.user!.id) }
      } finally {
        job.done()
      }
    },
    (_ctx, _input, result) => result,
  ),

  'yearend.seal': (ctx, { ledgerId, year }) => {
    const ledger = ledgerFor(ctx, ledgerId, ['accountant', 'admin'])
    assertClosed(ctx.core, ledger, year)
    if (sealedAt(ctx.core, ledger.id, year)) throw new AppError('CONFLICT', `${ledger.code} 的 ${year} 年会计档案已经封存`)
    const dir = archiveDir(ctx.core.dataDir, ledger, year)
    if (!existsSync(join(dir, 'manifest.json'))) throw new AppError('CONFLICT', `请先生成 ${year} 年的年度归档，再封存`)
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: unknown[] }
    const hash = manifestHash(dir)
    ctx.core.sqlite
      .prepare('INSERT INTO year_archives (ledger_id, year, files, manifest_sha256, sealed_by, sealed_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(ledger.id, year, manifest.files.length, hash, ctx.user!.id, ctx.core.now().toISOString())
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `封存 ${ledger.code} ${year} 年会计档案（${manifest.files.length} 个文件，manifest SHA-256 ${hash.slice(0, 16)}…）`
    return statusOf(ctx, ledger, year)
  },

  'yearend.unseal': (ctx, { ledgerId, year, reason }) => {
    const ledger = ledgerFor(ctx, ledgerId, ['admin'])
    if (!sealedAt(ctx.core, ledger.id, year)) throw new AppError('CONFLICT', `${ledger.code} 的 ${year} 年会计档案未封存`)
    ctx.core.sqlite.prepare('DELETE FROM year_archives WHERE ledger_id = ? AND year = ?').run(ledger.id, year)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `解除 ${ledger.code} ${year} 年会计档案封存，原因：${reason}`
    return statusOf(ctx, ledger, year)
  },
}

async function renderPdf(xlsx: string, dir: string): Promise<Buffer> {
  const [pdf] = await convertWith([xlsx], 'pdf', dir)
  return readFileSync(pdf)
}
