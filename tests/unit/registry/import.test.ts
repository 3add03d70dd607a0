import { describe, expect, it } from 'vitest'
import { callAsync, loadWorkbook, registryOffice, unionUscc, xlsxBase64 } from './registry-helpers'

const UNION_HEADER = ['工会编码', '工会名称', '组织类型', '上级工会编码', '组织形态', '统一社会信用代码', '证书有效期止', '有无阵地', '核算方式']

async function importFile(o: ReturnType<typeof registryOffice>, kind: string, header: string[], rows: (string | number | Date | null)[][]) {
  const content = await xlsxBase64(header, rows)
  return callAsync(o.app, 'import.registry', { kind, fileName: `${kind}.xlsx`, content }, o.admin)
}

describe('registry import templates', () => {
  it('serves every registry template through import.template, with a 说明 sheet', async () => {
    const o = registryOffice()
    const expected = {
      unions: ['工会组织', '工会编码'],
      enterprises: ['企业', '年度'],
      committee: ['联合委员会成员', '小二级编码'],
      staff: ['专职工作者', '小二级编码'],
      stations: ['服务站点', '工会编码'],
      surveys: ['年度调查', '小二级编码'],
    }
    for (const [kind, [title, first]] of Object.entries(expected)) {
      const res = await callAsync(o.app, 'import.template', { kind }, o.viewer)
      if (!res.ok) throw new Error(res.error.message)
      const { fileName, content } = res.data as { fileName: string; content: string }
      expect(fileName).toBe(`UnionDesk-${title}导入模板.xlsx`)
      const workbook = await loadWorkbook(content)
      expect(workbook.worksheets.map((w) => w.name)).toEqual([title, '说明'])
      expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe(first)
      expect(workbook.worksheets[0].rowCount).toBeGreaterThan(1)
    }
  })

  it('imports the template’s own examples as they are', async () => {
    const o = registryOffice()
    for (const kind of ['unions', 'enterprises', 'committee', 'staff', 'stations', 'surveys']) {
      if (kind === 'enterprises') o.save({ code: 'LH01', name: '某某楼宇联合工会', type: 'joint', parentId: o.app.call('unions.list', {}, o.admin)[1].id })
      const res = await callAsync(o.app, 'import.template', { kind }, o.admin)
      if (!res.ok) throw new Error(res.error.message)
      const imported = await callAsync(o.app, 'import.registry', { kind, fileName: 't.xlsx', content: (res.data as { content: string }).content }, o.admin)
      expect(imported, kind).toMatchObject({ ok: true })
    }
  })
})

describe('registry import', () => {
  it('adds a tree in file order, then updates by 工会编码 or USCC on re-import instead of duplicating', async () => {
    const o = registryOffice()
    const uscc = unionUscc(301)
    const rows = [
      ['XEJ01', '园区联合会', '小二级工会联合会', 'JZ', '工业园区', uscc, '2028-12-31', '是', '上代下核算'],
      ['E01', '甲公司工会', '企业单独工会', 'XEJ01', null, null, null, null, null],
    ]
    expect(await importFile(o, 'unions', UNION_HEADER, rows)).toEqual({ ok: true, data: { rows: 2, created: 2, updated: 0 } })
    expect(await importFile(o, 'unions', UNION_HEADER, rows)).toEqual({ ok: true, data: { rows: 2, created: 0, updated: 2 } })
    // A new code with a known USCC is the same union renumbered.
    const renamed = [['XEJ-1', '园区工会联合会', '小二级工会联合会', 'JZ', '工业园区', uscc, '2028-12-31', '是', '上代下核算']]
    expect(await importFile(o, 'unions', UNION_HEADER, renamed)).toEqual({ ok: true, data: { rows: 1, created: 0, updated: 1 } })
    const list = o.app.call('unions.list', {}, o.viewer)
    expect(list.map((u) => [u.code, u.name, u.parentName])).toEqual([
      ['JZ', '某某街道总工会', null],
      ['XEJ-1', '园区工会联合会', '某某街道总工会'],
      ['E01', '甲公司工会', '园区工会联合会'],
    ])
    expect(list[1]).toMatchObject({ form: 'industrial_park', hasPremises: true, accountingMode: 'upper_for_lower', certTo: '2028-12-31' })
    const { rows: audit } = o.app.call('audit.list', { method: 'import.registry' }, o.admin)
    expect(audit[0].summary).toBe('从 unions.xlsx 导入工会组织 1 行：新增 0，更新 1')
  })

  it('writes nothing and reports each bad row by its Excel row number', async () => {
    const o = registryOffice()
    const good = unionUscc(302)
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
    const res = await importFile(o, 'unions', UNION_HEADER, [
      ['A', '好的一行', '小二级工会联合会', 'JZ', null, null, null, null, null],
      ['B', '类型错', '小二级', 'JZ', null, null, null, null, null],
      ['C', '校验码错', '小二级工会联合会', 'JZ', null, badCheck, null, null, null],
      ['D', '上级不存在', '企业单独工会', 'NOPE', null, null, '2026-02-30', '也许', null],
      ['A', '重复编码', '小二级工会联合会', 'JZ', null, null, null, null, null],
      [null, '缺编码', '小二级工会联合会', 'JZ', null, null, null, null, null],
    ])
    if (res.ok) throw new Error('import should fail')
    expect(res.error.code).toBe('VALIDATION')
    expect(res.error.message).toMatch(/^导入失败，共 7 处错误，未导入任何工会组织。第 3 行：组织类型：只能填 街镇总工会、小二级工会联合会/)
    expect(res.error.fields).toEqual({
      '第 3 行': '组织类型：只能填 街镇总工会、小二级工会联合会、企业单独工会、小企业工会联合会、联合工会',
      '第 4 行': `统一社会信用代码：校验码错误：按前 17 位第 18 位应为“${good[17]}”，现为“${badCheck[17]}”，请核对证照`,
      '第 5 行': '上级工会编码：工会编码“NOPE”不存在，请先登记该工会（或放在本文件更前面的行）；证书有效期止：“2026-02-30”不是 YYYY-MM-DD 格式的有效日期；有无阵地：请填“是”或“否”',
      '第 6 行': '与第 2 行是同一条记录，请合并为一行',
      '第 7 行': '工会编码：必填',
    })
    expect(o.app.call('unions.list', {}, o.viewer).map((u) => u.code)).toEqual(['JZ'])
  })

  it('imports enterprises for a year with their union and 小二级, updating by USCC', async () => {
    const o = registryOffice()
    const x = o.xiaoerji('XEJ01')
    o.save({ code: 'LH', name: '联合工会', type: 'joint', parentId: x })
    const header = ['年度', '企业名称', '统一社会信用代码', '职工人数', '是否建会', '所属工会编码', '覆盖小二级编码', '企业规模']
    const code = '91350100M000100Y43'
    const first = await importFile(o, 'enterprises', header, [
      [2026, '甲公司', code, '1,200', '是', 'LH', 'XEJ01', '中型'],
      [2026, '乙公司', null, 8, '否', null, null, null],
    ])
    expect(first).toEqual({ ok: true, data: { rows: 2, created: 2, updated: 0 } })
    const again = await importFile(o, 'enterprises', header, [[2026, '甲公司（更名）', code, 1300, '是', 'LH', 'XEJ01', '大型']])
    expect(again).toEqual({ ok: true, data: { rows: 1, created: 0, updated: 1 } })
    const list = o.app.call('enterprises.list', { year: 2026 }, o.viewer)
    expect(list.map((e) => [e.name, e.workers, e.size, e.unionName, e.xiaoerjiName])).toEqual([
      ['甲公司（更名）', 1300, 'large', '联合工会', 'XEJ01 工会联合会'],
      ['乙公司', 8, null, null, null],
    ])
    const bad = await importFile(o, 'enterprises', header, [[2026, '丙公司', null, 5, '否', 'LH', null, null]])
    expect(bad).toMatchObject({ ok: false, error: { fields: { '第 2 行': '填写了所属工会时，“是否建会”须为“是”' } } })
  })

  it('imports committee members, staff, stations and surveys, matching on their identity', async () => {
    const o = registryOffice()
    o.xiaoerji('XEJ01')
    const committee = ['小二级编码', '姓名', '职务', '来源', '任期起', '是否专职工作者']
    expect(await importFile(o, 'committee', committee, [['XEJ01', '张某', '副主席', '税务', '2024-01-01', '否']])).toMatchObject({ ok: true, data: { created: 1 } })
    expect(await importFile(o, 'committee', committee, [['XEJ01', '张某', '主席', '税务', '2024-01-01', '否']])).toMatchObject({ ok: true, data: { updated: 1 } })
    expect(o.app.call('committee.list', {}, o.viewer).map((m) => [m.name, m.role, m.unionName])).toEqual([['张某', 'chair', 'XEJ01 工会联合会']])

    const stations = ['工会编码', '站点名称', '站点类型', '基本设施', '负责人']
    const ok = await importFile(o, 'stations', stations, [['XEJ01', '接力站', '户外职工爱心接力站', '空调、冰箱，插排', '刘某']])
    expect(ok).toMatchObject({ ok: true })
    expect(o.app.call('stations.list', {}, o.viewer)[0]).toMatchObject({ facilities: ['air_conditioner', 'fridge', 'power_strip'], responsible: '刘某' })
    const badFacility = await importFile(o, 'stations', stations, [['XEJ01', '接力站 2', '服务站', '空调、电视', null]])
    expect(badFacility).toMatchObject({ ok: false, error: { fields: { '第 2 行': expect.stringContaining('基本设施：不认识“电视”') } } })

    const survey = ['小二级编码', '调查年度', '调查日期', '企业数', '已建会企业数', '职工人数', '会员人数', '女会员人数', '农民工会员人数']
    const inconsistent = await importFile(o, 'surveys', survey, [['XEJ01', 2026, '2026-06-30', 10, 11, 100, 120, 0, 0]])
    expect(inconsistent).toMatchObject({ ok: false, error: { fields: { '第 2 行': '已建会企业数不能大于企业数' } } })
    expect(await importFile(o, 'surveys', survey, [['XEJ01', 2026, '2026-06-30', 10, 9, 100, 90, 40, 10]])).toMatchObject({ ok: true, data: { created: 1 } })
    expect(await importFile(o, 'surveys', survey, [['XEJ01', 2026, '2026-07-31', 10, 9, 100, 95, 40, 10]])).toMatchObject({ ok: true, data: { updated: 1 } })
    expect(o.app.call('surveys.list', { year: 2026 }, o.viewer).map((s) => [s.surveyDate, s.members])).toEqual([['2026-07-31', 95]])

    const staffOnStreet = await importFile(o, 'staff', ['小二级编码', '姓名', '到岗日期'], [['JZ', '王某', '2026-01-01']])
    expect(staffOnStreet).toMatchObject({ ok: false, error: { fields: { '第 2 行': '工会组织须为小二级工会联合会，“某某街道总工会”是街镇总工会' } } })
  })

  it('refuses the import to anyone but the 系统管理员, and files without the template’s columns', async () => {
    const o = registryOffice()
    const content = await xlsxBase64(['名称'], [['x']])
    const denied = await callAsync(o.app, 'import.registry', { kind: 'unions', fileName: 'a.xlsx', content }, o.viewer)
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const missing = await callAsync(o.app, 'import.registry', { kind: 'unions', fileName: 'a.xlsx', content }, o.admin)
    expect(missing).toMatchObject({ ok: false, error: { message: '第 1 行缺少列：工会编码、工会名称、组织类型、上级工会编码。请使用系统提供的导入模板' } })
  })
})
