import { describe, expect, it } from 'vitest'
import { MAX_FEN, formatFen, parseYuanToFen } from '../../../electron/shared/money'

describe('money in 分', () => {
  it.each([
    ['1,234.56', 123456],
    ['1234.5', 123450],
    ['0.01', 1],
    ['-0.5', -50],
    ['  ¥12 ', 1200],
    ['１', null],
    ['0.1', 10],
    ['0.29', 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ['1.005', null],
    ['abc', null],
    ['', null],
    ['1.2.3', null],
    ['9999999999999.99', MAX_FEN],
    ['10000000000000.00', null],
  ])('parses %j to %j without floats', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen)
  })

  it('formats for display', () => {
    expect(formatFen(123456)).toBe('1,234.56')
    expect(formatFen(-50)).toBe('-0.50')
    expect(formatFen(0)).toBe('0.00')
    expect(formatFen(100000000, { thousands: false })).toBe('1000000.00')
    expect(() => formatFen(1.5)).toThrow(RangeError)
  })

  it('round-trips every amount it formats', () => {
    for (const fen of [1, 99, 100, 101, 123456789, -987654321, MAX_FEN]) expect(parseYuanToFen(formatFen(fen))).toBe(fen)
  })
})
