import { describe, expect, it } from 'vitest'
import { formatBasisPoints, meetsTarget, rateOf } from '../../../electron/shared/rate'

describe('exact rates', () => {
  it('compares integer pairs at the 85 % edge, never floats', () => {
    expect(rateOf(17, 20)).toEqual({ numerator: 17, denominator: 20, basisPoints: 8500 })
    expect(meetsTarget(rateOf(17, 20)!, 8500)).toBe(true)
    expect(meetsTarget(rateOf(849, 1000)!, 8500)).toBe(false)
    // 84.9985 %: rounded to one decimal it would read 85.0 % and pass.
    expect(meetsTarget(rateOf(5666, 6666)!, 8500)).toBe(false)
    expect(rateOf(5666, 6666)!.basisPoints).toBe(8499)
    expect(rateOf(1, 0)).toBeNull()
  })

  it('shows basis points as a percentage without trailing zeros', () => {
    expect([8500, 8490, 8499, 10000, 0, 3333].map(formatBasisPoints)).toEqual(['85%', '84.9%', '84.99%', '100%', '0%', '33.33%'])
  })
})
