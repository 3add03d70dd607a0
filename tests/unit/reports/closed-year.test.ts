import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { ledgers } from '../../../drizzle/schema'
import { annualColumn } from '../../../electron/core/reports/income-statement'
import { basicSpend, general, januaryBooks, ln, office, postVoucher, special, y, type Office } from '../ledger/ledger-helpers'

const closeMonths = (o: Office, year: number, from: number, to: number) => {
  for (let m = from; m <= to; m++) o.app.call('periods.close', { ledgerId: o.ledgerId, period: `${year}-${String(m).padStart(2, '0')}` }, o.tokens.kj)
}

/** Without zero entries: the scan keeps an account whose debits equal its credits, closing data does not. */
const nonZero = (column: Map<string, number>) => new Map([...column].filter(([key, value]) => value !== 0 || key.includes(':')))

describe('工会02表 of a year closed by 年度结转', () => {
  it('reads the year off its closing vouchers and stored openings, with the same figures as a full scan', () => {
    const o = office('2026-01')
    januaryBooks(o)
    closeMonths(o, 2026, 1, 11)
    o.app.call('years.close', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)
    // 2027: 专项 and 非专项 flows, a red reversal, a 年初余额调整, and a month reopened and closed again.
    postVoucher(o, '2027-01-10', [ln(o, '102', '借', '6,000.00', '会费'), ln(o, '401', '贷', '6,000.00', '会费', general)])
    const wrong = postVoucher(o, '2027-01-20', [ln(o, '50105', '借', '900.00', '慰问', basicSpend), ln(o, '102', '贷', '900.00', '慰问')])
    const red = o.app.call('vouchers.reverse', { id: wrong, date: '2027-01-25' }, o.tokens.kj)
    o.app.call('vouchers.review', { ids: [red.id] }, o.tokens.sh)
    o.app.call('vouchers.post', { ids: [red.id] }, o.tokens.kj)
    closeMonths(o, 2027, 1, 2)
    o.app.call('periods.reopen', { ledgerId: o.ledgerId, period: '2027-02' }, o.app.adminToken)
    postVoucher(o, '2027-02-12', [ln(o, '102', '借', '10,000.00', '专项补助'), ln(o, '40302', '贷', '10,000.00', '专项补助', special)])
    const [project] = o.app.call('projects.list', { ledgerId: o.ledgerId }, o.tokens.kj)
    postVoucher(o, '2027-02-18', [ln(o, '50404', '借', '4,000.00', '帮扶', { ...special, spendType: 'project', projectId: project.id }), ln(o, '102', '贷', '4,000.00', '帮扶')])
    closeMonths(o, 2027, 2, 2)
    postVoucher(o, '2027-03-03', [ln(o, '102', '借', '500.00', '以前年度调整'), ln(o, '32201', '贷', '500.00', '以前年度调整')])
    closeMonths(o, 2027, 3, 11)
    o.app.call('years.close', { ledgerId: o.ledgerId, year: 2027 }, o.tokens.kj)

    const ledger = o.app.core.db.select().from(ledgers).where(eq(ledgers.id, o.ledgerId)).get()!
    const fast = annualColumn(o.app.core, ledger, 2027)
    expect(nonZero(fast)).toEqual(nonZero(annualColumn(o.app.core, ledger, 2027, false)))
    // And by hand: 会费 6,000, 专项 10,000 in and 4,000 out, the reversed 900 nets to nil, 500 调整.
    expect(Object.fromEntries(nonZero(fast))).toEqual({
      '401': y('6,000.00'),
      '403': y('10,000.00'),
      '504': y('4,000.00'),
      '32201': y('500.00'),
      'open:carry': y('5,000.00'),
      'open:surplus': y('115,000.00'),
      'close:carry': y('11,000.00'),
      'close:surplus': y('121,500.00'),
    })
    // The statement itself still reconciles 年初 + 调整 + 差额 = 年末.
    const is = o.app.call('reports.incomeStatement', { ledgerId: o.ledgerId, year: 2027 }, o.tokens.kj)
    expect(is.checks).toEqual([expect.objectContaining({ ok: true })])
  })
})
