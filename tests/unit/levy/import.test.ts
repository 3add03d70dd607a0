import { describe, expect, it } from 'vitest'
import { entries } from '../transfers/transfer-helpers'
import { MARCH, USCC, levyOffice, y } from './levy-helpers'

describe('返拨明细 import', () => {
  it("matches by 统一社会信用代码 then name, lists the unmatched row, and remembers the clerk's mapping", async () => {
    const o = levyOffice()
    const r = await o.importFile('2026-03', MARCH, '2,836.00')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.data).toMatchObject({ rows: 4, matched: 3, unmatched: [{ rowNumber: 5, name: '丁物流（上海）有限公司', uscc: null }], vouchers: [] })
    const rows = o.app.call('levy.entries', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj)
    expect(rows.map((x) => [x.fileName, x.enterpriseId, x.prep, x.recipient, x.streetAmount, x.lowerAmount, x.prepAmount])).toEqual([
      ['甲科技有限公司', o.e.jia, false, '甲联合会', y('400'), y('960'), 0],
      ['乙贸易有限公司', o.e.yi, false, '乙联合会', 0, y('1000'), 0], // 小微企业: full return
      ['丙餐饮有限公司', o.e.bing, true, null, 0, 0, y('340')], // no union: 筹备金 held whole
      ['丁物流（上海）有限公司', null, false, null, 0, 0, 0],
    ])
    expect(rows[0]).toMatchObject({ due: y('2000'), rule: '一般企业 2026-01-01 起：上解 30.00%、本级 20.00%、小二级 48.00%、手续费 2.00%' })
    expect(rows[1].rule).toContain('小微企业')
    expect(rows[2].due).toBe(y('500')) // 筹备金 at 2 % of 工资总额

    // Vouchers wait for the mapping: never silently dropped.
    expect(o.app.fail('levy.generate', { ledgerId: o.ledgers.jz, period: '2026-03' }, o.tokens.kj).message).toContain('1 行未对应企业')
    expect(o.app.call('levy.map', { ledgerId: o.ledgers.jz, entryId: rows[3].id, enterpriseId: o.e.ding }, o.tokens.kj)).toEqual({ mapped: 1 })
    const mapped = o.app.call('levy.entries', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj)[3]
    expect(mapped).toMatchObject({ enterpriseName: '丁物流有限公司', streetAmount: y('40'), lowerAmount: y('96') })

    // The next file with that name matches by itself.
    const april = await o.importFile('2026-04', [['丁物流（上海）有限公司', '', '2026-04', 10000, 200, 136]], '136.00')
    expect(april.ok && april.data.unmatched).toEqual([])
  })

  it('refuses a re-import of the same file, and rows already imported from another file', async () => {
    const o = levyOffice()
    const rows = [MARCH[0]]
    expect((await o.importFile('2026-03', rows, '1,360.00')).ok).toBe(true)
    const again = await o.importFile('2026-03', rows, '1,360.00')
    expect(!again.ok && again.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('不能重复导入') })
    const copy = await o.importFile(
      '2026-03',
      [
        [...rows[0].slice(0, 5), 1360],
        ['乙贸易有限公司', '', '2026-03', 1, 1, 1],
      ],
      '1,360.01',
    )
    expect(!copy.ok && copy.error.fields).toEqual({ '第 2 行': expect.stringContaining('疑为重复导入') })
    expect(o.app.call('levy.imports', { ledgerId: o.ledgers.jz }, o.tokens.kj)).toHaveLength(1)
  })

  it('reports bad files row by row in Chinese and writes nothing', async () => {
    const o = levyOffice()
    const bad = await o.importFile(
      '2026-03',
      [
        ['甲科技有限公司', USCC.jia, '2026年第一季度', 100000, '两千', 1360],
        ['', '', '2026-03', 100000, 2000, 1360],
      ],
      '2,720.00',
    )
    expect(!bad.ok && bad.error.fields).toEqual({
      '第 2 行': '所属期“2026年第一季度”不是月份，应为 YYYY-MM；实缴金额“两千”不是有效金额（元，最多两位小数，不能为负）',
      '第 3 行': '企业名称为空',
    })
    const missing = await o.importFile('2026-03', [['甲科技有限公司', '2026-03', 2000, 1360]], '1,360.00', {}, ['企业名称', '所属期', '实缴金额', '返拨金额'])
    expect(!missing.ok && missing.error.message).toContain('工资总额')
    const noColumn = await o.importFile('2026-03', [['甲科技有限公司', 100000, 2000]], '1,360.00', {}, ['企业名称', '工资总额', '实缴金额'])
    expect(!noColumn.ok && noColumn.error.message).toBe('返拨明细缺少列：企业名称、所属期、实缴金额、返拨金额（或在“列对应”中指定文件里的列名）')
    const total = await o.importFile('2026-03', MARCH, '2,800.00')
    expect(!total.ok && total.error).toMatchObject({ message: '返拨金额合计 2,836.00 元与到账金额 2,800.00 元不符，相差 36.00 元，未导入', fields: { amount: expect.any(String) } })
    expect(o.app.call('levy.imports', { ledgerId: o.ledgers.jz }, o.tokens.kj)).toEqual([])
    expect(o.app.call('levy.entries', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj)).toEqual([])
  })

  it('reads a file through the saved column mapping, 计征依据 standing in for 工资总额', async () => {
    const o = levyOffice()
    const header = ['单位名称', '统一社会信用代码', '所属期', '计征依据', '实缴金额', '返拨金额']
    const r = await o.importFile('2026-03', [MARCH[0]], '1,360.00', { columns: { 企业名称: '单位名称' } }, header)
    expect(r.ok).toBe(true)
    expect(o.app.call('levy.settings', { ledgerId: o.ledgers.jz }, o.tokens.kj).columns).toEqual({ 企业名称: '单位名称' })
    const next = await o.importFile('2026-04', [['甲科技有限公司', USCC.jia, '2026-04', 100000, 2000, 1360]], '1,360.00', {}, header)
    expect(next.ok).toBe(true)
    expect(o.app.call('levy.entries', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj).map((e) => e.payroll)).toEqual([y('100000'), y('100000')])
  })

  it("writes the transfer's vouchers in the same call when asked and every row matches", async () => {
    const o = levyOffice()
    const r = await o.importFile('2026-03', MARCH.slice(0, 3), '2,700.00', { vouchers: true })
    expect(r.ok && r.data.vouchers.map((v) => `${v.ledgerCode} ${v.label}`)).toEqual(['JZ 记-1', 'JZ 记-2', 'XA 记-1', 'JZ 记-3', 'XB 记-1'])
    const [street] = o.vouchersOf(o.ledgers.jz)
    expect(entries(street)).toEqual(['102 借 2700', '402 贷 400', '21202 贷 960 甲联合会', '21202 贷 1000 乙联合会', '21502 贷 340 丙餐饮有限公司'])
  })
})
