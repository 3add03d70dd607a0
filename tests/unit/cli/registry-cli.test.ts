import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers'
import { run, xlsxFile } from './cli-helpers'

describe('registry commands', () => {
  it('imports the register, exports it and the scorecard, and links a 账套 to a 小二级', async () => {
    const data = tempDir()
    const d = (...argv: string[]) => run('--data', data, ...argv)
    await d('init', '--admin', 'admin', '--name', '王管理', '--password', 'Admin2026')
    const unions = await xlsxFile(data, 'unions.xlsx', [
      ['工会编码', '工会名称', '组织类型', '上级工会编码', '有无阵地'],
      ['JZ', '某某街道总工会', '街镇总工会', null, '是'],
      ['XEJ01', '园区工会联合会', '小二级工会联合会', 'JZ', '是'],
    ])
    expect(await d('import', 'unions', unions)).toMatchObject({ code: 0, out: '已导入 2 行：新增 2，更新 0' })
    expect((await d('import', 'unions', unions)).out).toBe('已导入 2 行：新增 0，更新 2')
    const surveys = await xlsxFile(data, 'surveys.xlsx', [
      ['小二级编码', '调查年度', '调查日期', '企业数', '已建会企业数', '职工人数', '会员人数', '女会员人数', '农民工会员人数'],
      ['XEJ01', 2025, '2025-06-30', 40, 36, 2400, 2100, 900, 300],
    ])
    expect((await d('import', 'surveys', surveys)).out).toBe('已导入 1 行：新增 1，更新 0')

    const out = join(data, 'card.xlsx')
    expect(await d('export', 'scorecard', '--year', '2025', '--out', out)).toMatchObject({ code: 0, out: `已导出 小二级达标检查-2025 到 ${out}` })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets[0].getCell('A1').value).toBe('2025 年小二级工会达标情况汇总（截至 2025-12-31）')
    expect(workbook.worksheets[1].getCell('A2').value).toBe('编制单位：某某街道总工会')

    const register = join(data, 'register.xlsx')
    expect((await d('export', 'registry', '--year', '2025', '--out', register)).code).toBe(0)
    await workbook.xlsx.load(readFileSync(register) as unknown as ExcelJS.Buffer)
    expect(workbook.getWorksheet('年度调查')!.getRow(4).getCell(1).value).toBe('XEJ01')

    expect((await d('ledgers', 'add', '--code', 'X1', '--name', '园区账套', '--start', '2026-01', '--union', 'XEJ01')).code).toBe(0)
    expect((await d('ledgers', 'add', '--code', 'X2', '--name', '无此工会', '--start', '2026-01', '--union', 'NOPE')).err).toBe('错误：工会编码“NOPE”不存在（可在组织台账中查看）')
  })

  it('prints each bad row of a failed registry import and exits 1; export needs --out', async () => {
    const data = tempDir()
    const d = (...argv: string[]) => run('--data', data, ...argv)
    await d('init', '--admin', 'admin', '--name', '王管理', '--password', 'Admin2026')
    const bad = await xlsxFile(data, 'bad.xlsx', [
      ['工会编码', '工会名称', '组织类型', '上级工会编码'],
      ['XEJ01', '园区工会联合会', '小二级工会联合会', 'JZ'],
    ])
    const result = await d('import', 'unions', bad)
    expect(result).toMatchObject({ code: 1, err: '错误：导入失败，共 1 处错误，未导入任何工会组织' })
    expect(result.out).toBe('第 2 行：上级工会编码：工会编码“JZ”不存在，请先登记该工会（或放在本文件更前面的行）')
    expect((await d('export', 'scorecard')).err).toBe('错误：请用 --out <文件.xlsx> 指定导出到哪个文件')
    expect((await d('export', 'everything', '--out', 'x.xlsx')).err).toMatch(/^错误：用法：uniondesk export registry\|scorecard\|/)
  })
})
