import { describe, expect, it } from 'vitest'
import { MARCH, USCC, levyOffice, y } from './levy-helpers'

describe('经费收缴情况表', () => {
  it('sums 应缴, 实缴, 缴纳率, 返拨 and 欠缴 per 小二级 and enterprise, year on year, with 实缴 by month', async () => {
    const o = levyOffice()
    o.rule('2025-01-01', ['30', '20', '48', '2'])
    const jia = (p: string, paid: number, ret: number) => ['甲科技有限公司', USCC.jia, p, 100000, paid, ret]
    expect((await o.importFile('2025-03', [jia('2025-03', 1500, 1020)], '1,020.00')).ok).toBe(true)
    expect((await o.importFile('2026-02', [jia('2026-02', 2000, 1360)], '1,360.00')).ok).toBe(true)
    expect((await o.importFile('2026-03', [jia('2026-03', 1500, 1020), ...MARCH.slice(1, 3)], '2,360.00')).ok).toBe(true)
    const r = o.app.call('levy.report', { ledgerId: o.ledgers.jz, year: 2026, to: '2026-03' }, o.tokens.kj)
    expect(r).toMatchObject({ title: '经费收缴情况表', orgName: '某某街道总工会', range: '2026-01 至 2026-03' })
    const row = (name: string) => r.rows.find((x) => x.name === name)!
    // 甲: due 2,000 × 2 months, paid 3,500 → 87.50 %; missing January estimated at 2 % of 100,000.
    expect(row('甲科技有限公司')).toMatchObject({ due: y('4000'), paid: y('3500'), rateBp: 8750, returned: y('2380'), arrears: y('500') + y('2000'), lastYearPaid: y('1500') })
    expect(row('甲联合会')).toMatchObject({ level: 'union', paid: y('3500') + 0, arrears: y('2500') })
    expect(row('戊制造有限公司')).toMatchObject({ level: 'enterprise', paid: 0, arrears: 0 }) // listed, no 工资总额 known
    expect(row('建会筹备金（未建会企业）')).toMatchObject({ paid: y('500'), returned: y('340') })
    expect(r.rows.at(-1)).toMatchObject({ level: 'total', paid: y('5000'), returned: y('3720') })
    expect(r.months.slice(0, 3)).toEqual([
      { period: '2026-01', paid: 0, lastYearPaid: 0 },
      { period: '2026-02', paid: y('2000'), lastYearPaid: 0 },
      { period: '2026-03', paid: y('3000'), lastYearPaid: y('1500') },
    ])
    expect(o.app.call('levy.report', { ledgerId: o.ledgers.jz, year: 2026, unionCode: 'XB' }, o.tokens.kj).rows.map((x) => x.name)).toEqual(['乙联合会', '乙贸易有限公司', '合计'])
    expect(o.app.fail('levy.report', { ledgerId: o.ledgers.jz, year: 2026, from: '2025-12' }, o.tokens.kj).message).toContain('须在 2026 年内')
    expect(o.app.fail('levy.report', { ledgerId: o.ledgers.jz, year: 2026, unionCode: 'NONE' }, o.tokens.kj).fields).toEqual({ unionCode: '没有记录' })
  })

  it("feeds the 小二级 scorecard's 经费保障 item", async () => {
    const o = levyOffice()
    expect((await o.importFile('2026-03', [MARCH[0]], '1,360.00')).ok).toBe(true)
    const card = o.app.call('registry.scorecard', { year: 2026 }, o.app.adminToken)
    const check = card.rows.find((r) => r.code === 'XA')!.checks.find((c) => c.rule === 'funding')!
    expect(check.explanation).toContain('经费收缴：实缴 2,000.00 元，返拨本小二级 960.00 元，缴纳率 100.00%')
  })
})
