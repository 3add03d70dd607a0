import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../../electron/core/excel/printable'
import { callAsync, loadWorkbook, registryOffice } from './registry-helpers'

async function exported(o: ReturnType<typeof registryOffice>, kind: string, year = 2026, token = o.viewer) {
  const res = await callAsync(o.app, 'registry.export', { kind, year }, token)
  if (!res.ok) throw new Error(res.error.message)
  const { fileName, content } = res.data as { fileName: string; content: string }
  return { fileName, content, workbook: await loadWorkbook(content) }
}

function office() {
  const o = registryOffice()
  const x = o.xiaoerji('XEJ01', { form: 'building', hasPremises: true, accountingMode: 'independent', certTo: '2027-01-10' })
  o.members(x, 2)
  o.survey(x, 2026, { workers: 1000, members: 849 })
  o.enterprise('上海某某科技有限公司', 2026, { workers: 120, xiaoerjiId: x, hasUnion: true })
  o.enterprise('未覆盖的企业', 2026, { workers: 30 })
  return { o, x }
}

describe('registry export (printable xlsx)', () => {
  it('lays a list out for printing: merged title, 编制单位 and date, A4 landscape, frozen and repeated header', async () => {
    const { o } = office()
    const { fileName, workbook } = await exported(o, 'unions')
    expect(fileName).toBe('UnionDesk-工会组织-2026.xlsx')
    const ws = workbook.worksheets[0]
    expect(ws.name).toBe('工会组织')
    expect(ws.getCell('A1').value).toBe('工会组织台账')
    expect(ws.model.merges).toContain('A1:V1')
    expect(ws.getCell('A2').value).toBe('编制单位：某某街道总工会')
    expect(ws.getCell('V2').value).toBe('日期：2026-11-24')
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' })
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect((ws.getRow(3).values as string[]).slice(1, 4)).toEqual(['工会编码', '工会名称', '组织类型'])
    expect((ws.getRow(4).values as unknown[]).slice(1, 4)).toEqual(['JZ', '某某街道总工会', '街镇总工会'])
    expect((ws.getRow(5).values as unknown[]).slice(1, 5)).toEqual(['XEJ01', 'XEJ01 工会联合会', '小二级工会联合会', 'JZ'])
    // Chinese text counts double: '小二级工会联合会' is 16 wide, plus a margin…
    expect(displayWidth('小二级工会联合会')).toBe(16)
    expect(workbook.worksheets.length).toBe(1)
    // …but 22 columns that wide would print below 9 pt: the text columns give way and wrap (money keeps its width).
    expect(ws.getColumn(3).width).toBe(8)
    expect(ws.getCell('C5').alignment).toMatchObject({ wrapText: true })
  })

  it('exports the scorecard as a status overview and every check with its clause and figure', async () => {
    const { o } = office()
    const { workbook } = await exported(o, 'scorecard')
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['达标情况汇总', '检查明细'])
    const [summary, detail] = workbook.worksheets
    expect(summary.getCell('A1').value).toBe('2026 年小二级工会达标情况汇总（截至 2026-11-24）')
    expect(summary.getCell('B3').value).toBe('工会组织数（第五条）')
    expect(summary.getRow(4).getCell(1).value).toBe('XEJ01 工会联合会')
    expect(summary.getRow(4).getCell(2).value).toBe('不达标')
    const rows = detail.getSheetValues().slice(4) as unknown[][]
    expect(rows.find((r) => r[2] === '入会率')?.slice(1)).toEqual(['XEJ01 工会联合会', '入会率', '第八条', '不达标', '849/1,000 = 84.90%', '入会率低于 85.00%'])
    expect(rows.find((r) => r[2] === '法人资格证书')?.[4]).toBe('预警')
  })

  it('exports the whole register for a year, and every work list', async () => {
    const { o } = office()
    const { workbook } = await exported(o, 'registry')
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['工会组织', '企业', '联合委员会成员', '专职工作者', '服务站点', '年度调查', '建会率入会率'])
    expect(workbook.getWorksheet('企业')!.getCell('A1').value).toBe('2026 年企业名单')
    expect(workbook.getWorksheet('建会率入会率')!.getRow(4).values).toEqual([undefined, 'XEJ01 工会联合会', '1/1 = 100.00%（按企业名单）', '849/1,000 = 84.90%', '达标 / 不达标'])
    const uncovered = (await exported(o, 'uncovered')).workbook.worksheets[0]
    expect(uncovered.getCell('A1').value).toBe('2026 年未被小二级覆盖的企业')
    expect(uncovered.getRow(4).getCell(2).value).toBe('未覆盖的企业')
    expect(uncovered.rowCount).toBe(4)
    const certificates = (await exported(o, 'certificates')).workbook.worksheets[0]
    expect(['A4', 'B4', 'D4', 'E4', 'F4'].map((a) => certificates.getCell(a).value)).toEqual(['XEJ01', 'XEJ01 工会联合会', null, '2027-01-10', 47])
  })

  it('can be corrected in Excel and imported again: the printed header rows are skipped', async () => {
    const { o } = office()
    const { content } = await exported(o, 'enterprises')
    const res = await callAsync(o.app, 'import.registry', { kind: 'enterprises', fileName: 'e.xlsx', content }, o.admin)
    expect(res).toEqual({ ok: true, data: { rows: 2, created: 0, updated: 2 } })
  })
})
