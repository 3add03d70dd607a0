import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { PassThrough, type Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import type ExcelJS from 'exceljs'
import { loadExcelJS } from './sheet'

export type PrintValue = string | number | null

/** One printed list: a title, its column headers and rows. */
export interface PrintSheet {
  /** Worksheet tab name (≤ 31 characters, Excel's limit). */
  name: string
  title: string
  headers: string[]
  /** An array, or a generator streaming rows out of SQLite (then give `widths`: they cannot be measured first). */
  rows: Iterable<PrintValue[]>
  /** Statements print portrait, books and lists landscape. */
  orientation?: 'portrait' | 'landscape'
  /** 0-based columns holding amounts in 分: written as 元 numbers with '#,##0.00'. */
  money?: number[]
  /** Of those, the 借/贷 columns where a zero prints blank, as books do. */
  blankZero?: number[]
  widths?: number[]
  /** Expected number of rows when `rows` is a generator, for the progress bar (an estimate is fine). */
  rowCount?: number
  /** Right side of the 编制单位 line instead of the date: 表号, period, 单位：元. */
  info?: string
  /** Lines under the table (notes, the signature line), each merged across. */
  footer?: string[]
}

/** Signature line of printed union statements and books (reference §5.1). */
export const SIGNATURES = '工会主席：                经审会主任：                财务负责人：                制表：'

/** Told every PROGRESS_EVERY rows: data rows written so far, and the expected total (0 = unknown). */
export type OnRows = (done: number, total: number) => void
export const PROGRESS_EVERY = 2000
/** Rows written between two pauses in which the zip and the file catch up and a cancel is noticed. */
const CHUNK_ROWS = 500

export interface WriteOptions {
  onRows?: OnRows
  /** Checked between chunks: an aborted write stops with the signal's reason. */
  signal?: AbortSignal
}

/**
 * Cell styles are shared objects: exceljs caches a style's id by object identity, and a fresh style
 * per cell (what `cell.border = …` makes) costs a full style lookup for every cell of a long book.
 */
const thin = { style: 'thin' as const }
const border = { top: thin, left: thin, bottom: thin, right: thin }
/** Body text in points: with the scale a fitted page may take (MIN_SCALE) it still prints ≥ 9 pt. */
export const BODY_PT = 11
const font = { name: '宋体', size: BODY_PT }
const MONEY_STYLE: Partial<ExcelJS.Style> = { border, font, numFmt: '#,##0.00' }
const TEXT_STYLE: Partial<ExcelJS.Style> = { border, font, alignment: { vertical: 'middle', wrapText: true } }
const HEAD_STYLE: Partial<ExcelJS.Style> = {
  border,
  font: { ...font, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
}

/** Rows above the data: title, 编制单位/date line, column headers; all three repeat on every printed page. */
export const HEADER_ROWS = 3
/** Footer of every printed page (Excel's &P page, &N pages). */
export const PAGE_FOOTER = '第 &P 页 共 &N 页'
/** The smallest scale fitting to the page width may take: 11 pt × 0.82 ≥ 9 pt. */
export const MIN_SCALE = 9 / BODY_PT
/**
 * Printable width of A4 inside the margins below (0.4 in each side), in Excel width units (about 7
 * pixels of 96 per inch, one unit a Latin character): a sheet at most this wide ÷ MIN_SCALE prints ≥ 9 pt.
 */
export const PAGE_UNITS = { portrait: ((210 / 25.4 - 0.8) * 96) / 7, landscape: ((297 / 25.4 - 0.8) * 96) / 7 }

/** Excel widths are in characters of the default font; a CJK character takes two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return width
}

function measuredWidths(sheet: PrintSheet): number[] {
  if (sheet.widths) return sheet.widths
  const rows = Array.isArray(sheet.rows) ? (sheet.rows as PrintValue[][]) : []
  return sheet.headers.map((header, i) => {
    if (sheet.money?.includes(i)) return 16
    const widest = Math.max(displayWidth(header), ...rows.map((r) => displayWidth(r[i] === null ? '' : String(r[i]))))
    return Math.min(Math.max(widest + 2, 6), 60)
  })
}

/**
 * Column widths that print readable: a sheet wider than the page takes at MIN_SCALE gives up width
 * from its widest text columns (their text wraps, it is never cut), down to 8 units each; money keeps its width.
 */
export function columnWidths(sheet: PrintSheet): number[] {
  const widths = [...measuredWidths(sheet)]
  const budget = PAGE_UNITS[sheet.orientation ?? 'landscape'] / MIN_SCALE
  const money = new Set(sheet.money)
  const text = widths.map((_, i) => i).filter((i) => !money.has(i))
  for (let over = widths.reduce((a, b) => a + b, 0) - budget; over > 0.5;) {
    const widest = text.reduce((a, b) => (widths[b] > widths[a] ? b : a), text[0])
    if (widest === undefined || widths[widest] <= 8) break
    const cut = Math.min(over, widths[widest] - 8, Math.max(1, widths[widest] / 4))
    widths[widest] -= cut
    over -= cut
  }
  return widths
}

const widthOf = (widths: number[], from: number, to: number) => widths.slice(from, to + 1).reduce((a, b) => a + b, 0)

/** Widens the last column of a span so the 编制单位 line's text there is never cut. */
function fitText(widths: number[], from: number, to: number, text: string): void {
  const need = displayWidth(text) + 2
  const have = widthOf(widths, from, to)
  if (need > have) widths[to] += need - have
}

/**
 * Columns the 编制单位 line's left part spans: the right part (date, or 表号/period/单位) takes the
 * right half of a report's line, the last column of a list's, and more where its text needs them.
 */
function infoSplit(sheet: PrintSheet, widths: number[], right: string): number {
  const n = widths.length
  let left = sheet.info && n >= 4 ? Math.ceil(n / 2) : n >= 3 ? n - 1 : n
  while (left > 1 && left < n && widthOf(widths, left, n - 1) < displayWidth(right) + 2) left--
  return left
}

/**
 * A workbook a clerk can print as it is: merged title, 编制单位 and date, A4 landscape fitted to the
 * page width, frozen and repeated header row, widths that fit Chinese text. Written with exceljs'
 * streaming writer, so a long register is never held as a full workbook model in memory.
 */
export async function printableWorkbook(sheets: PrintSheet[], org: string, date: string, options: WriteOptions = {}): Promise<Buffer> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  await writePrintable(out, sheets, org, date, options)
  return Buffer.concat(chunks)
}

/**
 * The same workbook streamed into a file as its rows are produced, resolving with the number of data
 * rows once the file is complete. On any failure, a cancel included, the partial file is removed before the error goes on.
 */
export async function printableFile(path: string, sheets: PrintSheet[], org: string, date: string, options: WriteOptions = {}): Promise<number> {
  const out = createWriteStream(path)
  const done = finished(out)
  try {
    const rows = await writePrintable(out, sheets, org, date, options)
    await done
    // A cancel that arrives while the last bytes go out still wins: the caller was told it would.
    options.signal?.throwIfAborted()
    return rows
  } catch (error) {
    done.catch(() => {})
    out.destroy()
    await rm(path, { force: true })
    throw error
  }
}

/** Let the zip and the output stream take what was written, so a long book never piles up in memory. */
async function breathe(out: Writable, signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve))
  if (out.writableNeedDrain) await once(out, 'drain', { signal })
  signal?.throwIfAborted()
}

/**
 * Rows are pulled from the sheets' generators while writing; the pauses between chunks are safe
 * because the generators read SQLite in keyset pages (reports/paging.ts) and hold no statement open.
 */
async function writePrintable(out: Writable, sheets: PrintSheet[], org: string, date: string, { onRows, signal }: WriteOptions): Promise<number> {
  signal?.throwIfAborted()
  let written = 0
  const total = sheets.every((s) => s.rowCount !== undefined || Array.isArray(s.rows)) ? sheets.reduce((n, s) => n + (s.rowCount ?? (s.rows as PrintValue[][]).length), 0) : 0
  const ExcelJS = await loadExcelJS()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true })
  workbook.creator = 'UnionDesk'
  try {
    for (const sheet of sheets) {
      const ws = addSheet(workbook, sheet, org, date)
      const n = sheet.headers.length
      const money = new Set(sheet.money)
      const blank = new Set(sheet.blankZero)
      const styles = sheet.headers.map((_, i) => (money.has(i) ? MONEY_STYLE : TEXT_STYLE))
      for (const values of sheet.rows) {
        const row = ws.addRow(values.map((v, i) => (money.has(i) && typeof v === 'number' ? (v === 0 && blank.has(i) ? null : v / 100) : v)))
        for (let c = 1; c <= n; c++) row.getCell(c).style = styles[c - 1]
        row.commit()
        if (++written % PROGRESS_EVERY === 0) onRows?.(written, Math.max(total, written))
        if (written % CHUNK_ROWS === 0) await breathe(out, signal)
      }
      for (const line of sheet.footer ?? []) {
        const row = ws.addRow([line])
        row.font = font
        ws.mergeCells(row.number, 1, row.number, n)
        row.height = 22
        row.commit()
      }
      ws.commit()
    }
    await workbook.commit()
  } catch (error) {
    // Stop the zip, so nothing more is written after a cancel or a failing row source.
    ;(workbook as unknown as { zip: { abort(): void } }).zip.abort()
    throw error
  }
  return written
}

/** A worksheet with its print setup, title, 编制单位 line and header row, committed. */
function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: PrintSheet, org: string, date: string) {
  const n = sheet.headers.length
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: HEADER_ROWS }],
    pageSetup: {
      paperSize: 9,
      orientation: sheet.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `1:${HEADER_ROWS}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: PAGE_FOOTER },
  })
  // 编制单位 on the left, the date (or 表号, period, 单位) on the right; a narrow list keeps both in one cell.
  const right = sheet.info ?? `日期：${date}`
  const widths = columnWidths(sheet)
  const left = infoSplit(sheet, widths, right)
  if (left < n) {
    fitText(widths, 0, left - 1, `编制单位：${org}`)
    fitText(widths, left, n - 1, right)
  } else fitText(widths, 0, n - 1, `编制单位：${org}    ${right}`)
  ws.columns = widths.map((width) => ({ width }))

  const title = ws.addRow([sheet.title])
  title.height = 28
  title.getCell(1).font = { name: font.name, bold: true, size: 16 }
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' }
  ws.mergeCells(1, 1, 1, n)

  const info = ws.addRow(left < n ? [`编制单位：${org}`, ...Array(left - 1).fill(null), right] : [`编制单位：${org}    ${right}`])
  info.font = font
  if (left > 1) ws.mergeCells(2, 1, 2, left)
  if (left < n - 1) ws.mergeCells(2, left + 1, 2, n)
  if (left < n) info.getCell(left + 1).alignment = { horizontal: 'right' }

  const head = ws.addRow(sheet.headers)
  head.eachCell((cell) => {
    cell.style = HEAD_STYLE
  })
  title.commit()
  info.commit()
  head.commit()
  return ws
}
