import { describe, expect, it } from 'vitest'
import { entries } from '../transfers/transfer-helpers'
import { claimsOffice } from './claims-helpers'

/** A claim of ¥600 on a ¥1,000 budget line, paid by 陈出纳 on 20 November. */
function paidOffice() {
  const o = claimsOffice()
  const budgetLineId = o.budgetLine('501', '1,000.00')
  const id = o.checked([o.line('600.00', { budgetLineId, summary: '生日蛋糕' })])
  const paid = o.app.call('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.t.cn)
  return { ...o, id, budgetLineId, paid }
}

describe('冲销报账单 (claims.reverse)', () => {
  it('posts a red voucher linked to the payment, gives the budget back and marks the claim 已冲销 with the reason', () => {
    const o = paidOffice()
    const done = o.app.call('claims.reverse', { id: o.id, reason: '发票为假，收回款项' }, o.t.kj)
    const red = o.app.call('vouchers.get', { id: done.voucherId }, o.t.kj)
    expect(red).toMatchObject({ label: done.label, status: 'posted', origin: 'reversal', date: '2026-11-24' })
    expect(entries(red)).toEqual(['50105 借 -600', '102 贷 -600'])
    expect(o.app.core.sqlite.prepare('SELECT reversal_of AS r FROM vouchers WHERE id = ?').get(done.voucherId)).toEqual({ r: o.paid.voucherId })
    const claim = o.app.call('claims.get', { id: o.id }, o.t.clerk)
    expect(claim.status).toBe('reversed')
    expect(claim.reversal).toEqual({ voucherId: done.voucherId, voucherLabel: done.label, reason: '发票为假，收回款项' })
    expect(claim.events.at(-1)).toMatchObject({ action: 'reverse', fromStatus: 'paid', toStatus: 'reversed', user: '李会计' })
    expect(claim.events.at(-1)!.comment).toContain('发票为假，收回款项')
    // Budget usage is given back: the line's used goes from 600 to 0, so a new ¥1,000 claim fits again.
    const next = o.draft([o.line('1,000.00', { budgetLineId: o.budgetLineId })])
    expect(o.app.call('claims.get', { id: next.id }, o.t.clerk).budget[0]).toMatchObject({ used: 0, remaining: 0, over: false })
    const bank = o.app.call('balances.trial', { ledgerId: o.ledgerId, from: '2026-11', to: '2026-11' }, o.t.kj).rows.find((r) => r.code === '102')!
    expect(bank.credit).toBe(0)
    expect(o.app.call('claims.list', { status: 'reversed' }, o.t.kj).rows.map((r) => r.id)).toEqual([o.id])
  })

  it('only a paid claim, only once, only by the 会计 or 出纳, and the reason is required', () => {
    const o = paidOffice()
    expect(o.app.fail('claims.reverse', { id: o.id, reason: '' }, o.t.kj).code).toBe('VALIDATION')
    expect(o.app.fail('claims.reverse', { id: o.id, reason: '错了' }, o.t.clerk).code).toBe('FORBIDDEN')
    expect(o.app.fail('claims.reverse', { id: o.id, reason: '错了' }, o.login('sh')).code).toBe('FORBIDDEN')
    const draft = o.draft([o.line('1.00')])
    expect(o.app.fail('claims.reverse', { id: draft.id, reason: '错了' }, o.t.kj)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('草稿') })
    o.app.call('claims.reverse', { id: o.id, reason: '错了' }, o.t.cn)
    expect(o.app.fail('claims.reverse', { id: o.id, reason: '再冲' }, o.t.kj)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已冲销') })
  })

  it('the payment voucher alone cannot be reversed behind the claim', () => {
    const o = paidOffice()
    const refused = o.app.fail('vouchers.reverse', { id: o.paid.voucherId, date: '2026-11-30' }, o.t.kj)
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('报账单 BX2026-0001') })
    expect(o.app.call('claims.get', { id: o.id }, o.t.kj).actions).toContain('reverse')
  })

  it('a closed month leaves everything as it was', () => {
    const o = paidOffice()
    for (let m = 1; m <= 11; m++) o.app.call('periods.close', { ledgerId: o.ledgerId, period: `2026-${String(m).padStart(2, '0')}` }, o.t.kj)
    const before = o.app.core.sqlite.prepare('SELECT count(*) AS n FROM vouchers').get()
    expect(o.app.fail('claims.reverse', { id: o.id, reason: '错了' }, o.t.kj).message).toContain('已结账')
    expect(o.app.core.sqlite.prepare('SELECT count(*) AS n FROM vouchers').get()).toEqual(before)
    expect(o.app.call('claims.get', { id: o.id }, o.t.kj).status).toBe('paid')
  })

  it('报账制: the 街镇 payout is reversed with the claim, so 内部往来核对 stays matched', () => {
    const o = claimsOffice()
    const street = o.streetBooks()
    const { id } = o.draft([o.line('300.00')], o.t.clerk, { payFrom: 'pooled' })
    o.app.call('claims.submit', { id }, o.t.clerk)
    o.app.call('claims.approve', { id }, o.t.chair)
    o.app.call('claims.check', { id }, o.t.kj)
    o.app.call('claims.pay', { id, date: '2026-11-20', creditAccountId: o.account('135') }, o.t.cn)
    const done = o.app.call('claims.reverse', { id, reason: '活动取消' }, o.t.kj)
    expect(done.street).toMatchObject({ ledgerName: '某某街道总工会' })
    const r = o.app.call('transfers.reconcile', { ledgerId: street, from: '2026-01', to: '2026-12' }, o.t.kj)
    expect(r.mismatches).toEqual([])
    expect(r.balances.find((b) => b.ledgerId === o.ledgerId)).toMatchObject({ payable215: 0, receivable135: 0 })
  })
})
