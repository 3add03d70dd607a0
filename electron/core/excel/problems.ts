import { AppError, type RowErrors } from '../../shared/errors'

/**
 * Row-level problems of an import, collected so the user sees every bad row at once. Nothing is
 * written unless the list stays empty. Each problem keeps its Excel row and, when it is about one cell,
 * the column header, so the error carries them as data (`rows`) and nobody has to read them back out of text.
 */
export class RowProblems {
  private readonly byRow = new Map<number, Map<string, string[]>>()

  /** `column` is the template's header of the cell at fault; leave it out when the rule spans the row. */
  add(row: number, message: string, column = ''): void {
    const columns = this.byRow.get(row) ?? new Map<string, string[]>()
    columns.set(column, [...(columns.get(column) ?? []), message])
    this.byRow.set(row, columns)
  }

  get count(): number {
    return [...this.byRow.values()].reduce((n, columns) => n + [...columns.values()].reduce((m, list) => m + list.length, 0), 0)
  }

  throwIfAny(what: string): void {
    if (!this.count) return
    const sorted = [...this.byRow.entries()].sort(([a], [b]) => a - b)
    const rows: RowErrors = Object.fromEntries(sorted.map(([row, columns]) => [row, Object.fromEntries([...columns].map(([column, list]) => [column, list.join('；')]))]))
    const textOf = (columns: Map<string, string[]>) => [...columns.values()].flat().join('；')
    // `fields` keeps the whole row's text under 第 N 行 for callers that show one line per row.
    const fields = Object.fromEntries(sorted.map(([row, columns]) => [`第 ${row} 行`, textOf(columns)]))
    const first = sorted.slice(0, 5).map(([row, columns]) => `第 ${row} 行：${textOf(columns)}`)
    throw new AppError('VALIDATION', `导入失败，共 ${this.count} 处错误，未导入任何${what}。${first.join('；')}${sorted.length > 5 ? ' 等' : ''}`, { fields, rows })
  }
}

/** Base64 upload to bytes, refusing anything that is not a zip (every .xlsx is one). */
export function decodeUpload(content: string): Buffer {
  const bytes = Buffer.from(content, 'base64')
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError('VALIDATION', '文件不是 .xlsx 格式，请用 Excel 另存为“Excel 工作簿 (*.xlsx)”后再导入')
  }
  return bytes
}
