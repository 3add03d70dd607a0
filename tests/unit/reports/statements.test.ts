import { describe, expect, it } from 'vitest'
import type { MethodInput } from '../../../electron/shared/contract'
import type { StatementRow } from '../../../electron/shared/contract/reports'
import { januaryBooks, office, y, type Office } from '../ledger/ledger-helpers'

const amounts = (rows: StatementRow[], ...keys: string[]) => Object.fromEntries(keys.map((k) => [k, rows.find((r) => r.key === k)!.values]))

function sheet(o: Office, period: string) {
  return o.app.call('reports.balanceSheet', { ledgerId: o.ledgerId, period }, o.tokens.kj)
}

/** Figures of the worked month (tests/unit/ledger/closing.test.ts), computed by hand. */
describe('工会01表 资产负债表', () => {
  it('balances before the month is closed, folding unclosed income and expenditure into 321/322, and says so', () => {
    const o = office()
    januaryBooks(o)
    const bs = sheet(o, '2026-01')
    expect(bs).toMatchObject({ tableNo: '工会01表', orgName: '某某街道总工会', periodLabel: '2026年1月31日', columns: ['年初余额', '期末余额'] })
    expect(amounts(bs.assets, 'cash', 'currentTotal', 'assetTotal')).toEqual({
      cash: [y('100,000.00'), y('132,000.00')],
      currentTotal: [y('100,000.00'), y('132,000.00')],
      assetTotal: [y('100,000.00'), y('132,000.00')],
    })
    expect(amounts(bs.liabilities, 'payableUpper', 'liabilityTotal', 'carryOver', 'surplus', 'netAssetTotal', 'grandTotal')).toEqual({
      payableUpper: [0, y('12,000.00')],
      liabilityTotal: [0, y('12,000.00')],
      carryOver: [0, y('5,000.00')],
      surplus: [y('100,000.00'), y('115,000.00')],
      netAssetTotal: [y('100,000.00'), y('120,000.00')],
      grandTotal: [y('100,000.00'), y('132,000.00')],
    })
    expect(bs.checks.every((c) => c.ok)).toBe(true)
    expect(bs.notes[0]).toContain('尚有未结转的收支（净额 20,000.00 元）')
  })

  it('gives the same figures once the month is closed, without the note', () => {
    const o = office()
    januaryBooks(o)
    const before = sheet(o, '2026-01')
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    const after = sheet(o, '2026-01')
    expect(after.assets).toEqual(before.assets)
    expect(after.liabilities).toEqual(before.liabilities)
    expect(after.notes).toEqual([])
  })

  it('shows contra accounts as deductions and checks the 资产基金 identity', () => {
    const o = office()
    januaryBooks(o)
    // A printer bought as a fixed asset, mirrored into 资产基金, then one month's depreciation.
    const post = (date: string, lines: MethodInput<'vouchers.create'>['lines']) => {
      const { id } = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date, lines }, o.tokens.kj)
      o.app.call('vouchers.review', { ids: [id] }, o.tokens.sh)
      o.app.call('vouchers.post', { ids: [id] }, o.tokens.kj)
    }
    const line = (code: string, debit: number, credit: number, extra = {}) => ({ summary: '购置打印机', accountId: o.account(code), debit, credit, ...extra })
    post('2026-01-25', [line('50702', y('3,000.00'), 0, { fundNature: 'general', spendType: 'basic' }), line('102', 0, y('3,000.00'))])
    post('2026-01-25', [line('162', y('3,000.00'), 0), line('30104', 0, y('3,000.00'))])
    post('2026-01-31', [line('30104', y('50.00'), 0), line('163', 0, y('50.00'))])
    const bs = sheet(o, '2026-01')
    expect(amounts(bs.assets, 'fixedCost', 'depreciation', 'fixedNet', 'assetTotal')).toEqual({
      fixedCost: [0, y('3,000.00')],
      depreciation: [0, y('50.00')],
      fixedNet: [0, y('2,950.00')],
      assetTotal: [y('100,000.00'), y('132,000.00') - y('3,000.00') + y('2,950.00')],
    })
    expect(amounts(bs.liabilities, 'assetFund')).toEqual({ assetFund: [0, y('2,950.00')] })
    expect(bs.checks.map((c) => c.ok)).toEqual([true, true, true, true])
  })
})

describe('工会02表 收入支出表', () => {
  it('reports a month as 本月数 | 本年累计数, leaving closing vouchers out', () => {
    const o = office()
    januaryBooks(o)
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    const is = o.app.call('reports.incomeStatement', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(is).toMatchObject({ tableNo: '工会02表', periodLabel: '2026年1月', columns: ['本月数', '本年累计数'] })
    expect(amounts(is.rows, 'dues', 'allocated', 'upperSubsidy', 'incomeTotal', 'activities', 'rights', 'expenseTotal', 'net')).toEqual({
      dues: [y('5,000.00'), y('5,000.00')],
      allocated: [y('18,000.00'), y('18,000.00')],
      upperSubsidy: [y('20,000.00'), y('20,000.00')],
      incomeTotal: [y('43,000.00'), y('43,000.00')],
      activities: [y('8,000.00'), y('8,000.00')],
      rights: [y('15,000.00'), y('15,000.00')],
      expenseTotal: [y('23,000.00'), y('23,000.00')],
      net: [y('20,000.00'), y('20,000.00')],
    })
    expect(is.rows.map((r) => r.label)).toContain('（十一）安排预算稳定调节基金') // the full official layout
    expect(is.rows.slice(0, 3).map((r) => r.label)).toEqual(['一、资金结转结余调整及变动', '二、收入合计', '（一）会费收入'])
  })

  it('reports a year with 年初 and 年末 资金结转结余 that reconcile', () => {
    const o = office('2026-12')
    januaryBooks(o, '2026-12')
    o.app.call('years.close', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)
    const is = o.app.call('reports.incomeStatement', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)
    expect(is.columns).toEqual(['本年数', '上年数'])
    expect(amounts(is.rows, 'openingCarry', 'openingSurplus', 'opening', 'adjustments', 'net', 'closingCarry', 'closingSurplus', 'closing')).toEqual({
      openingCarry: [0, 0],
      openingSurplus: [y('100,000.00'), 0],
      opening: [y('100,000.00'), 0],
      adjustments: [0, 0],
      net: [y('20,000.00'), 0],
      closingCarry: [y('5,000.00'), 0],
      closingSurplus: [y('115,000.00'), 0],
      closing: [y('120,000.00'), 0],
    })
    expect(is.checks).toEqual([expect.objectContaining({ ok: true })])
    // The official line order (reference §5.3): each total above its items.
    const labels = is.rows.map((r) => r.label)
    expect(labels.slice(0, 6)).toEqual(['一、年初资金结转结余', '（一）年初资金结转', '（二）年初资金结余', '二、资金结转结余调整及变动', '三、收入合计', '（一）会费收入'])
    expect(labels.slice(13, 15)).toEqual(['（九）动用预算稳定调节基金', '四、支出合计'])
    expect(labels.slice(-5)).toEqual(['（十一）安排预算稳定调节基金', '五、本期收支差额', '六、年末资金结转结余', '（一）年末资金结转', '（二）年末资金结余'])
    const totals = ['opening', 'incomeTotal', 'expenseTotal', 'net', 'closing']
    expect(is.rows.filter((r) => totals.includes(r.key)).map((r) => r.codes)).toEqual(totals.map(() => []))
    // The year-end line equals the balance sheet's 321 + 322 at year end.
    const bs = sheet(o, '2026-12')
    const fund = amounts(bs.liabilities, 'carryOver', 'surplus')
    expect(fund.carryOver[1] + fund.surplus[1]).toBe(y('120,000.00'))
  })

  it('asks for a month or a year, not both', () => {
    const o = office()
    const err = o.app.fail('reports.incomeStatement', { ledgerId: o.ledgerId, period: '2026-01', year: 2026 }, o.tokens.kj)
    expect(err.message).toContain('请指定月份或年度之一')
  })
})
