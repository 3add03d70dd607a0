import { describe, expect, it } from 'vitest'
import { basisPointsOf, basisPointsOfPercent, formatPercent, meetsTarget, percentOfBasisPoints, rateOf } from '../../../electron/shared/rate'

describe('percentages: one rule, half-up to two places', () => {
  it('rounds half away from zero: 2/3 → 66.67 %, 1/8 → 12.50 %, 1/3 → 33.33 %', () => {
    expect(formatPercent(basisPointsOf(2, 3))).toBe('66.67%')
    expect(formatPercent(basisPointsOf(1, 8))).toBe('12.50%')
    expect(formatPercent(basisPointsOf(1, 3))).toBe('33.33%')
    expect(formatPercent(basisPointsOf(1, 1))).toBe('100.00%')
    expect(formatPercent(basisPointsOf(0, 7))).toBe('0.00%')
  })

  it('takes the 0.005 edge upwards, and just below it downwards', () => {
    // 1/20000 = 0.005 % exactly → 0.01 %; 1/20001 is just below → 0.00 %.
    expect(basisPointsOf(1, 20000)).toBe(1)
    expect(basisPointsOf(1, 20001)).toBe(0)
    // 12.345 % exactly → 12.35 %; 12.3449… % → 12.34 %.
    expect(formatPercent(basisPointsOf(12345, 100000))).toBe('12.35%')
    expect(formatPercent(basisPointsOf(123449, 1000000))).toBe('12.34%')
    // Negative changes round away from zero too (-0.005 % → -0.01 %).
    expect(formatPercent(basisPointsOf(-1, 20000))).toBe('-0.01%')
  })

  it('has no figure without a positive denominator', () => {
    expect(basisPointsOf(5, 0)).toBeNull()
    expect(basisPointsOf(5, -3)).toBeNull()
    expect(rateOf(1, 0)).toBeNull()
    expect(formatPercent(null)).toBe('—')
  })

  it('stays exact for sums of 分 beyond 2^53 / 10000', () => {
    expect(basisPointsOf(900719925474099, 1800000000000000)).toBe(5004)
  })

  it('converts the percentages a form takes to the basis points stored, both ways', () => {
    expect(basisPointsOfPercent(85)).toBe(8500)
    expect(basisPointsOfPercent(12.34)).toBe(1234)
    expect(basisPointsOfPercent(0.29)).toBe(29)
    expect(percentOfBasisPoints(8500)).toBe(85)
  })
})

describe('exact rates against a target', () => {
  it('compares integer pairs at the 85 % edge, never the rounded figure', () => {
    expect(rateOf(17, 20)).toEqual({ numerator: 17, denominator: 20, basisPoints: 8500 })
    expect(meetsTarget(rateOf(17, 20)!, 8500)).toBe(true)
    expect(meetsTarget(rateOf(849, 1000)!, 8500)).toBe(false)
    // 84.9985 % shows as 85.00 % (half-up) but does not reach 85 %.
    expect(rateOf(5666, 6666)!.basisPoints).toBe(8500)
    expect(meetsTarget(rateOf(5666, 6666)!, 8500)).toBe(false)
  })
})
