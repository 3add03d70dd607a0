import { describe, expect, it } from 'vitest'
import { basic } from '../budget/budget-helpers'
import { callAsync, loadWorkbook } from '../registry/registry-helpers'
import { streetOffice, y, type StreetOffice } from '../transfers/transfer-helpers'

const budget = (o: StreetOffice, ledgerId: number, lines: [string, string, object?][]) => {
  const { id } = o.app.call('budget.create', { ledgerId, year: 2026 }, o.tokens.kj)
  for (const [code, amount, extra] of lines) {
    o.app.call('budget.saveLine', { budgetId: id, accountId: o.account(ledgerId, code), original: y(amount), fundNature: 'general', ...extra }, o.tokens.kj)
  }
}
const total = (t: { rows: { name: string; budget: number }[] }, name: string) => t.rows.find((r) => r.name === name)!.budget

describe('汇总: the 街镇 and its 小二级', () => {
  it("shows the 街镇's 补助下级 by 小二级 and counts internal funding once in the 预算汇总表", () => {
    const o = streetOffice()
    o.app.call(
      'funding.save',
      {
        ledgerId: o.ledgers.jz,
        year: 2026,
        rows: [
          { unionId: o.unions.a, amount: y('30,000.00'), basis: 'workers' },
          { unionId: o.unions.b, amount: y('10,000.00'), basis: 'workers' },
        ],
      },
      o.tokens.kj,
    )
    budget(o, o.ledgers.jz, [
      ['401', '100,000.00'],
      ['50801', '40,000.00', basic],
    ])
    budget(o, o.ledgers.a, [
      ['40301', '30,000.00'],
      ['501', '30,000.00', basic],
    ])
    const street = o.app.call('yearend.budgetTable', { ledgerIds: [o.ledgers.jz], year: 2026 }, o.tokens.kj)
    expect(street.funding.map((r) => [r.code, r.name, r.budget, r.notes])).toEqual([
      ['XA', '甲联合会', y('30,000.00'), '服务职工数'],
      ['XB', '乙联合会', y('10,000.00'), '服务职工数'],
      ['', '补助下级支出合计', y('40,000.00'), ''],
    ])
    const one = (id: number) => o.app.call('yearend.budgetTable', { ledgerIds: [id], year: 2026 }, o.tokens.kj)
    const both = o.app.call('yearend.budgetTable', { ledgerIds: [o.ledgers.jz, o.ledgers.a], year: 2026 }, o.tokens.kj)
    expect(both.title).toBe('工会经费收支预算汇总表')
    expect(total(both, '本年收入合计')).toBe(total(one(o.ledgers.jz), '本年收入合计') + total(one(o.ledgers.a), '本年收入合计') - y('30,000.00'))
    expect(total(both, '本年支出合计')).toBe(total(one(o.ledgers.jz), '本年支出合计') + total(one(o.ledgers.a), '本年支出合计') - y('30,000.00'))
    expect(both.notes[0]).toBe('汇总时抵销内部补助：本年预算 30,000.00 元，上年决算 0.00 元')
  })

  it('produces one 汇总 决算报告 with the 508/403 transfer eliminated', async () => {
    const o = streetOffice()
    const { id } = o.subsidy()
    const pair = o.app.core.sqlite.prepare('SELECT from_voucher_id AS a, to_voucher_id AS b FROM transfers WHERE id = ?').get(id) as { a: number; b: number }
    o.post(pair.a, pair.b)
    for (const ledgerId of [o.ledgers.jz, o.ledgers.a]) {
      for (let m = 1; m <= 11; m++) o.app.call('periods.close', { ledgerId, period: `2026-${String(m).padStart(2, '0')}` }, o.tokens.kj)
      o.app.call('years.close', { ledgerId, year: 2026 }, o.tokens.kj)
    }
    const res = await callAsync(o.app, 'yearend.exportFinalAccounts', { ledgerIds: [o.ledgers.jz, o.ledgers.a], year: 2026 }, o.tokens.kj)
    expect(res.ok).toBe(true)
    const wb = await loadWorkbook((res as { data: { content: string } }).data.content)
    expect(wb.worksheets.map((w) => w.name)).toContain('内部往来抵销')
    const notes: string[] = []
    wb.getWorksheet('附注')!.eachRow((row) => notes.push(String(row.getCell(2).value ?? '')))
    const text = notes.join('')
    expect(text).toContain('本年收入合计 0.00元')
    expect(text).toContain('汇总时已抵销上下级之间的补助收支 20,000.00元')
    expect(String(wb.getWorksheet('封面')!.getCell('B4').value)).toBe('某某街道总工会（汇总）')
  })
})
