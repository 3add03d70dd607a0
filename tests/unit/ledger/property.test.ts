import { describe, expect, it } from 'vitest'
import { ln, office, postVoucher, type Office } from './ledger-helpers'

/** Small deterministic PRNG, so a failure replays exactly. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

const POOL: [code: string, extra: Record<string, string>][] = [
  ['101', {}],
  ['102', {}],
  ['135', {}],
  ['211', {}],
  ['215', {}],
  ['401', { fundNature: 'general' }],
  ['402', { fundNature: 'general' }],
  ['40301', { fundNature: 'general' }],
  ['40302', { fundNature: 'special' }],
  ['408', { fundNature: 'special' }],
  ['50102', { fundNature: 'general', spendType: 'basic' }],
  ['50404', { fundNature: 'special', spendType: 'basic' }],
  ['50502', { fundNature: 'general', spendType: 'basic' }],
]

/** A random balanced voucher of 2–5 lines, amounts up to ¥99,999.99, some of them red. */
function randomVoucher(o: Office, next: () => number) {
  const n = 2 + Math.floor(next() * 4)
  const amounts = Array.from({ length: n - 1 }, () => Math.floor(next() * 9_999_999) + 1)
  const sides = amounts.map(() => (next() < 0.5 ? '借' : '贷') as '借' | '贷')
  const net = amounts.reduce((s, a, i) => s + (sides[i] === '借' ? a : -a), 0)
  if (net === 0) return null
  const lines = amounts.map((a, i) => {
    const [code, extra] = POOL[Math.floor(next() * POOL.length)]
    const signed = next() < 0.1 ? -a : a
    const side = signed < 0 ? (sides[i] === '借' ? '贷' : '借') : sides[i]
    return ln(o, code, side, (Math.abs(signed) / 100).toFixed(2), '随机业务', extra)
  })
  // Recompute the balancing line from the lines as built (a red amount flips its side).
  const balance = lines.reduce((s, l) => s + l.debit! - l.credit!, 0)
  const [code, extra] = POOL[Math.floor(next() * POOL.length)]
  lines.push(ln(o, code, balance > 0 ? '贷' : '借', (Math.abs(balance) / 100).toFixed(2), '随机业务', extra))
  return lines
}

describe('property: random balanced voucher streams', () => {
  it.each([1, 2, 3])('keep Σ借 = Σ贷 and 资产 = 负债 + 净资产 after closing (seed %i)', (seed) => {
    const o = office()
    const next = rng(seed)
    for (let month = 1; month <= 3; month++) {
      for (let i = 0; i < 15; i++) {
        const lines = randomVoucher(o, next)
        if (lines) postVoucher(o, `2026-0${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`, lines)
      }
      const period = `2026-0${month}`
      const before = o.app.call('balances.trial', { ledgerId: o.ledgerId, from: period, to: period }, o.tokens.kj)
      expect(before.totals.debit).toBe(before.totals.credit)
      expect(before.totals.closingDebit).toBe(before.totals.closingCredit)
      o.app.call('periods.close', { ledgerId: o.ledgerId, period }, o.tokens.kj)

      const after = o.app.call('balances.trial', { ledgerId: o.ledgerId, from: period, to: period, maxLevel: 1, hideZero: false }, o.tokens.kj)
      const net = (prefix: string) => after.rows.filter((r) => r.code.startsWith(prefix)).reduce((s, r) => s + r.closingDebit - r.closingCredit, 0)
      expect(net('4')).toBe(0)
      expect(net('5')).toBe(0)
      // Assets (debit) equal liabilities plus net assets (credit).
      expect(net('1')).toBe(-(net('2') + net('3')))
    }
  })
})
