import { eq } from 'drizzle-orm'
import { unions } from '../../../drizzle/schema'
import { formatFen } from '../../shared/money'
import { codeOfLabel } from '../../shared/registry-terms'
import type { Core } from '../app'
import { cellDate, cellFen, cellText, type Cell } from '../excel/sheet'

/**
 * One column of a registry workbook: its published header, the contract field it fills, and how a
 * cell becomes a value (import) and a value a cell (export), so the two directions cannot drift.
 */
export interface Column {
  header: string
  field: string
  width: number
  note: string
  kind: ColumnKind
}

export type ColumnKind = { type: 'text' | 'int' | 'date' | 'bool' | 'fen' | 'union' } | { type: 'enum' | 'enumList'; labels: Record<string, string> }

/** 工会编码 ↔ id, looked up live: a file may add a 小二级 in one row and hang unions under it below. */
export interface UnionCodes {
  idOf(code: string): number | undefined
  codeOf(id: number): string | undefined
}

export function unionCodes(core: Core): UnionCodes {
  return {
    idOf: (code) => core.db.select({ id: unions.id }).from(unions).where(eq(unions.code, code)).get()?.id,
    codeOf: (id) => core.db.select({ code: unions.code }).from(unions).where(eq(unions.id, id)).get()?.code,
  }
}

export const col = (header: string, field: string, width: number, note: string, kind: ColumnKind = { type: 'text' }): Column => ({
  header,
  field,
  width,
  note,
  kind,
})

const YES = ['是', '有', 'Y', 'y', '1', 'TRUE', 'true']
const NO = ['否', '无', 'N', 'n', '0', 'FALSE', 'false']

/** A cell's value for the field; undefined for an empty cell (so the contract's default applies). */
export function parseCell(column: Column, cell: Cell, codes: UnionCodes): { value: unknown } | { problem: string } {
  const text = cellText(cell)
  if (text === '') return { value: undefined }
  const bad = (what: string) => ({ problem: `${column.header}：${what}` })
  const { kind } = column
  switch (kind.type) {
    case 'text':
      return { value: text }
    case 'int': {
      const cleaned = text.replace(/[,，]/g, '')
      return /^\d+$/.test(cleaned) ? { value: Number(cleaned) } : bad(`“${text}”不是非负整数`)
    }
    case 'date': {
      const date = cellDate(cell)
      return date ? { value: date } : bad(`“${text}”不是 YYYY-MM-DD 格式的有效日期`)
    }
    case 'bool':
      if (YES.includes(text)) return { value: true }
      return NO.includes(text) ? { value: false } : bad(`请填“是”或“否”`)
    case 'fen': {
      const fen = cellFen(cell)
      return fen === null ? bad(`“${text}”不是有效金额（元，最多两位小数）`) : { value: fen }
    }
    case 'union': {
      const id = codes.idOf(text)
      return id === undefined ? bad(`工会编码“${text}”不存在，请先登记该工会（或放在本文件更前面的行）`) : { value: id }
    }
    case 'enum': {
      const code = codeOfLabel(kind.labels, text)
      return code === undefined ? bad(`只能填 ${Object.values(kind.labels).join('、')}`) : { value: code }
    }
    case 'enumList': {
      const parts = text.split(/[、,，;；\s]+/).filter(Boolean)
      const codes = parts.map((p) => codeOfLabel(kind.labels, p))
      const unknown = parts.filter((_, i) => codes[i] === undefined)
      return unknown.length ? bad(`不认识“${unknown.join('、')}”，可填 ${Object.values(kind.labels).join('、')}`) : { value: codes }
    }
  }
}

/** The cell an exported value becomes: labels instead of codes, 元 instead of 分, 是/否. */
export function formatCell(column: Column, value: unknown, codes: UnionCodes): string | number | null {
  if (value === null || value === undefined) return null
  const { kind } = column
  switch (kind.type) {
    case 'bool':
      return value ? '是' : '否'
    case 'fen':
      return formatFen(value as number, { thousands: false })
    case 'union':
      return codes.codeOf(value as number) ?? null
    case 'enum':
      return kind.labels[value as string] ?? String(value)
    case 'enumList':
      return (value as string[]).map((v) => kind.labels[v] ?? v).join('、')
    case 'int':
      return value as number
    default:
      return String(value)
  }
}
