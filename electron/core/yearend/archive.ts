import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { reportExportInput, type ReportKind } from '../../shared/contract/reports'
import type { HandlerContext } from '../api/types'
import { convertWith } from '../excel/pdf'
import { printableFile } from '../excel/printable'
import type { LedgerRecord } from '../ledger/access'
import { exportReportToFile } from '../reports/export'
import { attachmentPath } from '../reimbursement/attachments'
import { todayOf } from '../system/time'
import { assertClosed } from './final-figures'
import { finalSheets, textsOf } from './final-accounts'
import { renderSheets } from './files'
import { MANIFEST, type Manifest, type ManifestFile, RETENTION, hashFile } from './manifest'
import { writeVoucherBook } from './voucher-print'

const pad = (m: number) => String(m).padStart(2, '0')

/**
 * 年度归档 of one 账套 and a closed year into `dir` (created empty): vouchers as PDF per month with their
 * 凭证封面, the claims' attachments under their voucher, the books, the monthly 01/02表, the 决算报告, then
 * 清单.xlsx and manifest.json (SHA-256, retention per reference §7.6, what each file is). Progress is
 * reported per file on the core's event bus, as the other heavy exports do.
 */
export async function writeArchive(ctx: HandlerContext, ledger: LedgerRecord, year: number, dir: string, jobId: string): Promise<Manifest> {
  const core = ctx.core
  assertClosed(core, ledger, year)
  mkdirSync(dir, { recursive: true })
  const files: ManifestFile[] = []
  const months = Array.from({ length: 12 }, (_, i) => year * 100 + i + 1).filter((p) => p >= ledger.startPeriod)
  const total = months.length * 3 + 7
  const step = (what: string) => core.events.emit('progress', { jobId, title: `年度归档：${what}`, done: files.length, total, finished: false })
  const add = (path: string, retention: keyof typeof RETENTION, what: string) => files.push({ path, ...hashFile(join(dir, path)), retention: RETENTION[retention], what })
  const place = (path: string) => (mkdirSync(dirname(join(dir, path)), { recursive: true }), join(dir, path))
  const texts = textsOf(core, ledger, year)
  const work = mkdtempSync(join(tmpdir(), 'uniondesk-archive-'))
  try {
    // Vouchers: one workbook per month, all converted by one LibreOffice run.
    step('记账凭证')
    const books: { period: number; xlsx: string; count: number }[] = []
    for (const p of months) {
      const xlsx = join(work, `${p}.xlsx`)
      const count = await writeVoucherBook(core, ledger, { period: p }, xlsx, { head: texts.cover.financeHead, binder: texts.cover.preparer })
      if (count) books.push({ period: p, xlsx, count })
    }
    const pdfs = books.length
      ? await convertWith(
          books.map((b) => b.xlsx),
          'pdf',
          work,
        )
      : []
    books.forEach((b, i) => {
      const path = `凭证/${year}-${pad(b.period % 100)} 记账凭证.pdf`
      copyFileSync(pdfs[i], place(path))
      add(path, 'voucher', `${year}年${b.period % 100}月记账凭证 ${b.count} 张（含凭证封面）`)
    })
    step('原始凭证附件')
    const attachments = core.sqlite
      .prepare(
        `SELECT v.period, v.word, v.number, c.number AS claimNo, a.id, a.file_name AS fileName, a.sha256
         FROM claim_attachments a JOIN claims c ON c.id = a.claim_id JOIN vouchers v ON v.id = c.voucher_id
         WHERE v.ledger_id = ? AND v.period BETWEEN ? AND ? ORDER BY v.period, v.word, v.number, a.id`,
      )
      .all(ledger.id, year * 100 + 1, year * 100 + 12) as { period: number; word: string; number: number; claimNo: string; id: number; fileName: string; sha256: string }[]
    for (const a of attachments) {
      const source = attachmentPath(core.dataDir, a.sha256)
      if (!existsSync(source)) continue
      const path = `附件/${year}-${pad(a.period % 100)}/${a.word}-${String(a.number).padStart(3, '0')}/${a.id}-${a.fileName.replace(/[\\/:*?"<>|]/g, '_')}`
      copyFileSync(source, place(path))
      add(path, 'voucher', `报账单 ${a.claimNo} 的原始凭证附件`)
    }
    const report = async (
      kind: ReportKind,
      path: string,
      retention: keyof typeof RETENTION,
      what: string,
      range: { from: string; to: string; annual?: boolean; accountCode?: string },
    ) => {
      step(what)
      await exportReportToFile(core, [ledger], reportExportInput.parse({ report: kind, ledgerIds: [ledger.id], ...range }), place(path))
      add(path, retention, what)
    }
    const whole = { from: `${year}-${pad(Math.max(ledger.startPeriod, year * 100 + 1) % 100)}`, to: `${year}-12` }
    await report('general-ledger', '账簿/总账.xlsx', 'book', `${year}年总账`, whole)
    await report('detail-ledger', '账簿/明细账.xlsx', 'book', `${year}年明细账（全部科目）`, whole)
    await report('cash-journal', '账簿/现金日记账.xlsx', 'book', `${year}年现金日记账`, whole)
    await report('bank-journal', '账簿/银行存款日记账.xlsx', 'book', `${year}年银行存款日记账`, whole)
    await report('trial-balance', '账簿/科目余额表.xlsx', 'book', `${year}年科目余额表（全年）`, whole)
    for (const p of months) {
      const m = `${year}-${pad(p % 100)}`
      await report('balance-sheet', `报表/${m} 工会01表 资产负债表.xlsx`, 'monthly', `${year}年${p % 100}月工会01表 资产负债表`, { from: m, to: m })
      await report('income-statement', `报表/${m} 工会02表 收入支出表.xlsx`, 'monthly', `${year}年${p % 100}月工会02表 收入支出表`, { from: m, to: m })
    }
    step('决算报告')
    const sheets = finalSheets(ctx, [ledger], year)
    await printableFile(place('决算/决算报告.xlsx'), sheets, ledger.orgName, todayOf(core))
    add('决算/决算报告.xlsx', 'annual', `${year}年度决算报告（含附注、财务情况说明书）`)
    writeFileSync(place('决算/决算报告.pdf'), await renderSheets(sheets, ledger.orgName, todayOf(core), 'pdf'))
    add('决算/决算报告.pdf', 'annual', `${year}年度决算报告 PDF`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  await printableFile(
    join(dir, '清单.xlsx'),
    [
      {
        name: '会计档案清单',
        title: `${year}年度会计档案清单`,
        headers: ['序号', '文件', '内容', '保管期限', '字节数', 'SHA-256'],
        rows: files.map((f, i) => [i + 1, f.path, f.what, f.retention, f.bytes, f.sha256]),
        widths: [6, 44, 40, 10, 12, 66],
        info: `${ledger.code} ${ledger.name}    共 ${files.length} 个文件`,
        footer: [
          '校验：uniondesk archive verify <本文件夹或 zip>；manifest.json 记录同样的内容。',
          '移交人：                接收人：                监交人：                日期：',
        ],
      },
    ],
    ledger.orgName,
    todayOf(core),
  )
  add('清单.xlsx', 'custody', '会计档案清单（保管清册）')
  const manifest: Manifest = {
    format: 'uniondesk-archive/1',
    ledger: { code: ledger.code, name: ledger.name, orgName: ledger.orgName },
    year,
    createdAt: core.now().toISOString(),
    createdBy: ctx.user?.displayName ?? '',
    files,
  }
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 2))
  core.events.emit('progress', { jobId, title: '年度归档', done: total, total, finished: true })
  return manifest
}

export const manifestHash = (dir: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, MANIFEST)))
    .digest('hex')
