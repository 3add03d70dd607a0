import { AppError } from '../../shared/errors'

/**
 * Row-level problems of an import, collected so the user sees every bad row at once. Nothing is
 * written unless the list stays empty.
 */
export class RowProblems {
  private readonly byRow = new Map<number, string[]>()

  add(row: number, message: string): void {
    this.byRow.set(row, [...(this.byRow.get(row) ?? []), message])
  }

  get count(): number {
    return [...this.byRow.values()].reduce((n, list) => n + list.length, 0)
  }

  throwIfAny(what: string): void {
    if (!this.count) return
    const rows = [...this.byRow.entries()].sort(([a], [b]) => a - b)
    const fields = Object.fromEntries(rows.map(([row, list]) => [`第 ${row} 行`, list.join('；')]))
    const first = rows.slice(0, 5).map(([row, list]) => `第 ${row} 行：${list.join('；')}`)
    throw new AppError(
      'VALIDATION',
      `导入失败，共 ${this.count} 处错误，未导入任何${what}。${first.join('；')}${rows.length > 5 ? ' 等' : ''}`,
      { fields },
    )
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
