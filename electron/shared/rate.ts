/**
 * Percentages, one rule for every screen, print and export: basis points (1/100 %) of an exact integer
 * pair, rounded half away from zero (2/3 → 6667, shown "66.67%"), computed in BigInt so no sum of 分
 * drifts. Targets are judged on the exact pair (numerator × 10000 ≥ target × denominator), never on
 * the rounded figure: 84.9985 % shows as 85.00 % yet does not reach 85 % (第八条).
 */
export interface Rate {
  numerator: number
  denominator: number
  /** The rounded figure, for display and sorting only. */
  basisPoints: number
}

/** numerator ÷ denominator in basis points, half away from zero; null when there is nothing to divide by. */
export function basisPointsOf(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null
  const d = BigInt(denominator)
  const bp = Number((BigInt(Math.abs(numerator)) * 20000n + d) / (2n * d))
  return numerator < 0 ? -bp : bp
}

export function rateOf(numerator: number, denominator: number): Rate | null {
  const basisPoints = basisPointsOf(numerator, denominator)
  return basisPoints === null ? null : { numerator, denominator, basisPoints }
}

export function meetsTarget(rate: Rate, targetBasisPoints: number): boolean {
  return rate.numerator * 10000 >= targetBasisPoints * rate.denominator
}

/** Basis points as a percentage with two places: 6667 → "66.67%", 8500 → "85.00%", -5 → "-0.05%", null → "—". */
export function formatPercent(bp: number | null): string {
  if (bp === null) return '—'
  const abs = Math.abs(bp)
  return `${bp < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`
}

/** A percentage as a form shows and takes it ("85", "12.5"): basis points ⇄ percent, exact to two places. */
export const percentOfBasisPoints = (bp: number) => bp / 100
export const basisPointsOfPercent = (percent: number) => Math.round(percent * 100)
