import { describe, expect, it } from 'vitest'
import { entries, streetOffice, y } from './transfer-helpers'

const count = (o: ReturnType<typeof streetOffice>, table: string) => (o.app.core.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('上代下 transfers: paired vouchers', () => {
  it('a subsidy writes a draft in each 账套 (508/102 ↔ 102/403), named for the eliminations, and posts through the normal flow', () => {
    const o = streetOffice()
    const { id, fromLabel, toLabel } = o.subsidy()
    expect([fromLabel, toLabel]).toEqual(['记-1', '记-1'])
    const [upper] = o.vouchersOf(o.ledgers.jz)
    const [lower] = o.vouchersOf(o.ledgers.a)
    expect(entries(upper)).toEqual(['50801 借 20000 甲联合会', '102 贷 20000 甲联合会'])
    expect(entries(lower)).toEqual(['102 借 20000 某某街道总工会', '40301 贷 20000 某某街道总工会'])
    expect(upper).toMatchObject({ status: 'draft', origin: 'transfer', createdBy: '李会计' })
    expect(upper.lines[0]).toMatchObject({ fundNature: 'general', spendType: 'basic' })
    expect(lower.lines[1]).toMatchObject({ fundNature: 'general', spendType: null })
    expect(o.transfer(id)).toMatchObject({ state: 'pending', problems: [] })

    // 制单 ≠ 审核 holds: 王主管 (会计 and 审核) cannot review the vouchers of a transfer he entered.
    o.subsidy({ date: '2026-03-11' }, o.tokens.zg)
    const mine = o.vouchersOf(o.ledgers.jz)[1]
    expect(o.app.fail('vouchers.review', { ids: [mine.id] }, o.tokens.zg)).toMatchObject({ code: 'FORBIDDEN', message: '记-2 是您制单的，审核须由他人进行' })
    o.post(upper.id)
    expect(o.transfer(id)).toMatchObject({ state: 'partly_posted', problems: ['“甲联合会”一方尚未记账'] })
    o.post(lower.id)
    expect(o.transfer(id)).toMatchObject({ state: 'matched', problems: [], from: { status: 'posted', amount: y('20,000.00') } })

    // The 汇总 eliminates the pair: 508 and 403 cancel out.
    const consolidated = o.app.call('reports.consolidated', { ledgerIds: [o.ledgers.jz, o.ledgers.a], period: '2026-03' }, o.tokens.kj)
    expect(consolidated.eliminations).toHaveLength(1) // the unposted second transfer is not in the books
    expect(consolidated.eliminations[0]).toMatchObject({ pair: '508/403', amount: y('20,000.00') })
  })

  it('a failure on the 小二级 side (closed month) writes nothing in either 账套', () => {
    const o = streetOffice()
    o.app.call('periods.close', { ledgerId: o.ledgers.a, period: '2026-01' }, o.tokens.kj)
    o.app.call('periods.close', { ledgerId: o.ledgers.a, period: '2026-02' }, o.tokens.kj)
    o.app.call('periods.close', { ledgerId: o.ledgers.a, period: '2026-03' }, o.tokens.kj)
    const error = o.app.fail(
      'transfers.create',
      { kind: 'subsidy', moneyPattern: 'own_account', fromLedgerId: o.ledgers.jz, toLedgerId: o.ledgers.a, date: '2026-03-10', amount: 100, summary: '补助' },
      o.tokens.kj,
    )
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2026-03 已结账') })
    expect([count(o, 'vouchers'), count(o, 'voucher_lines'), count(o, 'transfers')]).toEqual([0, 0, 0])
    // The same in April goes through on both sides.
    o.subsidy({ date: '2026-04-02' })
    expect([count(o, 'vouchers'), count(o, 'transfers')]).toEqual([2, 1])
  })

  it('pooled money: 508/215 ↔ 135/403, the detail account named after the other side; levy relays and pool payouts', () => {
    const o = streetOffice()
    const kj = o.tokens.kj
    o.app.call('accounts.create', { ledgerId: o.ledgers.jz, parentCode: '215', code: '21501', name: '甲联合会' }, kj)
    o.app.call('accounts.create', { ledgerId: o.ledgers.jz, parentCode: '215', code: '21502', name: '乙联合会' }, kj)
    o.app.call('accounts.create', { ledgerId: o.ledgers.a, parentCode: '135', code: '13501', name: '街镇总工会' }, kj)
    o.app.call('accounts.create', { ledgerId: o.ledgers.a, parentCode: '135', code: '13502', name: '备用金' }, kj)
    o.subsidy({ moneyPattern: 'pooled', fundNature: 'special' })
    o.subsidy({ kind: 'levy', moneyPattern: 'pooled', summary: '转拨经费' })
    o.subsidy({ kind: 'pool', moneyPattern: 'pooled', summary: '从代管资金支取备用金', amount: y('500.00'), toBankAccountId: o.account(o.ledgers.a, '101') })
    expect(o.vouchersOf(o.ledgers.jz).map(entries)).toEqual([
      ['50802 借 20000 甲联合会', '21501 贷 20000 甲联合会'],
      ['21202 借 20000 甲联合会', '21501 贷 20000 甲联合会'],
      ['21501 借 500 甲联合会', '102 贷 500 甲联合会'],
    ])
    expect(o.vouchersOf(o.ledgers.a).map(entries)).toEqual([
      ['13501 借 20000 某某街道总工会', '40302 贷 20000 某某街道总工会'],
      ['13501 借 20000 某某街道总工会', '402 贷 20000 某某街道总工会'],
      ['101 借 500 某某街道总工会', '13501 贷 500 某某街道总工会'],
    ])
    // A 代管资金 payout needs the pooled pattern; a detail account nobody can tell apart is refused.
    expect(
      o.app.fail(
        'transfers.create',
        { kind: 'pool', moneyPattern: 'own_account', fromLedgerId: o.ledgers.jz, toLedgerId: o.ledgers.a, date: '2026-03-10', amount: 1, summary: 'x' },
        kj,
      ).message,
    ).toBe('代管资金往来只用于资金存放在街镇总工会账户的小二级')
    o.app.call('accounts.create', { ledgerId: o.ledgers.b, parentCode: '135', code: '13501', name: '个人借款' }, kj)
    o.app.call('accounts.create', { ledgerId: o.ledgers.b, parentCode: '135', code: '13502', name: '备用金' }, kj)
    const error = o.app.fail(
      'transfers.create',
      { kind: 'subsidy', moneyPattern: 'pooled', fromLedgerId: o.ledgers.jz, toLedgerId: o.ledgers.b, date: '2026-03-10', amount: 1, summary: 'x' },
      kj,
    )
    expect(error.message).toContain('账套“乙联合会”的科目 135 有多个明细科目')
    // A bank account chosen from elsewhere in the chart is refused.
    expect(
      o.app.fail(
        'transfers.create',
        {
          kind: 'subsidy',
          moneyPattern: 'own_account',
          fromLedgerId: o.ledgers.jz,
          toLedgerId: o.ledgers.a,
          date: '2026-03-10',
          amount: 1,
          summary: 'x',
          fromBankAccountId: o.account(o.ledgers.jz, '101'),
        },
        kj,
      ).message,
    ).toContain('应为 102 下的科目')
  })

  it('only an accountant holding the role in both 账套 may transfer, and only from a 街镇 to its own 小二级', () => {
    const o = streetOffice()
    o.app.call(
      'users.create',
      { username: 'jzkj', displayName: '街镇会计', password: 'Test2026ok', assignments: [{ role: 'accountant', scopeType: 'ledger', scopeId: o.ledgers.jz }] },
      o.app.adminToken,
    )
    const scoped = o.login('jzkj')
    const input = { kind: 'subsidy', moneyPattern: 'own_account', fromLedgerId: o.ledgers.jz, toLedgerId: o.ledgers.a, date: '2026-03-10', amount: 100, summary: '补助' }
    expect(o.app.fail('transfers.create', input, scoped)).toMatchObject({ code: 'FORBIDDEN', message: '您在账套“甲联合会”中没有“会计（制单）”权限' })
    expect(o.app.fail('transfers.create', input, o.tokens.sh).code).toBe('FORBIDDEN')
    expect(o.app.fail('transfers.create', { ...input, fromLedgerId: o.ledgers.a, toLedgerId: o.ledgers.b }, o.tokens.kj).message).toContain('未关联到街镇总工会')
    expect(o.app.fail('transfers.create', { ...input, toLedgerId: o.ledgers.jz }, o.tokens.kj).message).toContain('不是“某某街道总工会”下属小二级的账套')
    expect(count(o, 'vouchers')).toBe(0)
  })

  it('reversal reverses both sides in one go; unposted pairs are cancelled instead, never deleted one side at a time', () => {
    const o = streetOffice()
    const { id } = o.subsidy()
    const [upper] = o.vouchersOf(o.ledgers.jz)
    const [lower] = o.vouchersOf(o.ledgers.a)
    expect(o.app.fail('vouchers.delete', { id: upper.id }, o.tokens.kj).message).toContain('是上代下划拨生成的凭证')
    expect(o.app.fail('transfers.reverse', { id, date: '2026-03-20' }, o.tokens.kj).message).toContain('尚未记账，不需冲销')
    o.post(upper.id, lower.id)
    expect(o.app.fail('transfers.cancel', { id }, o.tokens.kj).message).toContain('不能撤销')
    expect(o.app.call('transfers.reverse', { id, date: '2026-03-20' }, o.tokens.kj)).toEqual({ fromLabel: '记-2', toLabel: '记-2' })
    const reds = [o.vouchersOf(o.ledgers.jz)[1], o.vouchersOf(o.ledgers.a)[1]]
    expect(reds.map((v) => [v.origin, v.reversalOf, v.lines[0].debit])).toEqual([
      ['reversal', upper.id, -y('20,000.00')],
      ['reversal', lower.id, -y('20,000.00')],
    ])
    expect(o.transfer(id).state).toBe('matched') // red copies still drafts
    o.post(reds[0].id, reds[1].id)
    expect(o.transfer(id)).toMatchObject({ state: 'reversed', problems: [] })
    expect(o.app.fail('transfers.reverse', { id, date: '2026-03-21' }, o.tokens.kj).message).toBe('这笔划拨的两张凭证都已冲销')

    const second = o.subsidy({ date: '2026-04-01' })
    o.app.call('transfers.cancel', { id: second.id }, o.tokens.kj)
    expect(o.vouchersOf(o.ledgers.jz)).toHaveLength(2)
    expect(count(o, 'transfers')).toBe(1)
  })
})
