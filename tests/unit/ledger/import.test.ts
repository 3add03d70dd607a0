import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { callAsync, xlsx, type Row } from './import-helpers'
import { readRows } from '../../../electron/core/excel/sheet'
import { ln, office, y } from './ledger-helpers'

const VOUCHER_HEADER = ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '项目', '资金性质', '附件数']

describe('voucher import (published template)', () => {
  it('downloads a template that reads back with the published columns', async () => {
    const o = office()
    const res = await callAsync(o, 'import.template', { kind: 'vouchers' }, o.tokens.kj)
    if (!res.ok) throw new Error(res.error.message)
    const { fileName, content } = res.data as { fileName: string; content: string }
    expect(fileName).toBe('UnionDesk-凭证导入模板.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['凭证', '说明'])
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(VOUCHER_HEADER)
    expect(workbook.worksheets[0].views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('imports rows grouped by month, 字 and 号 as drafts, with Excel dates and numeric amounts', async () => {
    const o = office()
    o.app.call('projects.save', { ledgerId: o.ledgerId, code: 'P01', name: '送温暖' }, o.tokens.kj)
    const content = await xlsx(VOUCHER_HEADER, [
      [new Date(Date.UTC(2026, 0, 5)), '记', 1, '收取会费', '102', 5000, null, null, null, 2],
      [new Date(Date.UTC(2026, 0, 5)), '记', 1, '收取会费', '401', null, 5000, null, '非专项', null],
      ['2026-01-20', '记', 2, '春节送温暖', '50405', 1234.56, null, 'P01', '专项', 1],
      ['2026-01-20', '记', 2, '春节送温暖', '102', null, '1,234.56', null, null, null],
      ['2026/2/3', '记', 1, '银行利息', '102', 0.29, null, null, null, null],
      ['2026/2/3', '记', 1, '银行利息', '408', null, 0.29, null, '非专项', null],
    ])
    const res = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'jan.xlsx', content }, o.tokens.kj)
    expect(res).toEqual({ ok: true, data: { vouchers: 3, lines: 6, first: '2026-01 记-1', last: '2026-02 记-1', posted: false } })
    const list = o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj)
    expect(list.rows.map((r) => [r.date, r.label, r.total, r.status, r.origin, r.attachments])).toEqual([
      ['2026-01-05', '记-1', y('5,000.00'), 'draft', 'import', 2],
      ['2026-01-20', '记-2', y('1,234.56'), 'draft', 'import', 1],
      ['2026-02-03', '记-1', 29, 'draft', 'import', 0],
    ])
    const warm = o.app.call('vouchers.get', { id: list.rows[1].id }, o.tokens.kj)
    expect(warm.lines[0]).toMatchObject({ accountCode: '50405', fundNature: 'special', spendType: 'project', projectName: '送温暖' })
  })

  it('numbers imported vouchers after those already in each month and word, file after file', async () => {
    const o = office()
    o.app.call(
      'vouchers.create',
      { ledgerId: o.ledgerId, date: '2026-01-03', lines: [ln(o, '102', '借', '10.00'), ln(o, '401', '贷', '10.00', '业务', { fundNature: 'general' })] },
      o.tokens.kj,
    )
    const file = async (day: string) =>
      xlsx(VOUCHER_HEADER, [
        [`2026-01-${day}`, '记', 7, '收取会费', '102', 1, null, null, null, null],
        [`2026-01-${day}`, '记', 7, '收取会费', '401', null, 1, null, '非专项', null],
        [`2026-01-${day}`, '记', 9, '收取会费', '102', 2, null, null, null, null],
        [`2026-01-${day}`, '记', 9, '收取会费', '401', null, 2, null, '非专项', null],
        ['2026-02-02', '记', 3, '收取会费', '102', 3, null, null, null, null],
        ['2026-02-02', '记', 3, '收取会费', '401', null, 3, null, '非专项', null],
      ])
    for (const day of ['10', '20']) {
      const res = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'v.xlsx', content: await file(day) }, o.tokens.kj)
      expect(res.ok).toBe(true)
    }
    const list = o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj)
    expect(list.rows.map((r) => `${r.date} ${r.label}`)).toEqual([
      '2026-01-03 记-1',
      '2026-01-10 记-2',
      '2026-01-10 记-3',
      '2026-01-20 记-4',
      '2026-01-20 记-5',
      '2026-02-02 记-1',
      '2026-02-02 记-2',
    ])
  })

  it('writes nothing and reports every bad row with its number', async () => {
    const o = office()
    const content = await xlsx(VOUCHER_HEADER, [
      ['2026-01-05', '记', 1, '收取会费', '102', 100, null, null, null, null],
      ['2026-01-05', '记', 1, '收取会费', '401', null, 100, null, '非专项', null],
      ['2026-13-01', '记', 2, '日期错', '102', 1, null, null, null, null],
      ['2026-01-06', '记', 3, '', '9999', 1.234, 5, null, '大概', null],
    ])
    const res = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'bad.xlsx', content }, o.tokens.kj)
    if (res.ok) throw new Error('import should fail')
    expect(res.error.code).toBe('VALIDATION')
    expect(res.error.message).toMatch(/^导入失败，共 \d+ 处错误，未导入任何凭证/)
    expect(Object.keys(res.error.fields!)).toEqual(['第 4 行', '第 5 行'])
    expect(res.error.fields!['第 4 行']).toContain('日期应为 YYYY-MM-DD 格式的有效日期')
    expect(res.error.fields!['第 5 行']).toMatch(/摘要不能为空.*科目编码“9999”不存在.*借方金额不是有效金额.*资金性质只能填/)

    // With the rows fixed, the voucher-level rules speak, still with row numbers.
    const fixed = await xlsx(VOUCHER_HEADER, [
      ['2026-01-07', '记', 4, '缺资金性质', '50102', 10, null, null, null, null],
      ['2026-01-07', '记', 4, '缺资金性质', '102', null, 10, null, null, null],
    ])
    const again = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'bad.xlsx', content: fixed }, o.tokens.kj)
    if (again.ok) throw new Error('import should fail')
    expect(again.error.fields!['第 2 行']).toContain('记-4 的第 2 行：收入、支出科目须选择资金性质')
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).total).toBe(0)
  })

  it('brings in audited books as posted only for the 系统管理员, recorded in the audit log', async () => {
    const o = office()
    const content = await xlsx(VOUCHER_HEADER, [
      ['2026-01-05', '记', 1, '收取会费', '102', 100, null, null, null, null],
      ['2026-01-05', '记', 1, '收取会费', '401', null, 100, null, '非专项', null],
    ])
    const denied = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'a.xlsx', content, post: true }, o.tokens.kj)
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const res = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'a.xlsx', content, post: true }, o.app.adminToken)
    expect(res).toMatchObject({ ok: true, data: { posted: true } })
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId, status: 'posted' }, o.tokens.kj).total).toBe(1)
    const { rows } = o.app.call('audit.list', { method: 'import.vouchers' }, o.app.adminToken)
    expect(rows[0].summary).toContain('按已审核账簿直接记账')
  })

  it('refuses a file that is not xlsx', async () => {
    const o = office()
    const res = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'a.csv', content: Buffer.from('日期,摘要').toString('base64') }, o.tokens.kj)
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不是 .xlsx 格式') } })
  })
})

describe('voucher import off the request thread (browser mode)', () => {
  it('runs in a worker thread on its own connection: all or nothing, every bad row by its Excel row, audited', async () => {
    const o = office()
    Object.assign(o.app.core.options, { offloadHeavyJobs: true }) // what `serve` sets
    const bad = await xlsx(VOUCHER_HEADER, [
      ['2026-01-05', '记', 1, '收取会费', '102', 100, null, null, null, null],
      ['2026-01-05', '记', 1, '收取会费', '401', null, 100, null, '非专项', null],
      ['2026-01-06', '记', 2, '坏行', '9999', 1, null, null, null, null],
      ['2026-02-30', '记', 3, '坏日期', '102', 1, null, null, null, null],
    ])
    const refused = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'bad.xlsx', content: bad }, o.tokens.kj)
    if (refused.ok) throw new Error('import should fail')
    expect(refused.error.code).toBe('VALIDATION')
    expect(Object.keys(refused.error.fields!)).toEqual(['第 4 行', '第 5 行'])
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).total).toBe(0)

    const good = await xlsx(VOUCHER_HEADER, [
      ['2026-01-05', '记', 1, '收取会费', '102', 100, null, null, null, null],
      ['2026-01-05', '记', 1, '收取会费', '401', null, 100, null, '非专项', null],
    ])
    const res = await callAsync(o, 'import.vouchers', { ledgerId: o.ledgerId, fileName: 'good.xlsx', content: good }, o.tokens.kj)
    expect(res).toEqual({ ok: true, data: { vouchers: 1, lines: 2, first: '2026-01 记-1', last: '2026-01 记-1', posted: false } })
    // The main connection sees the worker's commit, and the audit row came with it.
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).total).toBe(1)
    expect(o.app.call('audit.list', { method: 'import.vouchers' }, o.app.adminToken).rows[0]).toMatchObject({ channel: 'http' })
  }, 120_000) // each worker compiles the core from source with tsx here (the built app loads its bundle)

  it('refuses a file over the row limit before anything is written, saying the limit', async () => {
    const rows = Array.from({ length: 3 }, (_, i) => ['2026-01-05', '记', i + 1, '收取会费', '102', 100, null, null, null, null] as Row)
    const content = Buffer.from(await xlsx(VOUCHER_HEADER, rows), 'base64')
    await expect(readRows(content, ['日期'], 2)).rejects.toThrow(/文件超过 2 行数据，单次导入上限为 2 行.*请按期间拆分/)
    expect(await readRows(content, ['日期'], 3)).toHaveLength(3)
  })
})

describe('opening balance import', () => {
  it('imports leaf balances and reports bad rows', async () => {
    const o = office()
    const header = ['科目编码', '借方余额', '贷方余额']
    const bad = await xlsx(header, [
      ['102', 100, null],
      ['322', null, 100],
      ['102', 5, 5],
    ])
    const fail = await callAsync(o, 'import.openingBalances', { ledgerId: o.ledgerId, fileName: 'o.xlsx', content: bad }, o.tokens.kj)
    if (fail.ok) throw new Error('should fail')
    expect(fail.error.fields).toEqual({
      '第 3 行': '科目 322 工会资金结余 有下级科目，请在明细科目填写',
      '第 4 行': '借方余额和贷方余额只能填写一个；科目 102 与第 2 行重复',
    })
    const good = await xlsx(header, [
      ['102', '100,000.00', null],
      ['32205', null, 100000],
    ])
    const ok = await callAsync(o, 'import.openingBalances', { ledgerId: o.ledgerId, fileName: 'o.xlsx', content: good }, o.tokens.kj)
    expect(ok).toEqual({ ok: true, data: { accounts: 2, totalDebit: y('100,000.00'), totalCredit: y('100,000.00'), totalYtdDebit: 0, totalYtdCredit: 0 } })
  })
})
