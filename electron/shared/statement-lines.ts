import type { StatementRow } from './contract/reports'

/** A statement row with its 行次, as the screen, the print and the Excel export number it alike. */
export type NumberedRow = StatementRow & { lineNo: number }

/**
 * A statement's printed lines: its sides (工会01表: 资产 | 负债和净资产; 工会02表: one) next to each
 * other, each row with its 行次, numbered down the first side and on down the next.
 */
export function statementLines(sides: StatementRow[][]): (NumberedRow | undefined)[][] {
  const offsets = sides.map((_, i) => sides.slice(0, i).reduce((n, side) => n + side.length, 0))
  const height = Math.max(0, ...sides.map((side) => side.length))
  return Array.from({ length: height }, (_, i) => sides.map((side, s) => side[i] && { ...side[i], lineNo: offsets[s] + i + 1 }))
}
