import { describe, expect, it } from 'vitest'
import { basicSpend, januaryBooks, ln, office, postVoucher } from './ledger-helpers'

/** Balances must stay one index scan however large the ledger grows (2 million lines per database). */
describe('query plans', () => {
  it('sums balances from the covering index alone', () => {
    const o = office()
    const plan = o.app.core.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT account_id, sum(debit), sum(credit) FROM voucher_lines
         WHERE ledger_id = 1 AND posted = 1 AND period >= 202601 AND period <= 202612 GROUP BY account_id`,
      )
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING COVERING INDEX voucher_lines_balance/)
  })

  it('keeps the month totals equal to the posted lines through posting, reversal and closing', () => {
    const o = office()
    januaryBooks(o)
    const wrong = postVoucher(o, '2026-01-30', [ln(o, '50105', '借', '80.00', '错账', basicSpend), ln(o, '102', '贷', '80.00')])
    const { id: red } = o.app.call('vouchers.reverse', { id: wrong, date: '2026-01-31' }, o.tokens.kj)
    o.app.call('vouchers.review', { ids: [red] }, o.tokens.sh)
    o.app.call('vouchers.post', { ids: [red] }, o.tokens.kj)
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    o.app.call(
      'vouchers.create',
      { ledgerId: o.ledgerId, date: '2026-02-03', lines: [ln(o, '102', '借', '5.00'), ln(o, '408', '贷', '5.00', '利息', { fundNature: 'general' })] },
      o.tokens.kj,
    ) // a draft: not counted
    const db = o.app.core.sqlite
    const lines = db.prepare('SELECT ledger_id, period, account_id, sum(debit) AS d, sum(credit) AS c FROM voucher_lines WHERE posted = 1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3').all()
    const totals = db.prepare('SELECT ledger_id, period, account_id, debit AS d, credit AS c FROM account_month_totals ORDER BY 1, 2, 3').all()
    expect(lines.length).toBeGreaterThan(5)
    expect(totals).toEqual(lines)
  })

  it("finds one account's lines through its own index", () => {
    const o = office()
    const plan = o.app.core.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT voucher_id FROM voucher_lines WHERE account_id = 5 AND period BETWEEN 202601 AND 202603`).all() as {
      detail: string
    }[]
    expect(plan[0].detail).toMatch(/USING (COVERING )?INDEX voucher_lines_account/)
  })
})
