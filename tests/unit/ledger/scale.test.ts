import { describe, expect, it } from 'vitest'
import { office } from './ledger-helpers'

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

  it('finds one account\'s lines through its own index', () => {
    const o = office()
    const plan = o.app.core.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT voucher_id FROM voucher_lines WHERE account_id = 5 AND period BETWEEN 202601 AND 202603`)
      .all() as { detail: string }[]
    expect(plan[0].detail).toMatch(/USING (COVERING )?INDEX voucher_lines_account/)
  })
})
