import { describe, expect, it } from 'vitest'
import { basicSpend, ln, office, postVoucher, y } from '../ledger/ledger-helpers'
import { openBooks } from '../assets/asset-helpers'
import { callAsync, csv, JANUARY } from './bank-helpers'

/** Two bank accounts on two 102 leaves: 10201 工商银行 (opening 100,000.00) and 10202 建设银行. */
function twoBanks() {
  const base = office('2026-01')
  for (const [code, name] of [
    ['10201', '工商银行'],
    ['10202', '建设银行'],
  ])
    base.app.call('accounts.create', { ledgerId: base.ledgerId, parentCode: '102', code, name }, base.tokens.kj)
  const chart = base.app.call('accounts.list', { ledgerId: base.ledgerId }, base.tokens.kj)
  const o = { ...base, account: (code: string) => chart.find((a) => a.code === code)!.id }
  openBooks(o, { '10201': y('100,000.00'), '32205': -y('100,000.00') })
  const save = (accountCode: string, bankName: string, number: string, openingBalance = 0) =>
    o.app.call('bank.saveAccount', { ledgerId: o.ledgerId, accountCode, bankName, number, openingBalance }, o.tokens.kj).id
  const icbc = save('10201', '工商银行某某支行', '1001 2345 6789', y('100,000.00'))
  postVoucher(o, '2026-01-05', [ln(o, '10201', '借', '5,000.00', '收取会费'), ln(o, '401', '贷', '5,000.00', '收取会费', { fundNature: 'general' })])
  postVoucher(o, '2026-01-15', [ln(o, '50105', '借', '8,000.00', '节日慰问', basicSpend), ln(o, '10201', '贷', '8,000.00', '节日慰问')])
  return { ...o, icbc, save }
}

describe('bank accounts: deletion and the per-account 银行日记账', () => {
  it('deletes an account with no statements or matches, and refuses one that has them, saying what it holds', async () => {
    const o = twoBanks()
    const id = o.save('10202', '建设银行某某支行', '6217 0000 1111')
    expect(o.app.fail('bank.deleteAccount', { bankAccountId: id }, o.tokens.cn).code).toBe('FORBIDDEN')
    expect(o.app.call('bank.deleteAccount', { bankAccountId: id }, o.tokens.kj)).toEqual({ ok: true })
    expect(o.app.call('bank.accounts', { ledgerId: o.ledgerId }, o.tokens.kj).map((b) => b.id)).toEqual([o.icbc])

    const opened = o.save('10202', '建设银行某某支行', '6217 0000 1111')
    o.app.call('bank.addOpening', { bankAccountId: opened, side: 'book', direction: 'out', date: '2025-12-30', summary: '支票未兑付', amount: y('100.00') }, o.tokens.kj)
    expect(o.app.fail('bank.deleteAccount', { bankAccountId: opened }, o.tokens.kj).message).toBe(
      '银行账户 建设银行某某支行 621700001111 已有1 笔期初未达账项，不能删除（对账记录须保留备查）',
    )

    const res = await callAsync(o, 'bank.importStatement', { bankAccountId: o.icbc, fileName: 'jan.csv', content: csv(JANUARY) })
    expect(res.ok).toBe(true)
    const refused = o.app.fail('bank.deleteAccount', { bankAccountId: o.icbc }, o.tokens.kj)
    expect(refused).toMatchObject({ code: 'CONFLICT', fields: { bankAccountId: '已有对账数据' } })
    expect(refused.message).toContain('3 行对账单')
    expect(refused.message).toContain('组对账记录')
  })

  it('gives the 银行日记账 of one bank account: the book of its 102 leaf only', () => {
    const o = twoBanks()
    const id = o.save('10202', '建设银行某某支行', '6217 0000 1111')
    postVoucher(o, '2026-01-25', [
      ln(o, '50105', '借', '300.00', '建行付款', basicSpend),
      ln(o, '10201', '借', '300.00', '转入建行'),
      ln(o, '10202', '贷', '300.00', '建行付款'),
      ln(o, '50105', '贷', '300.00', '冲回', basicSpend),
    ])
    const j = o.app.call('bank.journal', { bankAccountId: id, from: '2026-01', to: '2026-01' }, o.tokens.cn)
    expect(j.account.code).toBe('10202')
    expect(j.bankAccount).toMatchObject({ bankName: '建设银行某某支行', accountCode: '10202' })
    expect(j.rows.filter((r) => r.kind === 'line').map((r) => [r.summary, r.credit])).toEqual([['建行付款', y('300.00')]])
    expect(o.app.fail('bank.journal', { bankAccountId: 999, from: '2026-01', to: '2026-01' }, o.tokens.kj).code).toBe('NOT_FOUND')
  })
})
