import { describe, expect, it } from 'vitest'
import { setOverBudgetMode } from '../../../electron/core/budget/settings'
import { claimsOffice, y } from './claims-helpers'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64')

describe('payment', () => {
  it('creates a posted, balanced voucher with origin claim, dated the pay day, with 制单 ≠ 审核', () => {
    const o = claimsOffice()
    const { id } = o.draft([o.line('300.00', { summary: '生日蛋糕' }), o.line('200.50', { summary: '活动场地', accountId: o.account('50102') })])
    o.app.call('claims.attach', { claimId: id, fileName: '发票.png', content: PNG }, o.t.clerk)
    o.app.call('claims.submit', { id }, o.t.clerk)
    o.app.call('claims.approve', { id }, o.t.chair)
    o.app.call('claims.check', { id }, o.t.kj)
    const { voucherId, label } = o.app.call('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.t.cn)
    const v = o.app.call('vouchers.get', { id: voucherId }, o.t.kj)
    expect(v).toMatchObject({ label, status: 'posted', origin: 'claim', date: '2026-11-20', attachments: 1, total: y('500.50') })
    expect(v.lines.map((l) => [l.accountCode, l.debit, l.credit, l.summary])).toEqual([
      ['50105', y('300.00'), 0, '生日蛋糕'],
      ['50102', y('200.50'), 0, '活动场地'],
      ['102', 0, y('500.50'), '会员活动报账（BX2026-0001）'],
    ])
    // 制单 and 出纳: the paying cashier; 审核 and 记账: the accountant who checked the claim.
    expect([v.createdBy, v.cashierBy, v.reviewedBy, v.postedBy]).toEqual(['陈出纳', '陈出纳', '李会计', '李会计'])
    expect(v.createdBy).not.toBe(v.reviewedBy)
    // The voucher is in the books: the bank balance went down by the claim.
    const bank = o.app.call('balances.trial', { ledgerId: o.ledgerId, from: '2026-11', to: '2026-11' }, o.t.kj)
    expect(bank.rows.find((r) => r.code === '102')!.credit).toBe(y('500.50'))
  })

  it('the accountant who checked cannot also pay, and the pay account must fit the money pattern', () => {
    const o = claimsOffice()
    // 李会计 (user 5) also holds 出纳: still, the one who checked may not pay.
    o.app.call('users.setRoles', { id: 5, assignments: [{ role: 'accountant' }, { role: 'cashier' }] }, o.admin)
    const id = o.checked([o.line('10.00')])
    expect(o.app.fail('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.login('kj')).message).toContain('不能同时办理付款')
    expect(o.app.fail('claims.pay', { id, date: '2026-11-20', creditAccountId: o.account('135') }, o.t.cn).message).toContain('102')
  })
})

describe('budget control', () => {
  it('blocks an over-budget claim naming the line and its figures; exactly at the budget passes', () => {
    const o = claimsOffice()
    const budgetLineId = o.budgetLine('501', '1,000.00')
    const exact = o.draft([o.line('1,000.00', { budgetLineId })])
    const view = o.app.call('claims.get', { id: exact.id }, o.t.clerk)
    expect(view.budget).toEqual([
      { budgetLineId, label: '2026年 501 职工活动支出（基本支出）', budget: y('1,000.00'), used: 0, pending: 0, thisClaim: y('1,000.00'), remaining: 0, over: false },
    ])
    o.app.call('claims.submit', { id: exact.id }, o.t.clerk)
    // The first claim is now in flight: one 分 more on the same line is over.
    const over = o.draft([o.line('0.01', { budgetLineId })])
    const refused = o.app.fail('claims.submit', { id: over.id }, o.t.clerk)
    expect(refused.code).toBe('CONFLICT')
    expect(refused.message).toBe('预算项目“2026年 501 职工活动支出（基本支出）”超预算：调整后预算 ¥1,000.00，已用 ¥0.00，在途 ¥1,000.00，本单 ¥0.01，超出 ¥0.01')
    expect(o.app.call('claims.get', { id: over.id }, o.t.clerk).status).toBe('draft')
  })

  it('counts paid claims as used, excludes the claim itself, and warns instead when the setting says so', () => {
    const o = claimsOffice()
    const budgetLineId = o.budgetLine('501', '1,000.00')
    const first = o.checked([o.line('600.00', { budgetLineId })])
    o.app.call('claims.pay', { id: first, date: '2026-11-20', creditAccountId: o.bank }, o.t.cn)
    const paid = o.app.call('claims.get', { id: first }, o.t.clerk).budget[0]
    expect(paid).toMatchObject({ used: y('600.00'), pending: 0, thisClaim: y('600.00'), remaining: y('400.00') })
    const second = o.draft([o.line('500.00', { budgetLineId })])
    expect(o.app.fail('claims.submit', { id: second.id }, o.t.clerk).message).toContain('已用 ¥600.00，在途 ¥0.00，本单 ¥500.00，超出 ¥100.00')
    setOverBudgetMode(o.app.core, 'warn')
    o.app.call('claims.submit', { id: second.id }, o.t.clerk)
    const view = o.app.call('claims.get', { id: second.id }, o.t.chair)
    expect(view.events.at(-1)!.comment).toContain('警告：预算项目')
    // Re-checked on approval, the claim does not count against itself (pending excludes it).
    expect(view.budget[0]).toMatchObject({ pending: 0, thisClaim: y('500.00'), remaining: y('-100.00'), over: true })
    o.app.call('claims.approve', { id: second.id }, o.t.chair)
  })

  it('a budget line must cover the line’s account and belong to the claim’s 账套', () => {
    const o = claimsOffice()
    const budgetLineId = o.budgetLine('503', '1,000.00')
    const refused = o.app.fail('claims.save', { ledgerId: o.ledgerId, title: 'x', payFrom: 'own_account', lines: [o.line('1.00', { budgetLineId })] }, o.t.clerk)
    expect(refused.message).toContain('不在预算项目')
  })
})
