import { describe, expect, it } from 'vitest'
import { y } from '../ledger/ledger-helpers'
import { bankOffice, callAsync, csv, JANUARY, xlsx } from './bank-helpers'

describe('bank statement import', () => {
  it('imports a csv with the common headers, matches it and skips the same rows on re-import', async () => {
    const o = bankOffice()
    const first = await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'jan.csv', content: csv(JANUARY) })
    expect(first).toMatchObject({ ok: true, data: { imported: 3, skipped: 0, matched: 2, balanceBreaks: [] } })
    const again = await callAsync(o, 'bank.importStatement', {
      bankAccountId: o.bankAccountId,
      fileName: 'jan.csv',
      content: csv([...JANUARY, '2026-02-02,手续费,,10.00,97025.20,,,T004']),
    })
    expect(again).toMatchObject({ ok: true, data: { imported: 1, skipped: 3 } })
    const items = o.app.call('bank.items', { bankAccountId: o.bankAccountId, period: '2026-01' }, o.tokens.kj)
    expect(items.statement).toHaveLength(3)
    expect(items.statement.filter((s) => s.groupId !== null)).toHaveLength(2)
  })

  it('skips re-imported rows without 流水号 by date, amount and balance', async () => {
    const o = bankOffice()
    const rows = ['2026-01-05,会费,5000.00,,105000.00,,,', '2026-01-16,慰问品,,8000.00,97000.00,,,']
    await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'a.csv', content: csv(rows) })
    const again = await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'b.csv', content: csv(rows) })
    expect(again).toMatchObject({ ok: true, data: { imported: 0, skipped: 2 } })
  })

  it('reads an xlsx with a title block, 借方发生额/贷方发生额 and the account number above the header', async () => {
    const o = bankOffice()
    const content = await xlsx([
      ['中国工商银行 账户明细'],
      ['账号：100123456789', null, '户名：某某街道总工会'],
      ['交易日期', '摘要', '借方发生额', '贷方发生额', '余额', '交易流水号'],
      [new Date(Date.UTC(2026, 0, 5)), '会费', 5000, null, 105000, 'X1'],
      ['20260116', '慰问品', null, 8000, 97000, 'X2'],
      ['合计', null, 5000, 8000, null, null],
    ])
    const res = await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'icbc.xlsx', content })
    expect(res).toMatchObject({ ok: true, data: { imported: 2, matched: 2 } })
  })

  it('reports a break in the running balance with its row', async () => {
    const o = bankOffice()
    const res = await callAsync(o, 'bank.importStatement', {
      bankAccountId: o.bankAccountId,
      fileName: 'gap.csv',
      content: csv(['2026-01-05,会费,5000.00,,105000.00,,,A1', '2026-01-16,慰问品,,8000.00,96000.00,,,A2', '2026-01-20,利息,10.00,,96010.00,,,A3']),
    })
    expect(res).toMatchObject({ ok: true, data: { imported: 3, balanceBreaks: [{ row: 3, expected: y('97,000.00'), actual: y('96,000.00') }] } })
  })

  it('refuses a bad file with row-level Chinese errors and imports nothing', async () => {
    const o = bankOffice()
    const bad = await callAsync(o, 'bank.importStatement', {
      bankAccountId: o.bankAccountId,
      fileName: 'bad.csv',
      content: csv(['2026-02-30,会费,5000.00,,105000.00,,,B1', '2026-01-16,慰问品,,八千,97000.00,,,B2', '2026-01-17,利息,,,97000.00,,,B3']),
    })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.error.fields).toEqual({
      '第 2 行': '“交易日期”列“2026-02-30”不是有效日期',
      '第 3 行': '“支出金额”列“八千”不是有效金额（最多两位小数）',
      '第 4 行': '收入金额和支出金额须且只能有一个',
    })
    const columns = await callAsync(o, 'bank.importStatement', {
      bankAccountId: o.bankAccountId,
      fileName: 'cols.csv',
      content: Buffer.from('日期,说明,发生额\n2026-01-05,会费,5000').toString('base64'),
    })
    expect(columns).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('没有找到对账单的表头') } })
    expect(o.app.call('bank.accounts', { ledgerId: o.ledgerId }, o.tokens.kj)[0].statementRows).toBe(0)
  })

  it('refuses a statement of another account, and rows before the 账套 started', async () => {
    const o = bankOffice()
    const other = await xlsx([['账号：6222 0000 9999 8888'], ['交易日期', '摘要', '收入金额', '支出金额', '余额'], ['2026-01-05', '会费', 5000, null, 105000]])
    const res = await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'other.xlsx', content: other })
    expect(res).toMatchObject({ ok: false, error: { message: expect.stringContaining('与所选银行账户') } })
    const early = await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'dec.csv', content: csv(['2025-12-30,会费,5.00,,100005.00,,,E1']) })
    expect(early).toMatchObject({ ok: false, error: { fields: { '第 2 行': expect.stringContaining('早于账套启用期间') } } })
    expect(o.app.call('bank.accounts', { ledgerId: o.ledgerId }, o.tokens.kj)[0].statementRows).toBe(0)
  })

  it('uses a saved mapping (one signed 金额 column) and remembers it for the account', async () => {
    const o = bankOffice()
    o.app.call('bank.saveMapping', { name: '农商行', columns: { date: '记账日', summary: '用途说明', amount: '发生额', balance: '账户余额', serial: '柜员流水' } }, o.tokens.kj)
    const file = (rows: string[]) => Buffer.from(['记账日,用途说明,发生额,账户余额,柜员流水', ...rows].join('\n')).toString('base64')
    const res = await callAsync(o, 'bank.importStatement', {
      bankAccountId: o.bankAccountId,
      fileName: 'n.csv',
      mapping: '农商行',
      content: file(['2026-01-05,会费,5000,105000,N1', '2026-01-16,慰问,-8000,97000,N2']),
    })
    expect(res).toMatchObject({ ok: true, data: { imported: 2, matched: 2 } })
    expect(o.app.call('bank.accounts', { ledgerId: o.ledgerId }, o.tokens.kj)[0].mappingName).toBe('农商行')
    const next = await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'n2.csv', content: file(['2026-01-31,结息,35.2,97035.2,N3']) })
    expect(next).toMatchObject({ ok: true, data: { imported: 1 } })
    const missing = await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'n.csv', mapping: '建行', content: file([]) })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('decodes a GBK csv as Chinese banks write it', async () => {
    const o = bankOffice()
    const gbk = Buffer.from('bdbbd2d7c8d5c6da2cd5aad2aa2ccad5c8ebbdf0b6ee2cd6a7b3f6bdf0b6ee2cd3e0b6ee0d0a323032362d30312d30352cbbe1b7d12c353030302c2c3130353030300d0a', 'hex')
    const res = await callAsync(o, 'bank.importStatement', { bankAccountId: o.bankAccountId, fileName: 'gbk.csv', content: gbk.toString('base64') })
    expect(res).toMatchObject({ ok: true, data: { imported: 1 } })
  })
})
