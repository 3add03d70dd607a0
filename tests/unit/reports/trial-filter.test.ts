import { describe, expect, it } from 'vitest'
import { januaryBooks, ln, office, postVoucher, y, type Office } from '../ledger/ledger-helpers'

type Trial = {
  rows: { code: string; openingDebit: number; debit: number; credit: number; yearDebit: number; yearCredit: number; closingDebit: number; closingCredit: number }[]
  totals: Record<string, number>
}

const trial = (o: Office, input: object): Trial => o.app.call('balances.trial', { ledgerId: o.ledgerId, from: '2026-01', to: '2026-01', ...input }, o.tokens.kj) as Trial
const amounts = (t: Trial) => t.rows.map((r) => [r.code, r.openingDebit, r.debit, r.credit, r.yearDebit, r.yearCredit, r.closingDebit, r.closingCredit])

/**
 * January (januaryBooks): 专项 is 40302 贷 20,000 and 50404 借 15,000 (project P01); the bank lines and
 * the 100,000 opening carry no tag. February adds 50404 借 3,000 on P01 and 50105 借 500 非专项.
 */
describe('balances.trial filtered by 辅助核算', () => {
  function books() {
    const o = office()
    januaryBooks(o)
    const [project] = o.app.call('projects.list', { ledgerId: o.ledgerId }, o.tokens.kj) as { id: number }[]
    postVoucher(o, '2026-02-03', [
      ln(o, '50404', '借', '3,000.00', '帮扶', { fundNature: 'special', spendType: 'project', projectId: project.id }),
      ln(o, '50105', '借', '500.00', '慰问', { fundNature: 'general', spendType: 'basic' }),
      ln(o, '102', '贷', '3,500.00', '付款'),
    ])
    return { o, projectId: project.id }
  }

  it('sums only the tagged lines: no opening, 本期 and 本年累计 from the tagged movements', () => {
    const { o, projectId } = books()
    expect(amounts(trial(o, { fundNature: 'special' }))).toEqual([
      ['403', 0, 0, y('20,000'), 0, y('20,000'), 0, y('20,000')],
      ['40302', 0, 0, y('20,000'), 0, y('20,000'), 0, y('20,000')],
      ['504', 0, y('15,000'), 0, y('15,000'), 0, y('15,000'), 0],
      ['50404', 0, y('15,000'), 0, y('15,000'), 0, y('15,000'), 0],
    ])
    // February alone on the project: 本期 3,000, 本年累计 15,000 + 3,000.
    const feb = trial(o, { from: '2026-02', to: '2026-02', projectId })
    expect(amounts(feb)).toEqual([
      ['504', 0, y('3,000'), 0, y('18,000'), 0, y('3,000'), 0],
      ['50404', 0, y('3,000'), 0, y('18,000'), 0, y('3,000'), 0],
    ])
    expect(feb.totals).toMatchObject({ openingDebit: 0, openingCredit: 0, debit: y('3,000'), credit: 0, yearDebit: y('18,000') })
    // Both filters: the project's lines that are also 非专项 — none.
    expect(trial(o, { from: '2026-02', to: '2026-02', projectId, fundNature: 'general' }).rows).toEqual([])
  })

  it('leaves the unfiltered table as it was, and refuses another 账套’s project', () => {
    const { o } = books()
    const all = trial(o, { from: '2026-02', to: '2026-02' })
    expect(all.rows.find((r) => r.code === '102')).toMatchObject({ openingDebit: y('132,000'), credit: y('3,500'), closingDebit: y('128,500') })
    expect(all.totals.closingDebit).toBe(all.totals.closingCredit)
    expect(() => trial(o, { projectId: 9999 })).toThrow('项目不属于本账套')
    expect(() => trial(o, { fundNature: 'other' })).toThrow()
  })
})
