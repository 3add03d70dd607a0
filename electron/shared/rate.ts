/**
 * Rates as exact integer pairs. 建会率 and 入会率 are judged against 85 % (第八条) at the edge, so
 * no float ever decides: the comparison is numerator × 10000 ≥ target × denominator, in integers.
 */
export interface Rate {
  numerator: number
  denominator: number
  /** Basis points rounded down (8499 for 84.99…%), for display and sorting only. */
  basisPoints: number
}

export function rateOf(numerator: number, denominator: number): Rate | null {
  if (denominator <= 0) return null
  const scaled = numerator * 10000
  return { numerator, denominator, basisPoints: (scaled - (scaled % denominator)) / denominator }
}

export function meetsTarget(rate: Rate, targetBasisPoints: number): boolean {
  return rate.numerator * 10000 >= targetBasisPoints * rate.denominator
}

/** 8500 → "85%", 8499 → "84.99%". */
export function formatBasisPoints(bp: number): string {
  const whole = Math.floor(bp / 100)
  const frac = bp % 100
  return frac === 0 ? `${whole}%` : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}%`
}
