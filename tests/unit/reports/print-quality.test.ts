import type { Worksheet } from 'exceljs'
import { describe, expect, it } from 'vitest'
import { BODY_PT, displayWidth, MIN_SCALE, PAGE_FOOTER, PAGE_UNITS } from '../../../electron/core/excel/printable'
import { REPORT_KINDS } from '../../../electron/shared/contract/reports'
import { januaryBooks, office } from '../ledger/ledger-helpers'
import { callAsync, loadWorkbook, registryOffice } from '../registry/registry-helpers'
import { exported } from './report-helpers'

/** Width of columns `from`…`to` (1-based) in Excel units. */
const span = (ws: Worksheet, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ws.getColumn(from + i).width ?? 9).reduce((a, b) => a + b, 0)

/**
 * What 档案 printing needs of every sheet: A4 fitted to the width (no page cut through a column),
 * title/编制单位/header rows repeated, "第 x 页 共 y 页", text ≥ 9 pt after the fitting, and a
 * 编制单位 line whose text fits the cells it is merged over (so it is never clipped).
 */
function expectArchivePrint(ws: Worksheet, label: string) {
  const where = `${label} / ${ws.name}`
  expect(ws.pageSetup, where).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' })
  expect(ws.headerFooter.oddFooter, where).toBe(PAGE_FOOTER)
  expect(PAGE_FOOTER).toBe('第 &P 页 共 &N 页')
  const columns = (ws.getRow(3).values as unknown[]).length - 1
  const width = span(ws, 1, columns)
  // fitToWidth scales by page ÷ sheet width; the smallest text then is BODY_PT × that scale.
  const scale = Math.min(1, PAGE_UNITS[ws.pageSetup.orientation as 'portrait' | 'landscape'] / width)
  expect(scale, `${where}: ${width.toFixed(0)} units wide`).toBeGreaterThanOrEqual(MIN_SCALE - 1e-9)
  expect(BODY_PT * MIN_SCALE).toBeGreaterThanOrEqual(9)
  ws.eachRow((row) => row.eachCell((cell) => expect((cell.font?.size ?? 11) * scale, `${where} ${cell.address} in points on paper`).toBeGreaterThanOrEqual(9 - 1e-9)))
  expect(String(ws.getCell('A2').value), where).toMatch(/^编制单位：/)
  for (const merge of ws.model.merges.filter((m) => /^[A-Z]+2:/.test(m))) {
    const [a, b] = merge.split(':').map((ref) => ws.getCell(ref).fullAddress.col)
    expect(displayWidth(String(ws.getCell(merge.split(':')[0]).value)), `${where} ${merge}`).toBeLessThanOrEqual(span(ws, a, b))
  }
}

describe('printed reports for the 档案 (issue 16 point 9)', () => {
  it('工会01表 and 工会02表 carry 行次 and the full header: 编制单位 = the 账套 unit name, period, 单位：元', async () => {
    const o = office()
    januaryBooks(o)
    o.app.call('ledgers.update', { id: o.ledgerId, name: '某某街道总工会', orgName: '某某街道总工会（本级）' }, o.tokens.kj)
    const balance = (await exported(o, { report: 'balance-sheet' })).workbook.worksheets[0]
    expect(balance.getCell('A2').value).toBe('编制单位：某某街道总工会（本级）')
    expect(balance.getCell('E2').value).toBe('工会01表    2026年1月31日    单位：元')
    expect((balance.getRow(3).values as unknown[]).slice(1)).toEqual(['资产', '行次', '年初余额', '期末余额', '负债和净资产', '行次', '年初余额', '期末余额'])
    expect(balance.pageSetup.orientation).toBe('portrait')
    expectArchivePrint(balance, '工会01表')

    const income = (await exported(o, { report: 'income-statement' })).workbook.worksheets[0]
    expect(income.getCell('A2').value).toBe('编制单位：某某街道总工会（本级）')
    expect(income.getCell('C2').value).toBe('工会02表    2026年1月    单位：元')
    expect((income.getRow(3).values as unknown[]).slice(1)).toEqual(['项目', '行次', '本月数', '本年累计数'])
    const numbers = income.getColumn(2).values.filter((v) => typeof v === 'number')
    expect(numbers).toEqual(numbers.map((_, i) => i + 1))
    expect(income.getCell('A4').value).toMatch(/^一、/)
    expectArchivePrint(income, '工会02表')
  })

  it('every report kind prints fitted to A4 at ≥ 9 pt with repeated headers and page numbers', async () => {
    const o = office()
    januaryBooks(o)
    for (const report of REPORT_KINDS) {
      const accountCode = report === 'multi-column' ? '501' : undefined
      const { workbook } = await exported(o, { report, ...(accountCode ? { accountCode } : {}) })
      for (const ws of workbook.worksheets) expectArchivePrint(ws, report)
    }
  })

  it('the registry lists and the scorecard (考核) print the same way, the widest list landscape', async () => {
    const o = registryOffice()
    const x = o.xiaoerji('XEJ01', { form: 'building', hasPremises: true, accountingMode: 'independent', certTo: '2027-01-10' })
    o.survey(x, 2026, { workers: 1000, members: 849 })
    o.enterprise('上海某某科技有限公司', 2026, { workers: 120, xiaoerjiId: x, hasUnion: true })
    for (const kind of ['registry', 'unions', 'enterprises', 'scorecard']) {
      const res = await callAsync(o.app, 'registry.export', { kind, year: 2026 }, o.viewer)
      if (!res.ok) throw new Error(res.error.message)
      const workbook = await loadWorkbook((res.data as { content: string }).content)
      for (const ws of workbook.worksheets) expectArchivePrint(ws, kind)
    }
  })
})
