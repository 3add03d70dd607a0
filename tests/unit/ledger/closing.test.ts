import { describe, expect, it } from 'vitest'
import { januaryBooks, ln, office, y, type Office } from './ledger-helpers'

function balance(o: Office, code: string, period: string) {
  return o.app.call('balances.account', { ledgerId: o.ledgerId, accountId: o.account(code), from: period, to: period }, o.tokens.kj)
}

describe('month-end closing (期末结转)', () => {
  it('carries 专项 to 32103 and 非专项 (and all 会费) to 32203, to the 分', () => {
    const o = office()
    januaryBooks(o)
    const { closingVouchers } = o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(closingVouchers).toEqual(['记-6', '记-7'])

    const search = o.app.call('vouchers.search', { ledgerId: o.ledgerId, text: '结转本期' }, o.tokens.kj)
    const [income, expense] = search.rows.map((r) => o.app.call('vouchers.get', { id: r.id }, o.tokens.kj))
    const shape = (v: typeof income) => v.lines.map((l) => [l.accountCode, l.debit, l.credit])
    expect(income.origin).toBe('closing')
    expect(income.status).toBe('posted')
    expect(shape(income)).toEqual([
      ['401', y('5,000.00'), 0],
      ['402', y('18,000.00'), 0],
      ['40302', y('20,000.00'), 0],
      ['32103', 0, y('20,000.00')],
      ['32203', 0, y('23,000.00')],
    ])
    expect(shape(expense)).toEqual([
      ['32103', y('15,000.00'), 0],
      ['32203', y('8,000.00'), 0],
      ['50105', 0, y('8,000.00')],
      ['50404', 0, y('15,000.00')],
    ])

    expect(balance(o, '32103', '2026-01')).toMatchObject({ closing: -y('5,000.00'), direction: '贷' })
    expect(balance(o, '32203', '2026-01')).toMatchObject({ closing: -y('15,000.00'), direction: '贷' })
    expect(balance(o, '102', '2026-01')).toMatchObject({ closing: y('132,000.00'), direction: '借' })
    for (const code of ['401', '402', '403', '501', '504']) expect(balance(o, code, '2026-01').direction).toBe('平')

    const trial = o.app.call('balances.trial', { ledgerId: o.ledgerId, from: '2026-01', to: '2026-01' }, o.tokens.kj)
    expect(trial.totals.closingDebit).toBe(y('132,000.00'))
    expect(trial.totals.closingCredit).toBe(y('132,000.00'))
    expect(trial.totals.openingDebit).toBe(trial.totals.openingCredit)
  })

  it('refuses postings into a closed month and closing out of order or with unposted vouchers', () => {
    const o = office()
    januaryBooks(o)
    const { id } = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-31', lines: [ln(o, '101', '借', '1.00'), ln(o, '102', '贷', '1.00')] }, o.tokens.kj)
    expect(o.app.fail('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj).message).toContain('还有 1 张凭证未记账')
    expect(o.app.fail('periods.close', { ledgerId: o.ledgerId, period: '2026-02' }, o.tokens.kj).message).toContain('当前应结账的期间是 2026-01')
    o.app.call('vouchers.delete', { id }, o.tokens.kj)
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    const late = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-31', lines: [ln(o, '101', '借', '1.00'), ln(o, '102', '贷', '1.00')] }, o.tokens.kj)
    expect(late.message).toBe('2026-01 已结账，不能在该期间录入或修改凭证')
  })

  it('requires continuous numbers before closing; 断号整理 closes the gaps', () => {
    const o = office()
    januaryBooks(o)
    const a = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-25', lines: [ln(o, '101', '借', '1.00'), ln(o, '102', '贷', '1.00')] }, o.tokens.kj)
    const b = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-26', lines: [ln(o, '101', '借', '2.00'), ln(o, '102', '贷', '2.00')] }, o.tokens.kj)
    expect([a.label, b.label]).toEqual(['记-6', '记-7'])
    o.app.call('vouchers.delete', { id: a.id }, o.tokens.kj)
    o.app.call('vouchers.review', { ids: [b.id] }, o.tokens.sh)
    o.app.call('vouchers.post', { ids: [b.id] }, o.tokens.kj)
    expect(o.app.call('periods.list', { ledgerId: o.ledgerId }, o.tokens.kj)[0].gaps).toEqual(['记-6'])
    expect(o.app.fail('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj).message).toContain('凭证号不连续（缺 记-6）')
    expect(o.app.call('periods.renumber', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj).renumbered).toBe(1)
    expect(o.app.call('vouchers.get', { id: b.id }, o.tokens.kj).label).toBe('记-6')
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
  })

  it('reopening (admin only) cancels the closing vouchers with red copies; closing again gives the same balances', () => {
    const o = office()
    januaryBooks(o)
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(o.app.fail('periods.reopen', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj).code).toBe('FORBIDDEN')
    o.app.call('periods.reopen', { ledgerId: o.ledgerId, period: '2026-01' }, o.app.adminToken)
    expect(balance(o, '32103', '2026-01').closing).toBe(0)
    expect(balance(o, '401', '2026-01').closing).toBe(-y('5,000.00'))
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(balance(o, '32103', '2026-01').closing).toBe(-y('5,000.00'))
    expect(balance(o, '32203', '2026-01').closing).toBe(-y('15,000.00'))
    const { rows } = o.app.call('audit.list', { method: 'periods.reopen' }, o.app.adminToken)
    expect(rows[0].summary).toContain('红字冲销结转凭证')
  })
})

describe('year-end (年度结转)', () => {
  it('closes December, consolidates 321/322 into 32104/32205 and opens next year with the balance sheet', () => {
    const o = office('2026-12')
    januaryBooks(o, '2026-12')
    const result = o.app.call('years.close', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)
    expect(result.vouchers).toEqual(['记-6', '记-7', '记-8'])
    expect(balance(o, '32103', '2026-12').closing).toBe(0)
    expect(balance(o, '32203', '2026-12').closing).toBe(0)
    expect(balance(o, '32104', '2026-12').closing).toBe(-y('5,000.00'))
    expect(balance(o, '32205', '2026-12').closing).toBe(-y('115,000.00'))

    const jan = o.app.call('balances.trial', { ledgerId: o.ledgerId, from: '2027-01', to: '2027-01' }, o.tokens.kj)
    const opening = Object.fromEntries(jan.rows.filter((r) => r.level === 1).map((r) => [r.code, r.openingDebit - r.openingCredit]))
    expect(opening).toEqual({ '102': y('132,000.00'), '211': -y('12,000.00'), '321': -y('5,000.00'), '322': -y('115,000.00') })
    expect(result.nextYearOpeningAccounts).toBe(4)
    const late = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2026-12-31', lines: [ln(o, '101', '借', '1.00'), ln(o, '102', '贷', '1.00')] }, o.tokens.kj)
    expect(late.message).toContain('已结账')
  })
})
