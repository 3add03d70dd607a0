// excel/: workbooks in and out, shared by every domain — reading an upload's rows (this file), import
// row problems and upload checks (problems.ts), templates (templates.ts), printable streamed exports
// (printable.ts), export files and jobs (export-files.ts) and PDF through LibreOffice (pdf.ts).
import type ExcelJS from 'exceljs'
import { AppError } from '../../shared/errors'
import { parseYuanToFen } from '../../shared/money'
import { rowsOverLimit } from './sheet-size'
import { sheetsLast } from './xlsx-zip'

export type Cell = ExcelJS.CellValue

export interface SheetRow {
  /** The row number the user sees in Excel, for error reports. */
  rowNumber: number
  get(header: string): Cell
}

/** exceljs, loaded on first use: it costs ≈ 0.2 s to load, and most CLI commands and an idle server never need it. */
export const loadExcelJS = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default

/**
 * Only exceljs' streaming reader, for imports: the package root also loads its writers, archiver, CSV and
 * jszip — ≈ 0.25 s against ≈ 0.1 s on the loaded 2-core machine, paid by each import's worker thread.
 */
export const loadWorkbookReader = async (): Promise<typeof ExcelJS.stream.xlsx.WorkbookReader> => (await import('exceljs/lib/stream/xlsx/workbook-reader.js')).default

/** The most data rows one import takes: beyond it the file is refused before anything is written. */
export const MAX_IMPORT_ROWS = 100_000

/** How far down a header row may stand: our printed exports put a title and 编制单位 above it. */
const HEADER_SEARCH_ROWS = 5

/**
 * The first worksheet's rows keyed by the header row's texts (row 1 in a template, lower in a
 * printed export). Missing required columns stop the import before anything else is looked at;
 * fully empty rows are skipped. Read with exceljs' streaming reader and kept as bare value arrays,
 * so memory follows the cell values, not exceljs' object model of the whole workbook.
 */
export async function readRows(content: Buffer, required: string[], maxRows = MAX_IMPORT_ROWS): Promise<SheetRow[]> {
  // Refused up front when the sheet says (or a quick count shows) it is too big; the count below stays for sheets that hide it.
  const over = await rowsOverLimit(content, maxRows + HEADER_SEARCH_ROWS)
  if (over) throw tooManyRows(maxRows, over.rows)
  const WorkbookReader = await loadWorkbookReader()
  const reader = new WorkbookReader(sheetsLast(content), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // number formats tell a date cell from a number
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  const rows: SheetRow[] = []
  const top: Cell[][] = []
  let columns: Map<string, number> | null = null
  let sheets = 0
  try {
    for await (const sheet of reader) {
      if (sheets++ > 0) break
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as Cell[]
        if (!columns) {
          top[row.number] = values
          if (row.number > HEADER_SEARCH_ROWS) break
          columns = headerOf(values, required)
          continue
        }
        if (!values.some((v) => cellText(v) !== '')) continue
        if (rows.length >= maxRows) throw tooManyRows(maxRows)
        const at = columns
        rows.push({ rowNumber: row.number, get: (header) => (at.has(header) ? (values[at.get(header)!] ?? null) : null) })
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('VALIDATION', '无法读取该文件：请上传 Excel 2007 及以上版本的 .xlsx 文件')
  }
  if (!sheets) throw new AppError('VALIDATION', '文件中没有工作表')
  if (!columns) {
    const first = new Set((top.find(Boolean) ?? []).map((v) => cellText(v)))
    const missing = required.filter((h) => !first.has(h))
    throw new AppError('VALIDATION', `第 1 行缺少列：${missing.join('、')}。请使用系统提供的导入模板`)
  }
  if (!rows.length) throw new AppError('VALIDATION', '文件中没有数据行')
  return rows
}

/** `sheetRows`: the worksheet's own row count, header included, when it says it. */
function tooManyRows(maxRows: number, sheetRows?: number): AppError {
  const limit = maxRows.toLocaleString('en-US')
  const count = sheetRows === undefined ? '' : `（工作表共 ${sheetRows.toLocaleString('en-US')} 行）`
  return new AppError(
    'VALIDATION',
    `文件超过 ${limit} 行数据${count}，单次导入上限为 ${limit} 行（约 ${(maxRows / 2).toLocaleString('en-US')} 张两行的凭证）。请按期间拆分为几个文件分别导入；未导入任何数据`,
  )
}

/** A header row has every required column; a template has it in row 1. */
function headerOf(values: Cell[], required: string[]): Map<string, number> | null {
  const columns = new Map<string, number>()
  values.forEach((v, col) => {
    const text = cellText(v)
    if (text && !columns.has(text)) columns.set(text, col)
  })
  return required.every((h) => columns.has(h)) ? columns : null
}

/** Text of any cell kind (rich text, formula result, hyperlink), trimmed. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return dateText(value)
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim()
    if ('result' in value) return cellText(value.result as Cell)
    if ('text' in value) return String(value.text).trim()
    return ''
  }
  return String(value).trim()
}

/** Excel dates arrive as UTC midnights; a text date may be 2026-01-05 or 2026/1/5. */
function dateText(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`
}

export function cellDate(value: Cell): string | null {
  const text = cellText(value)
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return dateText(date)
}

/**
 * Money as 分. A numeric cell goes through its shortest decimal text (String(1234.56) is
 * "1234.56"), never through arithmetic; more than two decimals is an error, not a rounding.
 * Empty is 0; null means "not an amount".
 */
export function cellFen(value: Cell): number | null {
  const text = cellText(value)
  return text === '' ? 0 : parseYuanToFen(text)
}

export interface TemplateColumn {
  header: string
  width: number
  note: string
}

export interface TemplateSpec {
  fileName: string
  title: string
  columns: TemplateColumn[]
  examples: (string | number)[][]
}

/** An import template: the header row the importer expects, example rows, and a 说明 sheet. */
export async function templateWorkbook({ title, columns, examples }: TemplateSpec): Promise<Buffer> {
  const ExcelJS = await loadExcelJS()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'UnionDesk'
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
  for (const row of examples) sheet.addRow(row)
  const help = workbook.addWorksheet('说明')
  help.columns = [
    { header: '列', width: 14 },
    { header: '填写说明', width: 80 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of columns) help.addRow([c.header, c.note])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
