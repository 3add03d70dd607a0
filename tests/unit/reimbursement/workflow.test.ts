import { describe, expect, it } from 'vitest'
import { claimsOffice, y } from './claims-helpers'

describe('claim state machine per role', () => {
  it('walks 草稿 → 已提交 → 已审批 → 已审核 → 已付款 with the history of who did what', () => {
    const o = claimsOffice()
    const id = o.checked([o.line('300.00')])
    const { label } = o.app.call('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.t.cn)
    const claim = o.app.call('claims.get', { id }, o.t.clerk)
    expect(claim.status).toBe('paid')
    expect(claim.voucherLabel).toBe(label)
    expect(claim.events.map((e) => [e.action, e.user, e.toStatus])).toEqual([
      ['create', '甲报账员', 'draft'],
      ['submit', '甲报账员', 'submitted'],
      ['approve', '甲主席', 'approved'],
      ['check', '李会计', 'checked'],
      ['pay', '陈出纳', 'paid'],
    ])
    expect(claim.totalInWords).toBe('叁佰元整')
  })

  it('a 报账员 cannot approve, and the 审批人 of another 小二级 cannot approve this one', () => {
    const o = claimsOffice()
    const { id } = o.draft([o.line('100.00')])
    o.app.call('claims.submit', { id }, o.t.clerk)
    expect(o.app.fail('claims.approve', { id }, o.t.clerk).code).toBe('FORBIDDEN')
    const other = o.app.fail('claims.approve', { id }, o.t.chairB)
    expect(other.code).toBe('FORBIDDEN')
    expect(other.message).toContain('甲片区工会联合会')
    // 乙's approver does not even see 甲's claims in the register.
    expect(o.app.call('claims.list', {}, o.t.chairB).rows).toEqual([])
    o.app.call('claims.approve', { id }, o.t.chair)
    expect(o.app.call('claims.get', { id }, o.t.chair).status).toBe('approved')
  })

  it('the clerk cannot check, the accountant cannot pay, and only the cashier pays', () => {
    const o = claimsOffice()
    const { id } = o.draft([o.line('100.00')])
    o.app.call('claims.submit', { id }, o.t.clerk)
    o.app.call('claims.approve', { id }, o.t.chair)
    expect(o.app.fail('claims.check', { id }, o.t.clerk).code).toBe('FORBIDDEN')
    expect(o.app.fail('claims.check', { id }, o.t.cn).code).toBe('FORBIDDEN')
    o.app.call('claims.check', { id }, o.t.kj)
    expect(o.app.fail('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.t.kj).code).toBe('FORBIDDEN')
    expect(o.app.fail('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.t.chair).code).toBe('FORBIDDEN')
    expect(o.app.call('claims.get', { id }, o.t.kj).status).toBe('checked')
  })

  it('a returned claim goes back to 草稿 with the comment, which is required', () => {
    const o = claimsOffice()
    const { id } = o.draft([o.line('100.00')])
    o.app.call('claims.submit', { id }, o.t.clerk)
    o.app.call('claims.approve', { id }, o.t.chair)
    expect(o.app.fail('claims.return', { id, comment: '' }, o.t.kj).code).toBe('VALIDATION')
    // At 已审批 the next actor is the accountant: the approver can no longer send it back.
    expect(o.app.fail('claims.return', { id, comment: '发票抬头不对' }, o.t.chair).code).toBe('FORBIDDEN')
    o.app.call('claims.return', { id, comment: '发票抬头不对' }, o.t.kj)
    const claim = o.app.call('claims.get', { id }, o.t.clerk)
    expect(claim.status).toBe('draft')
    expect(claim.events.at(-1)).toMatchObject({ action: 'return', fromStatus: 'approved', toStatus: 'draft', user: '李会计', comment: '发票抬头不对' })
    expect(claim.actions).toContain('submit')
    // Corrected and submitted again, it can be deleted no more: its history stays.
    o.app.call('claims.save', { id, ledgerId: o.ledgerId, title: '会员活动（改）', payFrom: 'own_account', lines: [o.line('90.00')] }, o.t.clerk)
    expect(o.app.fail('claims.delete', { id }, o.t.clerk).code).toBe('CONFLICT')
  })

  it('the submitter may withdraw before approval, nobody else, and not after', () => {
    const o = claimsOffice()
    const { id } = o.draft([o.line('100.00')])
    o.app.call('claims.submit', { id }, o.t.clerk)
    expect(o.app.fail('claims.withdraw', { id }, o.t.kj).code).toBe('FORBIDDEN')
    o.app.call('claims.withdraw', { id }, o.t.clerk)
    expect(o.app.call('claims.get', { id }, o.t.clerk).status).toBe('draft')
    o.app.call('claims.submit', { id }, o.t.clerk)
    o.app.call('claims.approve', { id }, o.t.chair)
    expect(o.app.fail('claims.withdraw', { id }, o.t.clerk).code).toBe('CONFLICT')
  })

  it('above the threshold the approver must record a collective decision', () => {
    const o = claimsOffice()
    const { id } = o.draft([o.line('5,000.01')])
    o.app.call('claims.submit', { id }, o.t.clerk)
    const refused = o.app.fail('claims.approve', { id }, o.t.chair)
    expect(refused.message).toContain('集体决策')
    expect(o.app.fail('claims.approve', { id, collectiveDecision: true }, o.t.chair).code).toBe('VALIDATION')
    o.app.call('claims.approve', { id, collectiveDecision: true, collectiveNote: '11月5日工会委员会议决定' }, o.t.chair)
    const claim = o.app.call('claims.get', { id }, o.t.chair)
    expect(claim.collectiveDecision).toBe(true)
    expect(claim.events.at(-1)!.comment).toContain('11月5日工会委员会议决定')
    // Exactly at the threshold no decision is needed.
    const { id: atLimit } = o.draft([o.line('5,000.00')])
    o.app.call('claims.submit', { id: atLimit }, o.t.clerk)
    o.app.call('claims.approve', { id: atLimit }, o.t.chair)
  })

  it('a draft may be edited only while it is a draft, and lines must be expenditure accounts of the 账套', () => {
    const o = claimsOffice()
    const bad = o.app.fail('claims.save', { ledgerId: o.ledgerId, title: 'x', payFrom: 'own_account', lines: [o.line('1.00', { accountId: o.account('102') })] }, o.t.clerk)
    expect(bad.message).toContain('第 1 行：请选择本账套的支出科目')
    const parent = o.app.fail('claims.save', { ledgerId: o.ledgerId, title: 'x', payFrom: 'own_account', lines: [o.line('1.00', { accountId: o.account('501') })] }, o.t.clerk)
    expect(parent.message).toContain('请选择明细科目')
    const twice = o.app.fail(
      'claims.save',
      { ledgerId: o.ledgerId, title: 'x', payFrom: 'own_account', lines: [o.line('1.00', { beneficiaryList: ['张三', '李四', '张三'] })] },
      o.t.clerk,
    )
    expect(twice.message).toContain('重复：张三')
    const { id, number } = o.draft([o.line('100.00', { beneficiaryList: ['张三', '李四'] })])
    expect(number).toBe('BX2026-0001')
    expect(o.app.call('claims.get', { id }, o.t.clerk).lines[0].beneficiaries).toBe(2)
    o.app.call('claims.submit', { id }, o.t.clerk)
    expect(o.app.fail('claims.save', { id, ledgerId: o.ledgerId, title: 'x', payFrom: 'own_account', lines: [o.line('1.00')] }, o.t.clerk).code).toBe('CONFLICT')
  })

  it('报账制: a claim in the 街镇 账套 may name a 小二级 without its own 账套, approved by that 小二级', () => {
    const o = claimsOffice()
    const { id: streetLedger } = o.app.call('ledgers.create', { code: 'JZ', name: '街道总工会', startPeriod: '2026-01', unionId: o.street }, o.t.kj)
    const scope = o.app.call('claims.scope', {}, o.t.kj).find((l) => l.id === streetLedger)!
    // 乙 has no 账套, so its claims are kept in the 街镇's; 甲 has its own and is not offered here.
    expect(scope.unions.map((u) => u.name)).toEqual(['某某街道总工会', '乙片区工会联合会'])
    const accountId = o.app.call('accounts.list', { ledgerId: streetLedger }, o.t.kj).find((a) => a.code === '50105')!.id
    const line = { accountId, summary: '慰问', amount: y('10.00') }
    expect(o.app.fail('claims.save', { ledgerId: streetLedger, unionId: o.jia, title: 'x', payFrom: 'pooled', lines: [line] }, o.t.kj).code).toBe('VALIDATION')
    const { id } = o.app.call('claims.save', { ledgerId: streetLedger, unionId: o.yi, title: '乙慰问', payFrom: 'pooled', lines: [line] }, o.t.kj)
    o.app.call('claims.submit', { id }, o.t.kj)
    expect(o.app.fail('claims.approve', { id }, o.t.chair).code).toBe('FORBIDDEN')
    o.app.call('claims.approve', { id }, o.t.chairB)
  })

  it('a line’s 参与人数 is kept and the ⅔ winners rule compares with it', () => {
    const o = claimsOffice()
    const prize = (participants: number | null) => o.line('300.00', { eventType: '文体奖励', beneficiaries: 3, participants })
    const { id } = o.draft([prize(4)])
    const view = o.app.call('claims.get', { id }, o.t.clerk)
    expect(view.lines[0].participants).toBe(4)
    expect(view.findings.map((f) => f.message)).toContainEqual(expect.stringContaining('获奖 3 人，超过参与人数 4 人的 66.67%'))
    o.app.call('claims.save', { id, ledgerId: o.ledgerId, title: '文体比赛奖励', payFrom: 'own_account', lines: [prize(6)] }, o.t.clerk)
    expect(o.app.call('claims.get', { id }, o.t.clerk).findings).toEqual([])
  })
})
