import { AppError } from '../../../../../electron/shared/errors'
import type { DraftLine } from './draft'
import type { Column } from './useGridFocus'

export type CellErrors = Record<number, Partial<Record<Column, string>>>

const FIELD_COLUMNS: Record<string, Column[]> = {
  summary: ['summary'],
  accountId: ['account'],
  debit: ['debit'],
  credit: ['credit'],
  fundNature: ['fundNature'],
  spendType: ['spendType'],
  projectId: ['project'],
  counterpart: ['counterpart'],
  // A rule on the whole line (one side only) is about its amounts.
  '': ['debit', 'credit'],
}

/** Which cell a core message about “第 N 行” points at. */
function columnOfMessage(text: string): Column {
  if (text.includes('资金性质')) return 'fundNature'
  if (text.includes('基本支出或项目支出')) return 'spendType'
  if (text.includes('项目')) return 'project'
  return 'account'
}

/**
 * Marks the cells a failed save complains about: the contract's field paths (lines.2.summary) and
 * the core's “第 3 行：…” messages. `lines` are the lines as sent, so numbers match the rows.
 */
export function cellErrorsOf(error: unknown, lines: DraftLine[]): CellErrors {
  const found: CellErrors = {}
  const mark = (index: number, columns: Column[], message: string) => {
    const line = lines[index]
    if (!line) return
    found[line.key] = { ...found[line.key], ...Object.fromEntries(columns.map((c) => [c, message])) }
  }
  if (!(error instanceof AppError)) return found
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    const m = /^lines\.(\d+)(?:\.(\w+))?/.exec(path)
    if (m) mark(Number(m[1]), FIELD_COLUMNS[m[2] ?? ''] ?? [], message)
  }
  for (const m of error.message.matchAll(/第 (\d+) 行：([^；]+)/g)) mark(Number(m[1]) - 1, [columnOfMessage(m[2])], m[2])
  return found
}

/** Checks the server cannot word well: amounts that are not amounts, amounts without an account. */
export function preCheck(lines: DraftLine[], invalidRows: number[]): { errors: CellErrors; message: string } | null {
  const errors: CellErrors = {}
  const problems: string[] = []
  lines.forEach((line, i) => {
    if (invalidRows.includes(i + 1)) {
      errors[line.key] = { debit: '金额格式不对，例如 1,234.56', credit: '金额格式不对，例如 1,234.56' }
      problems.push(`第 ${i + 1} 行：金额格式不对，例如 1,234.56`)
    } else if (line.accountId === null) {
      errors[line.key] = { account: '请选择会计科目' }
      problems.push(`第 ${i + 1} 行：请选择会计科目`)
    }
  })
  if (!lines.length) problems.push('请至少录入两行分录')
  return problems.length ? { errors, message: problems.join('；') } : null
}
