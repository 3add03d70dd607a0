import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { run, xlsxFile } from '../cli/cli-helpers'
import { HEADER, MARCH, levyOffice } from './levy-helpers'

describe('uniondesk import levy-returns / export levy-register', () => {
  it('imports a 返拨明细 with its vouchers in one go, refuses a wrong amount, and exports the 经费收缴情况表', async () => {
    const o = levyOffice()
    o.app.core.close()
    const dir = o.app.dataDir
    const file = await xlsxFile(dir, '返拨.xlsx', [HEADER, ...MARCH.slice(0, 3)])
    const args = ['--data', dir, '--user', 'kj', 'import', 'levy-returns', file, '--ledger', 'JZ', '--period', '2026-03']
    const wrong = await run(...args, '--amount', '2,699.99')
    expect(wrong).toMatchObject({ code: 1, err: expect.stringContaining('返拨金额合计 2,700.00 元与到账金额 2,699.99 元不符，相差 0.01 元') })
    const ok = await run(...args, '--amount', '2700')
    expect(ok).toMatchObject({ code: 0, out: '已导入返拨明细 3 行（2,700.00 元），匹配企业 3 行\n已生成草稿凭证：JZ 记-1、JZ 记-2、XA 记-1、JZ 记-3、XB 记-1（待审核记账）' })
    expect((await run(...args, '--amount', '2700')).err).toContain('不能重复导入')

    const unmatched = await xlsxFile(dir, '返拨4.xlsx', [HEADER, ['丁物流（上海）有限公司', '', '2026-04', 10000, 200, 136]])
    const partial = await run('--data', dir, '--user', 'kj', 'import', 'levy-returns', unmatched, '--ledger', 'JZ', '--period', '2026-04', '--amount', '136')
    expect(partial.out).toContain('未匹配：第 2 行 丁物流（上海）有限公司')

    const out = join(dir, 'levy.xlsx')
    expect(await run('--data', dir, 'export', 'levy-register', '--year', '2026', '--out', out)).toMatchObject({ code: 0, out: `已导出 经费收缴情况表-JZ-2026 到 ${out}` })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const ws = wb.worksheets[0]
    const texts = ws.getColumn(1).values.map((v) => String(v ?? ''))
    expect(texts).toEqual(expect.arrayContaining(['经费收缴情况表', '【甲联合会】小计', '　甲科技有限公司', '【乙联合会】小计', '【建会筹备金（未建会企业）】小计', '合计']))
    const filtered = join(dir, 'levy-xa.xlsx')
    expect((await run('--data', dir, 'export', 'levy-register', '--year', '2026', '--union', 'XA', '--out', filtered)).code).toBe(0)
    await wb.xlsx.readFile(filtered)
    expect(wb.worksheets[0].getColumn(1).values.map(String)).not.toContain('【乙联合会】小计')
  })
})
