import { describe, expect, it } from 'vitest'
import { EXECUTED, EXECUTION_FROM, EXECUTION_MATCH, budgetLineStatus } from '../../../electron/core/budget/usage'
import { basic, budgetFor, office } from './budget-helpers'

/** The execution join reaches voucher lines through the account index, never by scanning the ledger. */
describe('预算执行表 at scale', () => {
  it('sums 200,000 posted lines by budget line through the account index', () => {
    const o = office()
    const b = budgetFor(o, 2026)
    const dues = b.line('401', '1,000,000.00')
    const spend = b.line('501', '900,000.00', basic)
    const db = o.app.core.sqlite
    const codes = ['102', '401', '50105', '50101']
    const ids = Object.fromEntries(codes.map((c) => [c, o.account(c)]))
    db.transaction(() => {
      const voucher = db.prepare(
        `INSERT INTO vouchers (ledger_id, period, word, number, date, status, origin, created_by, created_at) VALUES (?, ?, '记', ?, ?, 'reviewed', 'manual', 2, 'x')`,
      )
      const line = db.prepare(
        `INSERT INTO voucher_lines (voucher_id, ledger_id, period, line_no, summary, account_id, debit, credit, fund_nature, spend_type) VALUES (?, ?, ?, ?, 'x', ?, ?, ?, ?, ?)`,
      )
      for (let n = 1; n <= 50_000; n++) {
        const month = (n % 12) + 1
        const period = 202600 + month
        const { lastInsertRowid: v } = voucher.run(o.ledgerId, period, n, `2026-${String(month).padStart(2, '0')}-10`)
        line.run(v, o.ledgerId, period, 1, ids['102'], 101, 0, null, null)
        line.run(v, o.ledgerId, period, 2, ids['401'], 0, 101, 'general', null)
        line.run(v, o.ledgerId, period, 3, ids[n % 2 ? '50105' : '50101'], 37, 0, 'general', 'basic')
        line.run(v, o.ledgerId, period, 4, ids['102'], 0, 37, null, null)
      }
      db.prepare(`UPDATE vouchers SET status = 'posted' WHERE ledger_id = ?`).run(o.ledgerId)
    })()
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT bl.id, sum(${EXECUTED}) FROM ${EXECUTION_FROM} WHERE bl.budget_id = ? AND l.period BETWEEN 202601 AND 202612 AND ${EXECUTION_MATCH} GROUP BY bl.id`,
      )
      .all(b.id) as { detail: string }[]
    const steps = plan.map((p) => p.detail).join(' | ')
    expect(steps).toMatch(/SEARCH l USING INDEX voucher_lines_(balance|account)/)
    expect(steps).not.toMatch(/SCAN l\b/)

    const started = performance.now()
    const table = o.app.call('budget.execution', { ledgerIds: [o.ledgerId], period: '2026-12' }, o.tokens.kj)
    const ms = performance.now() - started
    console.log(`budget.execution over 200,000 posted lines: ${ms.toFixed(0)} ms`)
    expect(table.rows.find((r) => r.budgetLineId === dues)!.ytd).toBe(50_000 * 101)
    expect(table.rows.find((r) => r.budgetLineId === spend)!.ytd).toBe(50_000 * 37)
    const one = performance.now()
    expect(budgetLineStatus(o.app.core, spend).used).toBe(50_000 * 37)
    console.log(`budgetLineStatus of one line: ${(performance.now() - one).toFixed(0)} ms`)
  }, 60_000)
})
