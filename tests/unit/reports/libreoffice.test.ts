import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportFiles } from '../../../electron/core/excel/export-files'
import { convertWith, sofficeAvailable } from '../../../electron/core/excel/pdf'
import { REPORT_KINDS } from '../../../electron/shared/contract/reports'
import { tempDir } from '../helpers'
import { januaryBooks, office } from '../ledger/ledger-helpers'
import { callAsync } from '../registry/registry-helpers'
import { pdfPages } from '../../e2e/pdf-text'

const soffice = sofficeAvailable()
if (!soffice) console.warn('跳过 LibreOffice 检查：找不到 soffice（Debian：apt-get install libreoffice-calc-nogui；scripts/setup.sh 会安装）')

/**
 * Issue item 9: every report export, and a registry export, opens in LibreOffice and converts to PDF
 * without error, so the workbooks are valid beyond what exceljs reads back. One soffice run for all.
 */
describe.skipIf(!soffice)('LibreOffice headless converts every export', () => {
  it('converts the ten reports and a registry list to PDF', { timeout: 180_000 }, async () => {
    const o = office()
    januaryBooks(o)
    const dir = tempDir()
    const me = o.app.call('auth.me', {}, o.tokens.kj) as { id: number }
    const files: string[] = []
    for (const report of REPORT_KINDS) {
      const accountCode = report === 'multi-column' ? '501' : undefined
      const res = await callAsync(o.app, 'reports.export', { report, ledgerIds: [o.ledgerId], from: '2026-01', to: '2026-01', accountCode }, o.tokens.kj)
      if (!res.ok) throw new Error(`${report}: ${res.error.message}`)
      const file = exportFiles(o.app.core).take((res.data as { download: string }).download, me.id)!
      files.push(join(dir, `${report}.xlsx`))
      writeFileSync(files.at(-1)!, readFileSync(file.path))
    }
    for (const kind of ['unions', 'scorecard']) {
      const registry = await callAsync(o.app, 'registry.export', { kind, year: 2026 }, o.app.adminToken)
      if (!registry.ok) throw new Error(registry.error.message)
      files.push(join(dir, `registry-${kind}.xlsx`))
      writeFileSync(files.at(-1)!, Buffer.from((registry.data as { content: string }).content, 'base64'))
    }

    const started = performance.now()
    const pdfs = await convertWith(files, 'pdf', dir)
    console.log(`LibreOffice: ${files.length} workbooks → PDF in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    for (const pdf of pdfs) expect(readFileSync(pdf).subarray(0, 5).toString('latin1'), pdf).toBe('%PDF-')

    // Issue 16 point 9, as printed: the full header, 行次, the page footer; the registry landscape.
    const printed = async (name: string) => pdfPages(readFileSync(pdfs[files.findIndex((f) => f.endsWith(`${name}.xlsx`))]))
    for (const [name, tableNo] of [
      ['balance-sheet', '工会01表'],
      ['income-statement', '工会02表'],
    ]) {
      const [page] = await printed(name)
      for (const text of ['编制单位：某某街道总工会', tableNo, '单位：元', '行次', '第 1 页 共 1 页']) expect(page.text, `${name}: ${text}`).toContain(text)
      expect([page.widthMm, page.heightMm], name).toEqual([210, 297])
    }
    for (const name of ['registry-unions', 'registry-scorecard']) {
      const pages = await printed(name)
      pages.forEach((page, i) => {
        expect([page.widthMm, page.heightMm], name).toEqual([297, 210])
        expect(page.text, name).toMatch(/编制单位：.+工会编码|编制单位：.+小二级/)
        expect(page.text, name).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`)
      })
    }
  })

  it('fails on a workbook LibreOffice cannot read', { timeout: 60_000 }, async () => {
    const dir = tempDir()
    const broken = join(dir, 'broken.xlsx')
    writeFileSync(broken, 'PK not really a zip')
    await expect(convertWith([broken], 'pdf', dir)).rejects.toThrow('LibreOffice 未能转换 broken.xlsx')
  })
})
