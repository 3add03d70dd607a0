import { describe, expect, it } from 'vitest'
import type { MethodInput } from '../../../electron/shared/contract'
import { claimsOffice, y } from '../reimbursement/claims-helpers'
import { entries } from '../transfers/transfer-helpers'

/** A claim with a computer (50702, ¥3,000) and a 大型修缮 line (50705, no card), paid on 10 March. */
function paidClaim() {
  const o = claimsOffice()
  const capital = o.budgetLine('507', '20,000.00')
  const id = o.checked([
    o.line('3,000.00', { accountId: o.account('50702'), budgetLineId: capital, summary: '台式电脑一台' }),
    o.line('1,500.00', { accountId: o.account('50705'), budgetLineId: capital, summary: '会议室修缮' }),
  ])
  return { ...o, id }
}
const pay = (o: ReturnType<typeof paidClaim>) => o.app.call('claims.pay', { id: o.id, date: '2026-03-10', creditAccountId: o.bank }, o.t.cn)

describe('生成资产卡片 from a paid 报账单 (assets.claimLines / assets.fromClaim)', () => {
  it('proposes the card from the asset line and books only the 162/30104 mirror, so the expenditure is not doubled', () => {
    const o = paidClaim()
    pay(o)
    const { lines, paidOn } = o.app.call('assets.claimLines', { claimId: o.id }, o.t.kj)
    expect(paidOn).toBe('2026-03-10')
    expect(lines[0]).toMatchObject({ lineNo: 1, accountCode: '50702', amount: y('3,000.00'), reason: '', asset: null })
    expect(lines[0].proposal).toMatchObject({ name: '台式电脑一台', cost: y('3,000.00'), acquiredOn: '2026-03-10', fundNature: 'general', category: 'general', item: '办公设备' })
    expect(lines[1].reason).toContain('不是购置资产的资本性支出科目')
    const card = { ...lines[0].proposal, code: 'TY-2026-001', item: '计算机设备', department: '办公室' } as MethodInput<'assets.fromClaim'>['card']
    const made = o.app.call('assets.fromClaim', { claimId: o.id, lineNo: 1, card }, o.t.kj)
    const list = o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.t.kj).rows
    const mirror = o.app.call('vouchers.get', { id: list.find((v) => `${v.word}-${v.number}` === made.voucher)!.id }, o.t.kj)
    expect(mirror).toMatchObject({ status: 'draft', origin: 'asset', date: '2026-03-10' })
    expect(entries(mirror)).toEqual(['162 借 3000', '30104 贷 3000'])
    // 50702 was debited once, by the claim's own voucher
    o.app.call('vouchers.review', { ids: [mirror.id] }, o.t.sh)
    o.app.call('vouchers.post', { ids: [mirror.id] }, o.t.kj)
    const trial = o.app.call('balances.trial', { ledgerId: o.ledgerId, from: '2026-03', to: '2026-03' }, o.t.kj).rows
    expect(trial.find((r) => r.code === '50702')!.debit).toBe(y('3,000.00'))
    expect(trial.find((r) => r.code === '162')!.debit).toBe(y('3,000.00'))
    expect(o.app.call('assets.check', { ledgerId: o.ledgerId, period: '2026-03' }, o.t.kj).ok).toBe(true)
    const got = o.app.call('assets.get', { id: made.id }, o.t.kj)
    expect(got.changes[0]).toMatchObject({ kind: '购入', voucher: made.voucher })
    expect(got.changes[0].note).toContain('由报账单 BX2026-0001 第 1 行生成')
    expect(o.app.call('assets.claimLines', { claimId: o.id }, o.t.kj).lines[0].asset).toEqual({ id: made.id, code: 'TY-2026-001' })
    // the same line never makes a second card (nor a second mirror)
    const again = o.app.fail('assets.fromClaim', { claimId: o.id, lineNo: 1, card: { ...card, code: 'TY-2026-002' } }, o.t.kj)
    expect(again.message).toBe('报账单 BX2026-0001 第 1 行：已生成资产卡片 TY-2026-001')
  })

  it('refuses an unpaid claim, a line that is not an asset, a missing line, a 原值 other than the line and a non-keeper', () => {
    const o = paidClaim()
    const card = { code: 'TY-1', name: '台式电脑', category: 'general', item: '计算机设备', cost: y('3,000.00'), acquiredOn: '2026-03-10' } as const
    expect(o.app.fail('assets.fromClaim', { claimId: o.id, lineNo: 1, card }, o.t.kj).message).toContain('尚未付款')
    pay(o)
    expect(o.app.fail('assets.fromClaim', { claimId: o.id, lineNo: 2, card }, o.t.kj).message).toContain('50705 大型修缮 不是购置资产的资本性支出科目')
    expect(o.app.fail('assets.fromClaim', { claimId: o.id, lineNo: 9, card }, o.t.kj).message).toBe('报账单 BX2026-0001 没有第 9 行')
    const wrong = o.app.fail('assets.fromClaim', { claimId: o.id, lineNo: 1, card: { ...card, cost: y('2,000.00') } }, o.t.kj)
    expect(wrong).toMatchObject({ code: 'VALIDATION', fields: { cost: '应等于报账金额' } })
    expect(o.app.fail('assets.fromClaim', { claimId: o.id, lineNo: 1, card: { ...card, acquiredOn: '2026-02-01' } }, o.t.kj).message).toContain('不能早于报账单付款月份')
    expect(o.app.fail('assets.fromClaim', { claimId: o.id, lineNo: 1, card }, o.t.cn).code).toBe('FORBIDDEN')
    expect(o.app.core.sqlite.prepare('SELECT count(*) AS n FROM assets').get()).toEqual({ n: 0 })
  })
})

describe('冲销 a claim that made a card', () => {
  it('is refused while the card is in use, and goes through once the asset is disposed of', () => {
    const o = paidClaim()
    pay(o)
    const card = { code: 'TY-1', name: '台式电脑', category: 'general', item: '计算机设备', cost: y('3,000.00'), acquiredOn: '2026-03-10' } as const
    const { id } = o.app.call('assets.fromClaim', { claimId: o.id, lineNo: 1, card }, o.t.kj)
    expect(o.app.fail('claims.reverse', { id: o.id, reason: '退货' }, o.t.kj).message).toBe(
      '报账单 BX2026-0001 第 1 行已生成资产卡片 TY-1：请先在“固定资产”中处置该资产（冲回 162/30104），再冲销报账单',
    )
    o.app.call('assets.dispose', { id, date: '2026-03-20', kind: 'loss', note: '退货' }, o.t.kj)
    expect(o.app.call('claims.reverse', { id: o.id, reason: '退货' }, o.t.kj).label).toMatch(/^记-/)
  })
})
