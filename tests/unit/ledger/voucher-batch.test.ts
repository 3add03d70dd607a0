import { describe, expect, it } from 'vitest'
import { ln, office, type Office } from './ledger-helpers'

const dues = (o: Office) => [ln(o, '102', '借', '100.00', '收会费'), ln(o, '401', '贷', '100.00', '收会费', { fundNature: 'general' })]
const draft = (o: Office, token: string, date = '2026-01-03') => o.app.call('vouchers.create', { ledgerId: o.ledgerId, date, lines: dues(o) }, token).id

describe('batch 审核/出纳签字/记账 with a result summary', () => {
  it('does what it can and lists each refusal with its reason', () => {
    const o = office()
    const a = draft(o, o.tokens.kj)
    const b = draft(o, o.tokens.zg)
    const result = o.app.call('vouchers.batch', { action: 'review', ids: [a, b] }, o.tokens.zg)
    expect(result.done).toEqual([{ id: a, label: '记-1' }])
    expect(result.refused).toEqual([{ id: b, label: '记-2', reason: '记-2 是您制单的，审核须由他人进行' }])
    expect(o.app.call('vouchers.get', { id: a }, o.tokens.kj).status).toBe('reviewed')
    expect(o.app.call('vouchers.get', { id: b }, o.tokens.kj).status).toBe('draft')
    const posted = o.app.call('vouchers.batch', { action: 'post', ids: [a, b] }, o.tokens.kj)
    expect(posted.done.map((d) => d.label)).toEqual(['记-1'])
    expect(posted.refused[0].reason).toContain('尚未审核，不能记账')
    // An action outside the caller's roles is refused per voucher, not silently done.
    expect(o.app.call('vouchers.batch', { action: 'review', ids: [b] }, o.tokens.kj).refused[0].reason).toContain('没有“审核”权限')
  })

  it('lets the 出纳 sign and take the signature back before posting', () => {
    const o = office('2026-01', { cashierSignRequired: true })
    const a = draft(o, o.tokens.kj)
    o.app.call('vouchers.cashierSign', { ids: [a] }, o.tokens.cn)
    expect(o.app.fail('vouchers.cashierSign', { ids: [a] }, o.tokens.cn).message).toContain('已有出纳签字')
    o.app.call('vouchers.cashierUnsign', { ids: [a] }, o.tokens.cn)
    expect(o.app.call('vouchers.get', { id: a }, o.tokens.kj).cashierBy).toBeNull()
    expect(o.app.fail('vouchers.cashierUnsign', { ids: [a] }, o.tokens.cn).message).toContain('没有出纳签字')
    o.app.call('vouchers.review', { ids: [a] }, o.tokens.sh)
    o.app.call('vouchers.cashierSign', { ids: [a] }, o.tokens.cn)
    o.app.call('vouchers.post', { ids: [a] }, o.tokens.kj)
    expect(o.app.fail('vouchers.cashierUnsign', { ids: [a] }, o.tokens.cn).message).toContain('已记账，不能取消出纳签字')
  })
})
