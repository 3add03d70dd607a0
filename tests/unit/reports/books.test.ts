import { describe, expect, it } from 'vitest'
import type { BookRow } from '../../../electron/shared/contract/books'
import { general, januaryBooks, ln, office, postVoucher, y, type Office } from '../ledger/ledger-helpers'

/** The worked month (tests/unit/ledger/ledger-helpers.ts): 102 opens at 借 100,000.00; five vouchers, 记-1 … 记-5. */
const brief = (rows: BookRow[]) => rows.map((r) => [r.kind, r.voucherLabel, r.debit, r.credit, r.direction, r.balance])

function books(o: Office) {
  januaryBooks(o)
  const range = { ledgerId: o.ledgerId, from: '2026-01', to: '2026-01' }
  return { range, call: <T>(method: string, extra: object) => o.app.call(method as 'reports.detailLedger', { ...range, ...extra }, o.tokens.kj) as T }
}

describe('明细账 三栏式', () => {
  it('runs the balance line by line with 期初余额, 本月合计 and 本年累计, each line pointing at its voucher', () => {
    const o = office()
    const { range } = books(o)
    const book = o.app.call('reports.detailLedger', { ...range, accountCode: '102' }, o.tokens.kj)
    expect(book.account).toMatchObject({ code: '102', name: '银行存款' })
    expect(brief(book.rows)).toEqual([
      ['opening', '', 0, 0, '借', y('100,000.00')],
      ['line', '记-1', y('5,000.00'), 0, '借', y('105,000.00')],
      ['line', '记-2', y('20,000.00'), 0, '借', y('125,000.00')],
      ['line', '记-3', y('30,000.00'), 0, '借', y('155,000.00')],
      ['line', '记-4', 0, y('8,000.00'), '借', y('147,000.00')],
      ['line', '记-5', 0, y('15,000.00'), '借', y('132,000.00')],
      ['month', '', y('55,000.00'), y('23,000.00'), '借', y('132,000.00')],
      ['year', '', y('55,000.00'), y('23,000.00'), '借', y('132,000.00')],
    ])
    expect(book.rows[1]).toMatchObject({ summary: '收取会费', date: '2026-01-05', accountCode: '102' })
    expect(book.rows[1].voucherId).toBeGreaterThan(0)
    expect(book.total).toBe(8)
  })

  it('restarts 本月合计 each month but carries 本年累计, and opens a later month from the balances before it', () => {
    const o = office()
    const { range } = books(o)
    postVoucher(o, '2026-02-03', [ln(o, '102', '借', '1,000.00', '补收会费'), ln(o, '401', '贷', '1,000.00', '补收会费', general)])
    const both = o.app.call('reports.detailLedger', { ...range, to: '2026-02', accountCode: '102' }, o.tokens.kj)
    expect(brief(both.rows.slice(-3))).toEqual([
      ['line', '记-1', y('1,000.00'), 0, '借', y('133,000.00')],
      ['month', '', y('1,000.00'), 0, '借', y('133,000.00')],
      ['year', '', y('56,000.00'), y('23,000.00'), '借', y('133,000.00')],
    ])
    const february = o.app.call('reports.detailLedger', { ...range, from: '2026-02', to: '2026-02', accountCode: '102' }, o.tokens.kj)
    expect(brief(february.rows)).toEqual([
      ['opening', '', 0, 0, '借', y('132,000.00')],
      ['line', '记-1', y('1,000.00'), 0, '借', y('133,000.00')],
      ['month', '', y('1,000.00'), 0, '借', y('133,000.00')],
      ['year', '', y('56,000.00'), y('23,000.00'), '借', y('133,000.00')],
    ])
    // An income account: credit balances read 贷; a nil opening reads 平.
    const dues = o.app.call('reports.detailLedger', { ...range, to: '2026-02', accountCode: '401' }, o.tokens.kj)
    expect(brief([dues.rows[0], dues.rows.at(-1)!])).toEqual([
      ['opening', '', 0, 0, '平', 0],
      ['year', '', 0, y('6,000.00'), '贷', y('6,000.00')],
    ])
  })

  it('includes the detail accounts of a parent and refuses an unknown account', () => {
    const o = office()
    const { range } = books(o)
    const book = o.app.call('reports.detailLedger', { ...range, accountCode: '504' }, o.tokens.kj)
    expect(book.rows[1]).toMatchObject({ accountCode: '50404', debit: y('15,000.00'), direction: '借', balance: y('15,000.00') })
    expect(o.app.fail('reports.detailLedger', { ...range, accountCode: '999' }, o.tokens.kj).message).toContain('科目 999 不在本账套的科目表中')
  })
})

describe('日记账', () => {
  it('names the 对方科目, balances every day and pages through the book', () => {
    const o = office()
    const { range } = books(o)
    const journal = o.app.call('reports.cashJournal', { ...range, accountCode: '102', pageSize: 10 }, o.tokens.kj)
    expect(journal.total).toBe(13) // 期初 + 5 lines + 5 本日合计 + 本月合计 + 本年累计
    expect(journal.rows.map((r) => r.kind)).toEqual(['opening', 'line', 'day', 'line', 'day', 'line', 'day', 'line', 'day', 'line'])
    expect(journal.rows.filter((r) => r.kind === 'line').map((r) => r.counterAccounts.split(',').sort().join('、'))).toEqual([
      '会费收入',
      '上级补助收入',
      '应付上级经费、拨缴经费收入',
      '职工活动支出',
      '维权支出',
    ])
    expect(journal.rows[2]).toMatchObject({ kind: 'day', summary: '本日合计', date: '2026-01-05', debit: y('5,000.00'), balance: y('105,000.00') })
    const page2 = o.app.call('reports.cashJournal', { ...range, accountCode: '102', pageSize: 10, page: 2 }, o.tokens.kj)
    expect(page2.rows.map((r) => r.kind)).toEqual(['day', 'month', 'year'])
    expect(o.app.fail('reports.cashJournal', { ...range, accountCode: '401' }, o.tokens.kj).message).toContain('应为 101 库存现金或 102 银行存款')
  })
})

describe('总账, 多栏式, 序时账, 辅助核算', () => {
  it('总账 gives each level-1 account 期初, 本月合计, 本年累计 and 期末 per month', () => {
    const o = office()
    books(o)
    const gl = o.app.call('reports.generalLedger', { ledgerId: o.ledgerId, from: '2026-01', to: '2026-01' }, o.tokens.kj)
    const month = (code: string) => gl.accounts.find((a) => a.code === code)!.months[0]
    expect(month('102')).toEqual({
      period: '2026-01',
      openingDirection: '借',
      opening: y('100,000.00'),
      debit: y('55,000.00'),
      credit: y('23,000.00'),
      yearDebit: y('55,000.00'),
      yearCredit: y('23,000.00'),
      direction: '借',
      balance: y('132,000.00'),
    })
    expect(month('322')).toMatchObject({ openingDirection: '贷', opening: y('100,000.00'), debit: 0, credit: 0, direction: '贷', balance: y('100,000.00') })
    expect(month('403')).toMatchObject({ openingDirection: '平', credit: y('20,000.00'), direction: '贷', balance: y('20,000.00') })
    expect(gl.accounts.map((a) => a.code)).not.toContain('101') // untouched accounts are left out
  })

  it('多栏式 puts each expenditure line under its 二级科目', () => {
    const o = office()
    const { range } = books(o)
    const book = o.app.call('reports.multiColumn', { ...range, accountCode: '504' }, o.tokens.kj)
    expect(book.columns.map((c) => c.code)).toEqual(['50401', '50402', '50403', '50404', '50405', '50406'])
    expect(book.rows.map((r) => [r.kind, r.amount, r.columns[3]])).toEqual([
      ['line', y('15,000.00'), y('15,000.00')],
      ['month', y('15,000.00'), y('15,000.00')],
      ['year', y('15,000.00'), y('15,000.00')],
    ])
    // After closing the month the closing voucher empties 504, but the book still shows the spending.
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(o.app.call('reports.multiColumn', { ...range, accountCode: '504' }, o.tokens.kj).rows.length).toBe(3)
  })

  it('序时账 lists every posted line in date order', () => {
    const o = office()
    const { range } = books(o)
    const journal = o.app.call('reports.voucherJournal', range, o.tokens.kj)
    expect(journal.total).toBe(11)
    expect(journal.rows[0]).toMatchObject({ date: '2026-01-05', voucherLabel: '记-1', accountCode: '102', accountName: '银行存款', debit: y('5,000.00') })
    expect(journal.rows.at(-1)).toMatchObject({ voucherLabel: '记-5', accountCode: '102', credit: y('15,000.00') })
    expect(journal.rows.find((r) => r.accountCode === '50404')!.accountName).toBe('维权支出-困难职工帮扶支出')
  })

  it('辅助核算余额表 by project and by 资金性质', () => {
    const o = office()
    const { range } = books(o)
    const byProject = o.app.call('reports.auxBalance', { ...range, by: 'project' }, o.tokens.kj)
    expect(byProject.rows.find((r) => r.key === 'P01')).toEqual({
      key: 'P01',
      label: 'P01 困难职工帮扶',
      accountCode: '504',
      accountName: '维权支出',
      debit: y('15,000.00'),
      credit: 0,
      net: y('15,000.00'),
    })
    const byNature = o.app.call('reports.auxBalance', { ...range, by: 'fundNature' }, o.tokens.kj)
    expect(byNature.rows.map((r) => [r.label, r.accountCode, r.net])).toEqual([
      ['非专项', '401', y('5,000.00')],
      ['非专项', '402', y('18,000.00')],
      ['非专项', '501', y('8,000.00')],
      ['专项', '403', y('20,000.00')],
      ['专项', '504', y('15,000.00')],
    ])
  })
})
