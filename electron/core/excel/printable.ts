import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'

export type PrintValue = string | number | null

/** One printed list: a title, its column headers and rows. */
export interface PrintSheet {
  /** Worksheet tab name (≤ 31 characters, Excel's limit). */
  name: string
  title: string
  headers: string[]
  rows: PrintValue[][]
}

/** Rows above the data: title, 编制单位/date line, column headers. */
export const HEADER_ROWS = 3

/** Excel widths are in characters of the default font; a CJK character takes two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return width
}

function columnWidths(sheet: PrintSheet): number[] {
  return sheet.headers.map((header, i) => {
    const widest = Math.max(displayWidth(header), ...sheet.rows.map((r) => displayWidth(r[i] === null ? '' : String(r[i]))))
    return Math.min(Math.max(widest + 2, 6), 60)
  })
}

const thin = { style: 'thin' as const }
const border = { top: thin, left: thin, bottom: thin, right: thin }

/**
 * A workbook a clerk can print as it is: merged title, 编制单位 and date, A4 landscape fitted to the
 * page width, frozen and repeated header row, widths that fit Chinese text. Written with exceljs'
 * streaming writer, so a long register is never held as a full workbook model in memory.
 */
export async function printableWorkbook(sheets: PrintSheet[], org: string, date: string): Promise<Buffer> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true })
  workbook.creator = 'UnionDesk'
  for (const sheet of sheets) {
    const n = sheet.headers.length
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: HEADER_ROWS }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        printTitlesRow: `${HEADER_ROWS}:${HEADER_ROWS}`,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    })
    ws.columns = columnWidths(sheet).map((width) => ({ width }))

    const title = ws.addRow([sheet.title])
    title.height = 28
    title.getCell(1).font = { bold: true, size: 16 }
    title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' }
    ws.mergeCells(1, 1, 1, n)

    // 编制单位 on the left, the date on the right; a narrow list keeps both in one cell.
    const split = n >= 3 ? n - 1 : n
    const info = ws.addRow(split < n ? [`编制单位：${org}`, ...Array(split - 1).fill(null), `日期：${date}`] : [`编制单位：${org}    日期：${date}`])
    if (split > 1) ws.mergeCells(2, 1, 2, split)
    if (split < n) info.getCell(n).alignment = { horizontal: 'right' }

    const head = ws.addRow(sheet.headers)
    head.eachCell((cell) => {
      cell.font = { bold: true }
      cell.border = border
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    })
    title.commit()
    info.commit()
    head.commit()
    for (const values of sheet.rows) {
      const row = ws.addRow(values)
      for (let c = 1; c <= n; c++) {
        row.getCell(c).border = border
        row.getCell(c).alignment = { vertical: 'middle', wrapText: true }
      }
      row.commit()
    }
    ws.commit()
  }
  await workbook.commit()
  return Buffer.concat(chunks)
}
