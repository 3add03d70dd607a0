import { describe, expect, it } from 'vitest'
import { autoMatch, type MatchItem } from '../../../electron/core/bank/matching'
import { basicSpend, ln, postVoucher, y } from '../ledger/ledger-helpers'
import { bankOffice, callAsync, csv } from './bank-helpers'

const s = (key: string, date: string, amount: number, dir: 'in' | 'out' = 'out', ref: string | null = null): MatchItem => ({ key, date, amount, dir, ref, text: '' })
const b = (key: string, date: string, amount: number, dir: 'in' | 'out' = 'out', text = ''): MatchItem => ({ key, date, amount, dir, ref: null, text })

describe('automatic matching', () => {
  it('matches one-to-one on amount and direction within the window', () => {
    const r = autoMatch(
      [s('s1', '2026-01-05', 500, 'in'), s('s2', '2026-01-20', 700)],
      [b('b1', '2026-01-03', 500, 'in'), b('b2', '2026-01-05', 700), b('b3', '2026-01-05', 500, 'out')],
      5,
    )
    expect(r.groups).toEqual([{ statement: ['s1'], book: ['b1'] }])
  })

  it('leaves equal amounts on the same day for the clerk and reports them as ambiguous', () => {
    const r = autoMatch([s('s1', '2026-01-05', 500), s('s2', '2026-01-05', 500)], [b('b1', '2026-01-05', 500), b('b2', '2026-01-05', 500)], 5)
    expect(r.groups).toEqual([])
    expect(r.ambiguous).toBe(2)
  })

  it('resolves equal amounts by the nearest date both ways, or by the 结算号 in the book text', () => {
    const byDate = autoMatch([s('s1', '2026-01-05', 500), s('s2', '2026-01-08', 500)], [b('b1', '2026-01-04', 500), b('b2', '2026-01-09', 500)], 5)
    expect(byDate.groups).toEqual([
      { statement: ['s1'], book: ['b1'] },
      { statement: ['s2'], book: ['b2'] },
    ])
    const byRef = autoMatch([s('s1', '2026-01-05', 500, 'out', 'ZP778')], [b('b1', '2026-01-05', 500), b('b2', '2026-01-05', 500, 'out', '支票 ZP778')], 5)
    expect(byRef.groups).toEqual([{ statement: ['s1'], book: ['b2'] }])
  })

  it('matches many-to-one when exactly one combination adds up, either way round', () => {
    const r = autoMatch(
      [s('s1', '2026-01-10', 1000), s('s2', '2026-01-12', 300), s('s3', '2026-01-12', 200)],
      [b('b1', '2026-01-09', 600), b('b2', '2026-01-10', 400), b('b3', '2026-01-11', 500)],
      5,
    )
    expect(r.groups).toEqual([
      { statement: ['s1'], book: ['b1', 'b2'] },
      { statement: ['s2', 's3'], book: ['b3'] },
    ])
    const two = autoMatch([s('s1', '2026-01-10', 1000)], [b('b1', '2026-01-10', 600), b('b2', '2026-01-10', 400), b('b3', '2026-01-10', 700), b('b4', '2026-01-10', 300)], 5)
    expect(two.groups).toEqual([])
  })

  it('does not match outside the date window', () => {
    expect(autoMatch([s('s1', '2026-01-20', 500)], [b('b1', '2026-01-05', 500)], 5).groups).toEqual([])
  })
})

describe('manual matching and the 余额调节表', () => {
  it('balances January with a cheque not yet paid and interest not yet booked, and lists them', async () => {
    const o = bankOffice()
    await callAsync(o, 'bank.importStatement', {
      bankAccountId: o.bankAccountId,
      fileName: 'jan.csv',
      content: csv(['2026-01-05,会费,5000.00,,105000.00,,,T1', '2026-01-16,慰问品,,8000.00,97000.00,,,T2', '2026-01-31,结息,35.20,,97035.20,,,T3']),
    })
    const r = o.app.call('bank.reconciliation', { bankAccountId: o.bankAccountId, period: '2026-01', staleDays: 10 }, o.tokens.kj)
    expect(r).toMatchObject({ bankBalance: y('97,035.20'), bookBalance: y('82,000.00'), adjustedBank: y('82,035.20'), adjustedBook: y('82,035.20'), balanced: true })
    expect(r.bookOutNotBank).toEqual([{ date: '2026-01-20', summary: '支票 12345 购物', amount: y('15,000.00'), days: 11, voucher: '记-3' }])
    expect(r.bankInNotBook.map((p) => p.amount)).toEqual([y('35.20')])
    expect(r.stale.map((p) => p.side)).toEqual(['企业已付银行未付'])
  })

  it('flags a month whose adjusted balances differ', async () => {
    const o = bankOffice()
    await callAsync(o, 'bank.importStatement', {
      bankAccountId: o.bankAccountId,
      fileName: 'x.csv',
      content: csv(['2026-01-05,会费,5000.00,,105000.00,,,T1', '2026-01-16,慰问品,,8000.00,97100.00,,,T2']),
    })
    const r = o.app.call('bank.reconciliation', { bankAccountId: o.bankAccountId, period: '2026-01' }, o.tokens.kj)
    expect(r.balanced).toBe(false)
    expect(r.adjustedBank - r.adjustedBook).toBe(y('100.00'))
  })

  it('matches by hand only equal totals, unmatches, and counts 期初未达账项', async () => {
    const o = bankOffice()
    // 期初: a December cheque already in the books' opening balance, paid by the bank on 3 January.
    const { id: openingId } = o.app.call(
      'bank.addOpening',
      { bankAccountId: o.bankAccountId, side: 'book', direction: 'out', date: '2025-12-28', summary: '12月支票', amount: y('2,000.00') },
      o.tokens.kj,
    )
    expect(
      o.app.fail('bank.addOpening', { bankAccountId: o.bankAccountId, side: 'book', direction: 'out', date: '2026-01-02', summary: 'x', amount: 1 }, o.tokens.kj).message,
    ).toContain('须早于账套启用期间')
    o.app.call(
      'bank.saveAccount',
      { ledgerId: o.ledgerId, id: o.bankAccountId, accountCode: '102', bankName: '工商银行某某支行', number: '100123456789', openingBalance: y('102,000.00') },
      o.tokens.kj,
    )
    postVoucher(o, '2026-01-25', [ln(o, '50105', '借', '300.00', '慰问A', basicSpend), ln(o, '102', '贷', '300.00', '慰问A')])
    postVoucher(o, '2026-01-25', [ln(o, '50105', '借', '300.00', '慰问B', basicSpend), ln(o, '102', '贷', '300.00', '慰问B')])
    await callAsync(o, 'bank.importStatement', {
      bankAccountId: o.bankAccountId,
      fileName: 'jan.csv',
      content: csv([
        '2026-01-03,支票,,2000.00,100000.00,,,K0',
        '2026-01-05,会费,5000.00,,105000.00,,,K1',
        '2026-01-26,慰问,,300.00,104700.00,,,K2',
        '2026-01-26,慰问,,300.00,104400.00,,,K3',
      ]),
      windowDays: 5,
    })
    const items = o.app.call('bank.items', { bankAccountId: o.bankAccountId, period: '2026-01' }, o.tokens.kj)
    expect(items.book.find((i) => i.kind === 'opening')!.groupId).not.toBeNull()
    const open300 = items.statement.filter((i) => i.groupId === null && i.moneyOut === y('300.00'))
    const book300 = items.book.filter((i) => i.groupId === null && i.credit === y('300.00'))
    expect([open300.length, book300.length]).toEqual([2, 2])
    const wrong = o.app.fail('bank.match', { bankAccountId: o.bankAccountId, statementIds: [open300[0].id], lineIds: book300.map((l) => l.id) }, o.tokens.kj)
    expect(wrong.message).toContain('金额不符')
    const { groupId } = o.app.call('bank.match', { bankAccountId: o.bankAccountId, statementIds: open300.map((s) => s.id), lineIds: book300.map((l) => l.id) }, o.tokens.kj)
    expect(o.app.fail('bank.match', { bankAccountId: o.bankAccountId, statementIds: [open300[0].id], lineIds: [book300[0].id] }, o.tokens.kj).message).toContain('已勾对')
    const r = o.app.call('bank.reconciliation', { bankAccountId: o.bankAccountId, period: '2026-01' }, o.tokens.kj)
    expect(r).toMatchObject({ bankBalance: y('104,400.00'), bookBalance: y('81,400.00'), balanced: true })
    expect(r.bookOutNotBank.map((p) => p.amount)).toEqual([y('8,000.00'), y('15,000.00')])
    o.app.call('bank.unmatch', { bankAccountId: o.bankAccountId, groupId }, o.tokens.kj)
    expect(o.app.call('bank.items', { bankAccountId: o.bankAccountId, period: '2026-01' }, o.tokens.kj).statement.filter((i) => i.groupId === null)).toHaveLength(2)
    expect(openingId).toBeGreaterThan(0)
  })

  it('exports the 调节表 as a printable workbook, and a cashier may reconcile but a viewer may not', async () => {
    const o = bankOffice()
    const res = await callAsync(o, 'bank.exportReconciliation', { bankAccountId: o.bankAccountId, period: '2026-01', staleDays: 30 })
    expect(res).toMatchObject({ ok: true, data: { fileName: 'UnionDesk-银行存款余额调节表-JZ-102-2026-01.xlsx' } })
    expect((await callAsync(o, 'bank.autoMatch', { bankAccountId: o.bankAccountId, windowDays: 3 }, o.tokens.cn)).ok).toBe(true)
    expect((await callAsync(o, 'bank.autoMatch', { bankAccountId: o.bankAccountId, windowDays: 3 }, o.tokens.sh)).ok).toBe(false)
  })
})
