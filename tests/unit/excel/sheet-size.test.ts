import ExcelJS from 'exceljs'
import WorkbookReader from 'exceljs/lib/stream/xlsx/workbook-reader.js'
import JSZip from 'jszip'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readRows } from '../../../electron/core/excel/sheet'
import { callAsync } from '../ledger/import-helpers'
import { office } from '../ledger/ledger-helpers'

const HEADER = ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额']
const row = (i: number) => ['2026-01-05', '记', i + 1, `收取会费 ${i + 1}`, '102', 100, null]

/** A small workbook as Excel saves it (with a <dimension>), its dimension then set to `ref`. */
async function withDimension(ref: string, rows: number, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('凭证')
  sheet.addRow(HEADER)
  for (let i = 0; i < rows; i++) sheet.addRow(row(i))
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer())
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
  expect(xml).toMatch(/<dimension ref="A1:G\d+"\/>/)
  zip.file('xl/worksheets/sheet1.xml', xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`))
  return zip.generateAsync({ type: 'nodebuffer', compression })
}

/** A workbook from a streaming writer (ours, other systems' exports): no <dimension> at all. */
async function streamed(rows: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  const { PassThrough } = await import('node:stream')
  const out = new PassThrough().on('data', (c: Buffer) => chunks.push(c))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true })
  const sheet = workbook.addWorksheet('凭证')
  sheet.addRow(HEADER).commit()
  for (let i = 0; i < rows; i++) sheet.addRow(row(i)).commit()
  await workbook.commit()
  return Buffer.concat(chunks)
}

/** Whether exceljs' reader was asked to read the file at all. */
const readerSpy = () => vi.spyOn(WorkbookReader.prototype, 'parse')

describe('import size refused up front', () => {
  afterEach(() => vi.restoreAllMocks())

  it('refuses a sheet whose dimension says 400,001 rows before reading any row, with the limit and the split advice', async () => {
    const content = await withDimension('A1:G400001', 3)
    const reader = readerSpy()
    await expect(readRows(content, ['日期'])).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^文件超过 100,000 行数据（工作表共 400,001 行），单次导入上限为 100,000 行.*请按期间拆分为几个文件分别导入；未导入任何数据$/),
    })
    expect(reader).not.toHaveBeenCalled()
    // A stored (uncompressed) sheet is read the same way.
    await expect(readRows(await withDimension('A1:G400001', 3, 'STORE'), ['日期'])).rejects.toThrow(/工作表共 400,001 行/)
  })

  it('takes a sheet whose dimension fits, and still counts rows as it reads when the dimension understates them', async () => {
    expect(await readRows(await withDimension('A1:G4', 3), ['日期'], 3)).toHaveLength(3)
    // A writer that puts "A1" whatever the size: the reader's own count still stops the file.
    await expect(readRows(await withDimension('A1', 3), ['日期'], 2)).rejects.toThrow(/^文件超过 2 行数据，单次导入上限为 2 行/)
  })

  it('counts the rows of a sheet without a dimension before reading them, and refuses only past the limit', async () => {
    const content = await streamed(60)
    expect((await JSZip.loadAsync(content)).file('xl/worksheets/sheet1.xml')).toBeTruthy()
    const reader = readerSpy()
    // 60 data rows + the header against a limit of 50 (+ the 5 rows a header may sit under).
    await expect(readRows(content, ['日期'], 50)).rejects.toThrow(/^文件超过 50 行数据，单次导入上限为 50 行/)
    expect(reader).not.toHaveBeenCalled()
    expect(await readRows(content, ['日期'], 60)).toHaveLength(60)
    expect(reader).toHaveBeenCalledOnce()
  })

  it('answers a voucher import of such a file with the size refusal and writes nothing', async () => {
    const o = office()
    const content = (await withDimension('A1:G400001', 3)).toString('base64')
    const res = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'big.xlsx', content }, o.tokens.kj)
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('（工作表共 400,001 行），单次导入上限为 100,000 行') } })
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).rows).toEqual([])
  })
})
