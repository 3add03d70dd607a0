import { describe, expect, it } from 'vitest'
import { entries } from '../transfers/transfer-helpers'
import { claimsOffice, y } from './claims-helpers'

/** A pooled (报账制) claim of 甲 for ¥300, checked by 李会计 and ready for 陈出纳. */
function pooledOffice() {
  const o = claimsOffice()
  const streetLedgerId = o.streetBooks()
  const { id } = o.draft([o.line('300.00', { summary: '生日蛋糕' })], o.t.clerk, { payFrom: 'pooled' })
  o.app.call('claims.submit', { id }, o.t.clerk)
  o.app.call('claims.approve', { id }, o.t.chair)
  o.app.call('claims.check', { id }, o.t.kj)
  const pay = (token = o.t.cn, date = '2026-11-20') => o.app.call('claims.pay', { id, date, creditAccountId: o.account('135') }, token)
  const fail = (token = o.t.cn, date = '2026-11-20') => o.app.fail('claims.pay', { id, date, creditAccountId: o.account('135') }, token)
  const count = (table: string) => (o.app.core.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  return { ...o, id, streetLedgerId, pay, fail, count }
}

describe('pooled (报账制) payment', () => {
  it('books both sides: the 小二级 credits 135, the 街镇 pays Dr 215 / Cr 102, linked as a matched 代管资金 pair', () => {
    const o = pooledOffice()
    const banks = o.app.call('claims.options', { ledgerId: o.ledgerId, year: 2026 }, o.t.cn).streetBankAccounts
    expect(banks.map((a) => a.code)).toEqual(['102'])
    expect(o.app.call('claims.options', { ledgerId: o.streetLedgerId, year: 2026 }, o.t.kj).streetBankAccounts).toEqual([])
    const paid = o.pay()
    expect(paid.street).toMatchObject({ ledgerName: '某某街道总工会', label: '记-1' })
    const lower = o.app.call('vouchers.get', { id: paid.voucherId }, o.t.kj)
    expect(entries(lower)).toEqual(['50105 借 300', '135 贷 300 某某街道总工会'])
    const [t] = o.app.call('transfers.list', { ledgerId: o.streetLedgerId, from: '2026-01', to: '2026-12' }, o.t.kj)
    expect(t).toMatchObject({ kind: 'pool', moneyPattern: 'pooled', amount: y('300.00'), state: 'matched', to: { voucherId: paid.voucherId } })
    const upper = o.app.call('vouchers.get', { id: t.from.voucherId! }, o.t.kj)
    expect(entries(upper)).toEqual(['215 借 300 甲片区工会联合会', '102 贷 300 甲片区工会联合会'])
    // Both posted as the claim voucher is: 制单/出纳 the cashier, 审核/记账 the accountant who checked.
    for (const v of [lower, upper]) {
      expect([v.status, v.createdBy, v.cashierBy, v.reviewedBy, v.postedBy]).toEqual(['posted', '陈出纳', '陈出纳', '李会计', '李会计'])
    }
    expect(upper.origin).toBe('transfer')
    // 内部往来核对: the pair is matched and the pool balances (215 credit = 135 debit, both −300 here).
    const r = o.app.call('transfers.reconcile', { ledgerId: o.streetLedgerId, from: '2026-01', to: '2026-12' }, o.t.kj)
    expect(r.mismatches).toEqual([])
    expect(r.balances.find((b) => b.ledgerId === o.ledgerId)).toMatchObject({ payable215: y('-300.00'), receivable135: y('-300.00') })
    expect(o.app.call('claims.get', { id: o.id }, o.t.clerk).events.at(-1)!.comment).toContain('某某街道总工会 记-1')
    // The pair belongs to the claim: 上代下划拨 cannot reverse it behind the claim's back.
    expect(o.app.fail('transfers.reverse', { id: t.id, date: '2026-11-30' }, o.t.kj)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('报账单 BX2026-0001 付款时生成'),
    })
  })

  it('a closed month in the 街镇 账套 refuses the payment and writes nothing: the claim stays 已审核', () => {
    const o = pooledOffice()
    o.app.call('periods.close', { ledgerId: o.streetLedgerId, period: '2026-01' }, o.t.kj)
    const before = { vouchers: o.count('vouchers'), transfers: o.count('transfers'), events: o.count('claim_events') }
    expect(o.fail(o.t.cn, '2026-01-20').message).toContain('已结账')
    expect({ vouchers: o.count('vouchers'), transfers: o.count('transfers'), events: o.count('claim_events') }).toEqual(before)
    expect(o.app.call('claims.get', { id: o.id }, o.t.clerk)).toMatchObject({ status: 'checked', voucherId: null })
  })

  it('the cashier and the checking accountant must hold their roles in the 街镇 账套 too', () => {
    const o = pooledOffice()
    // 陈出纳 (user 7) becomes cashier of 甲's 账套 only.
    o.app.call('users.setRoles', { id: 7, assignments: [{ role: 'cashier', scopeType: 'ledger', scopeId: o.ledgerId }] }, o.admin)
    expect(o.fail(o.login('cn')).message).toBe('报账制付款须同时在街镇总工会账套“某某街道总工会”中记账，付款人“陈出纳”在该账套中没有“出纳”权限')
    o.app.call('users.setRoles', { id: 7, assignments: [{ role: 'cashier' }] }, o.admin)
    o.app.call('users.setRoles', { id: 5, assignments: [{ role: 'accountant', scopeType: 'ledger', scopeId: o.ledgerId }] }, o.admin)
    expect(o.fail(o.login('cn')).message).toContain('审核人“李会计”在该账套中没有“会计（制单）或审核”权限')
    expect(o.count('transfers')).toBe(0)
  })

  it('a 小二级 账套 with no 街镇 账套 above it cannot pay pooled money; the pay account must be 135', () => {
    const o = claimsOffice()
    const { id } = o.draft([o.line('10.00')], o.t.clerk, { payFrom: 'pooled' })
    o.app.call('claims.submit', { id }, o.t.clerk)
    o.app.call('claims.approve', { id }, o.t.chair)
    o.app.call('claims.check', { id }, o.t.kj)
    expect(o.app.fail('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.t.cn).message).toContain('135')
    expect(o.app.fail('claims.pay', { id, date: '2026-11-20', creditAccountId: o.account('135') }, o.t.cn).message).toContain('不是街镇总工会下属小二级的账套')
  })

  it('a claim kept in the 街镇 账套 itself (乙 has no 账套) is one voucher crediting 135, with no transfer', () => {
    const o = claimsOffice()
    const streetLedgerId = o.streetBooks()
    const chart = o.app.call('accounts.list', { ledgerId: streetLedgerId }, o.t.kj)
    const code = (c: string) => chart.find((a) => a.code === c)!.id
    const { id } = o.app.call(
      'claims.save',
      { ledgerId: streetLedgerId, unionId: o.yi, title: '乙活动', payFrom: 'pooled', lines: [{ accountId: code('50105'), summary: '乙活动', amount: y('10.00') }] },
      o.t.kj,
    )
    o.app.call('claims.submit', { id }, o.t.kj)
    o.app.call('claims.approve', { id }, o.t.chairB)
    o.app.call('claims.check', { id }, o.login('sh'))
    const paid = o.app.call('claims.pay', { id, date: '2026-11-20', creditAccountId: code('135') }, o.t.cn)
    expect(paid.street).toBeNull()
    expect(entries(o.app.call('vouchers.get', { id: paid.voucherId }, o.t.kj))).toEqual(['50105 借 10', '135 贷 10'])
    expect(o.app.call('transfers.list', { ledgerId: streetLedgerId, from: '2026-01', to: '2026-12' }, o.t.kj)).toEqual([])
  })
})
