import { describe, expect, it } from 'vitest'
import { basicSpend, general, ln, office, postVoucher, y } from './ledger-helpers'

const dues = (o: ReturnType<typeof office>, amount = '100.00') => [ln(o, '102', '借', amount, '收取会费'), ln(o, '401', '贷', amount, '收取会费', general)]

describe('voucher rules', () => {
  it('numbers vouchers per month and word, and checks every line at once', () => {
    const o = office()
    const a = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, o.tokens.kj)
    const b = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-02-01', lines: dues(o) }, o.tokens.kj)
    const c = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-09', lines: dues(o) }, o.tokens.kj)
    expect([a.label, b.label, c.label]).toEqual(['记-1', '记-1', '记-2'])

    const bad = o.app.fail(
      'vouchers.create',
      {
        ledgerId: o.ledgerId,
        date: '2026-01-10',
        lines: [ln(o, '501', '借', '10.00'), ln(o, '50101', '借', '5.00'), ln(o, '102', '贷', '20.00')],
      },
      o.tokens.kj,
    )
    expect(bad.code).toBe('VALIDATION')
    expect(bad.message).toContain('第 1 行：科目 501 职工活动支出 有下级科目，请选择明细科目')
    expect(bad.message).toContain('第 2 行：收入、支出科目须选择资金性质（专项/非专项）')
    expect(bad.message).toContain('第 2 行：支出科目须选择基本支出或项目支出')
    expect(bad.message).toContain('借贷不平衡：借方合计 15.00，贷方合计 20.00，差额 -5.00')

    const bothSides = o.app.fail(
      'vouchers.create',
      { ledgerId: o.ledgerId, date: '2026-01-10', lines: [{ ...ln(o, '102', '借', '1.00'), credit: 100 }, ln(o, '401', '贷', '1.00', 'x', general)] },
      o.tokens.kj,
    )
    expect(bothSides.message).toContain('每行须且只能填写借方或贷方金额之一')
    const disabled = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-10', lines: [ln(o, '151', '借', '1.00'), ln(o, '102', '贷', '1.00')] }, o.tokens.kj)
    expect(disabled.message).toContain('科目 151 投资 已停用')
    const early = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2025-12-31', lines: dues(o) }, o.tokens.kj)
    expect(early.message).toContain('早于账套启用期间 2026-01')
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).total).toBe(3)
  })

  it('refuses the first voucher while the opening balances do not balance', () => {
    const o = office()
    o.app.call('opening.set', { ledgerId: o.ledgerId, entries: [{ accountCode: '102', debit: y('10.00') }] }, o.tokens.kj)
    const err = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, o.tokens.kj)
    expect(err.message).toBe('期初余额借贷不平衡（借方 10.00，贷方 0.00），请先在“期初余额”中调整')
    o.app.call('opening.set', { ledgerId: o.ledgerId, entries: [{ accountCode: '32205', credit: y('10.00') }] }, o.tokens.kj)
    expect(o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, o.tokens.kj).label).toBe('记-1')
    expect(o.app.fail('opening.set', { ledgerId: o.ledgerId, entries: [{ accountCode: '322', credit: 1 }] }, o.tokens.kj).message).toContain('有下级科目')
  })
})

describe('voucher states by role (制单 → 审核 → 记账)', () => {
  it('keeps 审核 away from the person who made the voucher, even with both roles', () => {
    const o = office()
    const mine = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, o.tokens.zg)
    expect(o.app.fail('vouchers.review', { ids: [mine.id] }, o.tokens.zg)).toMatchObject({
      code: 'FORBIDDEN',
      message: '记-1 是您制单的，审核须由他人进行',
    })
    expect(o.app.fail('vouchers.review', { ids: [mine.id] }, o.tokens.kj).code).toBe('FORBIDDEN') // 会计 is no 审核
    expect(o.app.fail('vouchers.post', { ids: [mine.id] }, o.tokens.kj).message).toBe('记-1 尚未审核，不能记账')
    o.app.call('vouchers.review', { ids: [mine.id] }, o.tokens.sh)
    expect(o.app.fail('vouchers.update', { id: mine.id, date: '2026-01-04', lines: dues(o) }, o.tokens.kj).message).toContain('已审核，请先取消审核')
    expect(o.app.fail('vouchers.post', { ids: [mine.id] }, o.tokens.cn).code).toBe('FORBIDDEN')
    o.app.call('vouchers.post', { ids: [mine.id] }, o.tokens.zg)
    const v = o.app.call('vouchers.get', { id: mine.id }, o.tokens.cn)
    expect(v).toMatchObject({ status: 'posted', createdBy: '王主管', reviewedBy: '张审核', postedBy: '王主管', totalInWords: '壹佰元整' })
    expect(o.app.fail('vouchers.delete', { id: mine.id }, o.tokens.kj).message).toContain('已记账，不能删除；如有错误请红字冲销')
  })

  it('asks the 出纳 to sign cash and bank vouchers before posting when the 账套 requires it', () => {
    const o = office('2026-01', { cashierSignRequired: true })
    const { id } = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, o.tokens.kj)
    o.app.call('vouchers.review', { ids: [id] }, o.tokens.sh)
    expect(o.app.fail('vouchers.post', { ids: [id] }, o.tokens.kj).message).toContain('须先由出纳签字')
    o.app.call('vouchers.cashierSign', { ids: [id] }, o.tokens.cn)
    o.app.call('vouchers.post', { ids: [id] }, o.tokens.kj)
    expect(o.app.call('vouchers.get', { id }, o.tokens.kj).cashierBy).toBe('陈出纳')
  })

  it('rolls back a whole batch when one voucher in it cannot move on', () => {
    const o = office()
    const a = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, o.tokens.kj)
    const b = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-04', lines: dues(o) }, o.tokens.zg)
    expect(o.app.fail('vouchers.review', { ids: [a.id, b.id] }, o.tokens.zg).code).toBe('FORBIDDEN')
    expect(o.app.call('vouchers.get', { id: a.id }, o.tokens.kj).status).toBe('draft')
  })

  it('honours roles scoped to one 账套', () => {
    const o = office()
    const other = o.app.call('ledgers.create', { code: 'XEJ1', name: '第一联合工会', startPeriod: '2026-01' }, o.tokens.kj)
    o.app.call(
      'users.create',
      { username: 'xj', displayName: '小二级会计', password: 'Test2026ok', assignments: [{ role: 'accountant', scopeType: 'ledger', scopeId: other.id }] },
      o.app.adminToken,
    )
    const token = o.login('xj')
    expect(o.app.call('ledgers.list', {}, token).map((l) => l.code)).toEqual(['XEJ1'])
    const denied = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, token)
    expect(denied).toMatchObject({ code: 'FORBIDDEN', message: '您在账套“某某街道总工会”中没有“会计（制单）”权限' })
  })
})

describe('red-ink reversal (红字冲销) and immutability', () => {
  it('creates a linked negative copy that zeroes the original once posted', () => {
    const o = office()
    const original = postVoucher(o, '2026-01-15', [ln(o, '50105', '借', '800.00', '节日慰问', basicSpend), ln(o, '102', '贷', '800.00', '节日慰问')])
    const red = o.app.call('vouchers.reverse', { id: original, date: '2026-01-20' }, o.tokens.kj)
    const v = o.app.call('vouchers.get', { id: red.id }, o.tokens.kj)
    expect(v).toMatchObject({ origin: 'reversal', reversalOf: original, status: 'draft', totalInWords: '负捌佰元整' })
    expect(v.lines.map((l) => [l.summary, l.accountCode, l.debit, l.credit])).toEqual([
      ['冲销 1月15日 记-1号凭证', '50105', -y('800.00'), 0],
      ['冲销 1月15日 记-1号凭证', '102', 0, -y('800.00')],
    ])
    expect(o.app.fail('vouchers.reverse', { id: original, date: '2026-01-21' }, o.tokens.kj).message).toBe('记-1 已被 记-2 冲销')
    o.app.call('vouchers.review', { ids: [red.id] }, o.tokens.sh)
    o.app.call('vouchers.post', { ids: [red.id] }, o.tokens.kj)
    const bal = o.app.call('balances.account', { ledgerId: o.ledgerId, accountId: o.account('50105'), from: '2026-01', to: '2026-01' }, o.tokens.kj)
    expect(bal).toMatchObject({ debit: 0, closing: 0, direction: '平' })
    expect(o.app.call('vouchers.get', { id: original }, o.tokens.kj).reversedBy).toBe(red.id)
  })

  it('refuses UPDATE and DELETE of posted vouchers and lines at the database level', () => {
    const o = office()
    const id = postVoucher(o, '2026-01-15', dues(o))
    const db = o.app.core.sqlite
    expect(() => db.prepare('UPDATE voucher_lines SET debit = 1 WHERE voucher_id = ?').run(id)).toThrow('已记账凭证的分录不能修改')
    expect(() => db.prepare('DELETE FROM voucher_lines WHERE voucher_id = ?').run(id)).toThrow('已记账凭证的分录不能删除')
    expect(() => db.prepare(`UPDATE vouchers SET date = '2026-01-16' WHERE id = ?`).run(id)).toThrow('已记账凭证不能修改')
    expect(() => db.prepare('DELETE FROM vouchers WHERE id = ?').run(id)).toThrow('已记账凭证不能删除')
    expect(() =>
      db
        .prepare(`INSERT INTO voucher_lines (voucher_id, ledger_id, period, line_no, summary, account_id, debit) VALUES (?, ?, 202601, 9, 'x', ?, 5)`)
        .run(id, o.ledgerId, o.account('101')),
    ).toThrow('已记账凭证不能增加分录')
  })

  it('refuses to post an unbalanced voucher even when written around the service', () => {
    const o = office()
    const { id } = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, o.tokens.kj)
    const db = o.app.core.sqlite
    db.prepare('UPDATE voucher_lines SET debit = debit + 1 WHERE voucher_id = ? AND debit <> 0').run(id)
    expect(() => db.prepare(`UPDATE vouchers SET status = 'posted' WHERE id = ?`).run(id)).toThrow('凭证借贷不平衡，不能记账')
  })
})
