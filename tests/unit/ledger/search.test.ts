import { describe, expect, it } from 'vitest'
import { basicSpend, general, ln, office, postVoucher, y } from './ledger-helpers'

describe('voucher search', () => {
  it('filters by date range, account (with its details), amount, 摘要, state and 制单人', () => {
    const o = office()
    postVoucher(o, '2026-01-05', [ln(o, '102', '借', '300.00', '收取一月会费'), ln(o, '401', '贷', '300.00', '收取一月会费', general)])
    postVoucher(o, '2026-01-18', [ln(o, '50105', '借', '1,200.00', '春节慰问', basicSpend), ln(o, '102', '贷', '1,200.00', '春节慰问')])
    const draft = o.app.call(
      'vouchers.create',
      { ledgerId: o.ledgerId, date: '2026-02-02', lines: [ln(o, '50102', '借', '50.00', '羽毛球比赛', basicSpend), ln(o, '101', '贷', '50.00', '羽毛球比赛')] },
      o.tokens.zg,
    )
    const labels = (q: Record<string, unknown>) => o.app.call('vouchers.search', { ledgerId: o.ledgerId, ...q }, o.tokens.kj).rows.map((r) => `${r.date} ${r.label}`)

    expect(labels({ from: '2026-01-10', to: '2026-01-31' })).toEqual(['2026-01-18 记-2'])
    expect(labels({ accountId: o.account('501') })).toEqual(['2026-01-18 记-2', '2026-02-02 记-1'])
    expect(labels({ accountId: o.account('101') })).toEqual(['2026-02-02 记-1'])
    expect(labels({ minAmount: y('100.00'), maxAmount: y('500.00') })).toEqual(['2026-01-05 记-1'])
    expect(labels({ text: '慰问' })).toEqual(['2026-01-18 记-2'])
    expect(labels({ status: 'draft' })).toEqual(['2026-02-02 记-1'])
    expect(labels({ createdBy: o.app.call('auth.me', {}, o.tokens.zg).id })).toEqual(['2026-02-02 记-1'])
    const page = o.app.call('vouchers.search', { ledgerId: o.ledgerId, pageSize: 2, page: 2 }, o.tokens.kj)
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.id)).toEqual([draft.id])
  })
})
