import { AppError } from '../../../../../electron/shared/errors'
import type { Column } from './useGridFocus'
import { MONEY_FORMAT } from '../../../forms'

export type CellErrors = Record<number, Partial<Record<Column, string>>>

/** The contract's line fields and the grid column each is shown in. */
const FIELD_COLUMNS: [field: string, column: Column][] = [
  ['summary', 'summary'],
  ['accountId', 'account'],
  ['debit', 'debit'],
  ['credit', 'credit'],
  ['fundNature', 'fundNature'],
  ['spendType', 'spendType'],
  ['projectId', 'project'],
  ['counterpart', 'counterpart'],
]

/**
 * Marks the cells a failed save complains about, from the error's `fields` (lines.2.summary, as the
 * contract and the core's line rules name them); `lines` are the lines as sent, so indexes match.
 * A problem with the whole line (lines.2: one side only) marks its amounts. The message is never read.
 */
export function cellErrorsOf(error: unknown, lines: { key: number }[]): CellErrors {
  const found: CellErrors = {}
  if (!(error instanceof AppError) || !error.fields) return found
  const fields = error.fields
  lines.forEach((line, index) => {
    const cells: Partial<Record<Column, string>> = {}
    const whole = fields[`lines.${index}`]
    if (whole) Object.assign(cells, { debit: whole, credit: whole })
    for (const [field, column] of FIELD_COLUMNS) {
      const message = fields[`lines.${index}.${field}`]
      if (message) cells[column] = message
    }
    if (Object.keys(cells).length) found[line.key] = cells
  })
  return found
}

/** Checks the server cannot word well: amounts that are not amounts, amounts without an account. */
export function preCheck(lines: { key: number; accountId: number | null }[], invalidRows: number[]): { errors: CellErrors; message: string } | null {
  const errors: CellErrors = {}
  const problems: string[] = []
  lines.forEach((line, i) => {
    if (invalidRows.includes(i + 1)) {
      errors[line.key] = { debit: MONEY_FORMAT, credit: MONEY_FORMAT }
      problems.push(`第 ${i + 1} 行：${MONEY_FORMAT}`)
    } else if (line.accountId === null) {
      errors[line.key] = { account: '请选择会计科目' }
      problems.push(`第 ${i + 1} 行：请选择会计科目`)
    }
  })
  if (!lines.length) problems.push('请至少录入两行分录')
  return problems.length ? { errors, message: problems.join('；') } : null
}
