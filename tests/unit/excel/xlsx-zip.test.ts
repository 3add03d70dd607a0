import { createRequire } from 'node:module'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readRows } from '../../../electron/core/excel/sheet'
import { sheetsLast, zipDirectory } from '../../../electron/core/excel/xlsx-zip'

/** The temp-file module exceljs' streaming reader spools a worksheet through when it meets it before the shared strings. */
const tmp = createRequire(createRequire(import.meta.url).resolve('exceljs'))('tmp') as { file: (...args: unknown[]) => void }

async function workbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('凭证')
  sheet.addRow(['日期', '摘要', '借方金额'])
  for (let i = 0; i < rows; i++) sheet.addRow(['2026-01-05', `摘要 ${i + 1}`, i + 0.5])
  book.addWorksheet('说明').addRow(['说明'])
  return Buffer.from(await book.xlsx.writeBuffer())
}

describe('xlsx zip', () => {
  afterEach(() => vi.restoreAllMocks())

  it('hands exceljs the worksheets after the shared strings, byte for byte the same entries, so no sheet is spooled to disk', async () => {
    const content = await workbook(50)
    const names = zipDirectory(content)!.entries.map((e) => e.name)
    // exceljs, like Excel, stores the sheets before the shared strings.
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names.indexOf('xl/sharedStrings.xml'))
    const chunks: Buffer[] = []
    for await (const chunk of sheetsLast(content)) chunks.push(chunk as Buffer)
    const moved = Buffer.concat(chunks)
    expect(moved.length).toBe(content.length)
    // The first mention of a name is its local header: both sheets now come after every other part.
    const at = (name: string) => moved.indexOf(name)
    expect(Math.min(at('xl/worksheets/sheet1.xml'), at('xl/worksheets/sheet2.xml'))).toBeGreaterThan(Math.max(...names.filter((n) => !n.includes('worksheets/')).map(at)))
    const spool = vi.spyOn(tmp, 'file')
    const rows = await readRows(content, ['日期', '摘要'])
    expect(spool).not.toHaveBeenCalled()
    expect(rows.map((r) => [r.rowNumber, r.get('摘要'), r.get('借方金额')]).slice(-2)).toEqual([
      [50, '摘要 49', 48.5],
      [51, '摘要 50', 49.5],
    ])
  })

  it('leaves a file that is not a zip it can read to the reader, which refuses it', async () => {
    const content = await workbook(3)
    expect(zipDirectory(content.subarray(0, content.length - 10))).toBeNull()
    await expect(readRows(content.subarray(0, content.length - 10), ['日期'])).rejects.toThrow(/无法读取该文件/)
  })
})
