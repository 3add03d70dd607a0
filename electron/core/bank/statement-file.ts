import type ExcelJS from 'exceljs'
import { STATEMENT_FIELD_LABELS, type StatementField } from '../../shared/contract/bank'
import { AppError } from '../../shared/errors'
import { cellDate, cellFen, cellText, loadExcelJS, type Cell } from '../excel/sheet'
import { RowProblems } from '../excel/problems'

/** Header texts recognised without a saved mapping (the published list, plus common variants). */
const DEFAULT_HEADERS: Record<StatementField, string[]> = {
  date: ['交易日期', '记账日期', '交易时间'],
  summary: ['摘要', '用途', '附言'],
  // 借方发生额 is the account's 收入 in the layout the issue names (收入/借方发生额, 支出/贷方发生额).
  moneyIn: ['收入金额', '借方发生额', '收入'],
  moneyOut: ['支出金额', '贷方发生额', '支出'],
  amount: ['交易金额', '金额'],
  balance: ['余额', '账户余额'],
  counterName: ['对方户名', '对方账户名称', '对方名称'],
  counterAccount: ['对方账号', '对方账户'],
  serial: ['交易流水号', '流水号', '凭证号', '结算号'],
}
const HEADER_SEARCH_ROWS = 15

export interface StatementLine {
  rowNumber: number
  date: string
  summary: string
  moneyIn: number
  moneyOut: number
  balance: number | null
  counterName: string | null
  counterAccount: string | null
  serial: string | null
}

/** The first sheet of an .xlsx, or a .csv (UTF-8 or the GBK most Chinese banks write), as rows of cells. */
export async function statementGrid(fileName: string, bytes: Buffer): Promise<Cell[][]> {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    const workbook = new (await loadExcelJS()).Workbook()
    try {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
    } catch {
      throw new AppError('VALIDATION', '无法读取该文件：请上传 .xlsx 或 .csv 格式的对账单')
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new AppError('VALIDATION', '文件中没有工作表')
    const grid: Cell[][] = []
    sheet.eachRow({ includeEmpty: true }, (row, n) => (grid[n - 1] = (row.values as Cell[]).slice(1)))
    return Array.from(grid, (r) => r ?? [])
  }
  if (!/\.csv$/i.test(fileName)) throw new AppError('VALIDATION', '对账单须为 .xlsx 或 .csv 文件')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('gbk').decode(bytes)
  }
  return parseCsv(text.replace(/^\uFEFF/, ''))
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Bank tabs and ="…" wrappers are unwrapped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows.map((r) =>
    r.map((f) =>
      f
        .replace(/^=?"?|"$/g, (m) => (m === '=' || m === '="' ? '' : m))
        .replace(/\t/g, '')
        .trim(),
    ),
  )
}

/** 20260105, 2026-01-05 10:23:11 and Excel dates all become 2026-01-05; null when impossible. */
function statementDate(value: Cell): string | null {
  const t = cellText(value).replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '')
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t)
  return cellDate(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : t)
}

export interface ParsedStatement {
  lines: StatementLine[]
  /** Account numbers the file states for itself (above the header or in a 本方账号 column). */
  ownNumbers: string[]
}

/**
 * Finds the header row (the first with the date column and an amount column), maps columns by the
 * saved mapping or the default names, and reads every row; every bad cell is reported with its row
 * and column, and nothing is returned unless all rows are good.
 */
export function parseStatement(grid: Cell[][], mapping: Partial<Record<StatementField, string>> | null): ParsedStatement {
  const candidates = (f: StatementField) => (mapping ? (mapping[f] ? [mapping[f]!] : []) : DEFAULT_HEADERS[f])
  let headerAt = -1
  let columns = new Map<StatementField, number>()
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS) && headerAt < 0; r++) {
    const texts = grid[r].map((c) => cellText(c))
    const found = new Map<StatementField, number>()
    for (const f of Object.keys(DEFAULT_HEADERS) as StatementField[]) {
      const at = texts.findIndex((t) => candidates(f).includes(t))
      if (at >= 0) found.set(f, at)
    }
    if (found.has('date') && (found.has('amount') || found.has('moneyIn') || found.has('moneyOut'))) [headerAt, columns] = [r, found]
  }
  if (headerAt < 0) {
    const wanted = mapping ? Object.values(mapping).filter(Boolean).join('、') : '交易日期、摘要、收入金额、支出金额、余额（或借方发生额/贷方发生额）'
    throw new AppError('VALIDATION', `在文件前 ${HEADER_SEARCH_ROWS} 行中没有找到对账单的表头（需要列：${wanted}）。请检查文件，或为该银行保存一个列对应`, {
      fields: { 表头: '未找到交易日期和金额列' },
    })
  }
  if (columns.has('amount') && (columns.has('moneyIn') || columns.has('moneyOut'))) columns.delete('amount')
  const ownNumbers = grid
    .slice(0, headerAt)
    .flatMap(
      (r) =>
        r
          .map((c) => cellText(c))
          .join(' ')
          .match(/账号[:：]?\s*([0-9*][0-9*\s-]{5,})/g) ?? [],
    )
    .map((m) => m.replace(/^账号[:：]?/, '').replace(/[\s-]/g, ''))
  const header = grid[headerAt].map((c) => cellText(c))
  const ownColumn = header.findIndex((t) => t === '本方账号' || t === '账号')
  const problems = new RowProblems()
  const lines: StatementLine[] = []
  const get = (row: Cell[], f: StatementField) => (columns.has(f) ? (row[columns.get(f)!] ?? null) : null)
  grid.slice(headerAt + 1).forEach((row, i) => {
    const rowNumber = headerAt + i + 2
    if (!row.some((c) => cellText(c) !== '')) return
    const dateText = cellText(get(row, 'date'))
    if (/合计|总计|小计/.test(row.map((c) => cellText(c)).join(''))) return
    const at = (f: StatementField) => `“${header[columns.get(f)!] || STATEMENT_FIELD_LABELS[f]}”列`
    const date = statementDate(get(row, 'date'))
    if (!date) problems.add(rowNumber, dateText ? `${at('date')}“${dateText}”不是有效日期` : `${at('date')}为空`)
    const money = (f: StatementField): number | null => {
      if (!columns.has(f)) return 0
      const value = cellFen(get(row, f))
      if (value === null) problems.add(rowNumber, `${at(f)}“${cellText(get(row, f))}”不是有效金额（最多两位小数）`)
      return value
    }
    const signed = money('amount')
    let moneyIn = money('moneyIn')
    let moneyOut = money('moneyOut')
    const balanceText = cellText(get(row, 'balance'))
    const balance = columns.has('balance') && balanceText !== '' ? money('balance') : null
    if (signed === null || moneyIn === null || moneyOut === null || (balanceText !== '' && balance === null)) return
    if (columns.has('amount')) [moneyIn, moneyOut] = signed >= 0 ? [signed, 0] : [0, -signed]
    moneyOut = Math.abs(moneyOut)
    if ((moneyIn === 0) === (moneyOut === 0)) problems.add(rowNumber, '收入金额和支出金额须且只能有一个')
    if (ownColumn >= 0 && cellText(row[ownColumn])) ownNumbers.push(cellText(row[ownColumn]).replace(/[\s-]/g, ''))
    if (!date) return
    const opt = (f: StatementField) => cellText(get(row, f)) || null
    lines.push({
      rowNumber,
      date,
      summary: opt('summary') ?? '',
      moneyIn,
      moneyOut,
      balance,
      counterName: opt('counterName'),
      counterAccount: opt('counterAccount'),
      serial: opt('serial'),
    })
  })
  problems.throwIfAny('对账单行')
  if (!lines.length) throw new AppError('VALIDATION', '对账单中没有交易行')
  return { lines, ownNumbers: [...new Set(ownNumbers)] }
}

/** A stated number belongs to the account when equal, or (masked 6222****1234) when its visible ends agree. */
export function sameAccountNumber(stated: string, number: string): boolean {
  if (!stated.includes('*')) return stated === number
  const [head, tail] = [stated.split('*')[0], stated.split('*').at(-1)!]
  return number.startsWith(head) && number.endsWith(tail)
}
