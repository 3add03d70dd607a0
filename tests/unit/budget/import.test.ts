import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { run, xlsxFile } from '../cli/cli-helpers'
import { ln, postVoucher } from '../ledger/ledger-helpers'
import { callAsync, loadWorkbook, xlsxBase64 } from '../registry/registry-helpers'
import { office, y, type Office } from './budget-helpers'

const HEADER = ['科目编码', '科目名称', '支出类型', '项目', '资金性质', '年初预算数', '备注']

async function importBudget(o: Office, content: string, year = 2026) {
  return callAsync(o.app, 'budget.import', { ledgerId: o.ledgerId, year, fileName: '预算.xlsx', content }, o.tokens.kj)
}

const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1)

describe('budget import and the execution export', () => {
  it('round-trips: template → filled in → imported → exported 预算执行表 read back', async () => {
    const o = office()
    o.app.call('projects.save', { ledgerId: o.ledgerId, code: 'P01', name: '困难职工帮扶' }, o.tokens.kj)
    const template = await callAsync(o.app, 'import.template', { kind: 'budget' }, o.tokens.kj)
    if (!template.ok) throw new Error(template.error.message)
    const workbook = await loadWorkbook((template.data as { content: string }).content)
    const sheet = workbook.worksheets[0]
    expect(values(sheet, 1)).toEqual(HEADER)
    expect(workbook.getWorksheet('说明')!.getCell('A2').value).toBe('科目编码')
    // The clerk keeps the examples' first two rows and replaces the third with her own lines.
    sheet.spliceRows(4, 1, ['50105', '会员活动支出', '', '', '非专项', '45,000.00', '节日慰问'], ['50404', '', '', 'P01', '专项', 15000, ''])
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    const imported = await importBudget(o, filled)
    expect(imported).toMatchObject({ ok: true, data: { lines: 4, created: true, original: y('140,000.00') } })
    const view = o.app.call('budget.get', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)!
    expect(view.lines.map((l) => [l.accountCode, l.spendType, l.projectName, l.fundNature, l.original, l.notes])).toEqual([
      ['401', null, null, 'general', y('60,000.00'), null],
      ['40302', null, null, 'special', y('20,000.00'), null],
      ['50105', 'basic', null, 'general', y('45,000.00'), '节日慰问'],
      ['50404', 'project', '困难职工帮扶', 'special', y('15,000.00'), null],
    ])
    o.app.call('budget.approve', { id: view.id, reviewedOn: '2026-01-05', approvedBody: 'congress', approvedOn: '2026-01-09' }, o.tokens.kj)
    postVoucher(o, '2026-03-05', [ln(o, '102', '借', '12,345.67', '会费'), ln(o, '401', '贷', '12,345.67', '会费', { fundNature: 'general' })])

    const exported = await callAsync(o.app, 'budget.exportExecution', { ledgerIds: [o.ledgerId], period: '2026-03' }, o.tokens.kj)
    if (!exported.ok) throw new Error(exported.error.message)
    const { fileName, content } = exported.data as { fileName: string; content: string }
    expect(fileName).toBe('UnionDesk-预算执行表-JZ-2026-03.xlsx')
    const ws = (await loadWorkbook(content)).worksheets[0]
    expect(ws.getCell('A1').value).toBe('预算执行表')
    expect(ws.getCell('A2').value).toBe('编制单位：某某街道总工会')
    expect(ws.getCell('F2').value).toBe('2026年3月    单位：元')
    expect(ws.pageSetup).toMatchObject({ orientation: 'portrait', fitToWidth: 1 })
    expect(values(ws, 3)).toEqual(['科目', '明细', '年初预算', '调整后预算', '本月执行', '累计执行', '执行率', '上年同期', '差异（预算−执行）', '说明'])
    expect(values(ws, 4)).toEqual(['401 会费收入', '非专项', 60000, 60000, 12345.67, 12345.67, '20.58%', 0, 47654.33, ''])
    expect(values(ws, 6)).toEqual(['收入合计', '', 80000, 80000, 12345.67, 12345.67, '15.43%', 0, 67654.33, ''])
    expect(values(ws, 8)[0]).toBe('50404 维权支出-困难职工帮扶支出')
    expect(ws.getCell('C4').numFmt).toBe('#,##0.00')
    expect(ws.getCell(`A${ws.rowCount}`).value).toMatch(/^工会主席：/)
  })

  it('lists every bad row in Chinese and writes nothing', async () => {
    const o = office()
    const content = await xlsxBase64(HEADER, [
      ['999', '', '', '', '非专项', 100, ''],
      ['401', '会费', '', '', '非专项', 100, ''],
      ['402', '', '基本支出', '', '非专项', 100, ''],
      ['50105', '', '', '', '普通', 100, ''],
      ['50105', '', '', 'P99', '非专项', -5, ''],
      ['102', '', '', '', '非专项', 100, ''],
      ['50105', '', '', '', '非专项', 100, ''],
      ['50105', '', '基本支出', '', '非专项', 1.005, ''],
      ['50105', '', '基本支出', '', '非专项', 200, ''],
    ])
    const res = await importBudget(o, content)
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.message).toMatch(/^导入失败，共 \d+ 处错误，未导入任何预算项目。/)
    expect(res.error.fields).toEqual({
      '第 2 行': '科目编码“999”不存在',
      '第 3 行': '科目名称“会费”与科目 401“会费收入”不符',
      '第 4 行': '402 拨缴经费收入 不区分基本支出和项目支出',
      '第 5 行': '资金性质应为“专项”或“非专项”',
      '第 6 行': '项目“P99”不存在；年初预算数不是有效金额（不能为负，最多两位小数）',
      '第 7 行': '102 银行存款 不是收入类或支出类科目，不能编入预算',
      '第 9 行': '年初预算数不是有效金额（不能为负，最多两位小数）',
      '第 10 行': '与第 8 行是同一预算项目（科目、支出类型、项目和资金性质相同）',
    })
    expect(o.app.call('budget.get', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)).toBeNull()
  })

  it('replaces a draft’s lines on re-import and refuses an approved budget', async () => {
    const o = office()
    await importBudget(
      o,
      await xlsxBase64(HEADER, [
        ['401', '', '', '', '非专项', 100, ''],
        ['50105', '', '', '', '非专项', 100, ''],
      ]),
    )
    const again = await importBudget(o, await xlsxBase64(HEADER, [['401', '', '', '', '非专项', 300, '']]))
    expect(again).toMatchObject({ ok: true, data: { lines: 1, created: false, original: y('300.00') } })
    const view = o.app.call('budget.get', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)!
    expect(view.lines.map((l) => l.original)).toEqual([y('300.00')])
    o.app.call('budget.approve', { id: view.id, reviewedOn: '2026-01-05', approvedBody: 'committee', approvedOn: '2026-01-08' }, o.tokens.kj)
    const refused = await importBudget(o, await xlsxBase64(HEADER, [['401', '', '', '', '非专项', 1, '']]))
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('uniondesk import budget / export budget-execution', () => {
  it('imports as the named 会计 and exports one 账套 or all of them', async () => {
    const o = office()
    o.app.core.close()
    const dir = o.app.dataDir
    const file = await xlsxFile(dir, 'budget.xlsx', [HEADER, ['401', '会费收入', '', '', '非专项', 1000, ''], ['50105', '', '', '', '非专项', '800.50', '']])
    const d = (...argv: string[]) => run('--data', dir, ...argv)
    expect(await d('import', 'budget', file, '--ledger', 'JZ', '--year', '2026')).toMatchObject({ code: 1, err: '错误：您没有权限执行“导入预算”，需要“会计（制单）”角色' })
    expect(await d('--user', 'kj', 'import', 'budget', file, '--ledger', 'JZ')).toMatchObject({ code: 1, err: '错误：请用 --year <年度> 指定预算年度，如 --year 2026' })
    expect(await d('--user', 'kj', 'import', 'budget', file, '--ledger', 'JZ', '--year', '2026')).toMatchObject({
      code: 0,
      out: '已导入 2026年预算 2 个项目（新建预算），年初预算数合计 1,800.50 元',
    })
    const bad = await xlsxFile(dir, 'bad.xlsx', [HEADER, ['888', '', '', '', '非专项', 1, '']])
    const refused = await d('--user', 'kj', 'import', 'budget', bad, '--ledger', 'JZ', '--year', '2026')
    expect(refused).toMatchObject({ code: 1, out: '第 2 行：科目编码“888”不存在' })

    const out = join(dir, 'exec.xlsx')
    expect(await d('export', 'budget-execution', '--ledger', 'all', '--period', '2026-01', '--out', out)).toMatchObject({
      code: 0,
      out: `已导出 预算执行表-JZ-2026-01 到 ${out}`,
    })
    const ws = (await loadWorkbook(readFileSync(out).toString('base64'))).worksheets[0]
    expect(values(ws, 4).slice(0, 4)).toEqual(['401 会费收入', '非专项', 1000, 1000])
    expect(await d('export', 'budget-execution', '--ledger', 'JZ', '--out', out)).toMatchObject({ code: 1, err: expect.stringContaining('会计期间') })
  })
})
