import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportFiles } from '../../../electron/core/excel/export-files'
import type { ProgressEvent } from '../../../electron/shared/events'
import { basicSpend, januaryBooks, ln, office, postVoucher } from '../ledger/ledger-helpers'
import { callAsync } from '../registry/registry-helpers'
import { exported, groupBooks } from './report-helpers'

const values = (ws: import('exceljs').Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1)

describe('reports.export (printable, streamed xlsx)', () => {
  it('prints 工会01表 portrait with 表号, period, 单位, money as numbers and the signature line', async () => {
    const o = office()
    januaryBooks(o)
    const { fileName, workbook } = await exported(o, { report: 'balance-sheet' })
    expect(fileName).toBe('UnionDesk-资产负债表-JZ-2026-01.xlsx')
    const ws = workbook.worksheets[0]
    expect(ws.getCell('A1').value).toBe('资产负债表')
    expect(ws.model.merges).toContain('A1:H1')
    expect(ws.getCell('A2').value).toBe('编制单位：某某街道总工会')
    expect(ws.getCell('E2').value).toBe('工会01表    2026年1月31日    单位：元')
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' })
    expect(values(ws, 3)).toEqual(['资产', '行次', '年初余额', '期末余额', '负债和净资产', '行次', '年初余额', '期末余额'])
    // 行次 runs down the 资产 side and on down the 负债和净资产 side, as on screen.
    const assets = ws.getColumn(2).values.filter((v) => typeof v === 'number').length
    expect(values(ws, 4)).toEqual(['货币资金', 1, 100000, 132000, '应付职工薪酬', assets + 1, 0, 0])
    expect(ws.getCell('D4').numFmt).toBe('#,##0.00')
    expect(ws.getCell(`A${ws.rowCount}`).value).toMatch(/^工会主席：\s+经审会主任：\s+财务负责人：\s+制表：$/)
    expect(ws.getCell(`A${ws.rowCount - 1}`).value).toContain('尚有未结转的收支')
  })

  it('prints a 明细账 landscape, blank where a 借/贷 column is nil, and reports progress as it finishes', async () => {
    const o = office()
    januaryBooks(o)
    const events: ProgressEvent[] = []
    o.app.core.events.on('progress', (e) => events.push(e))
    const { workbook } = await exported(o, { report: 'detail-ledger', accountCode: '102' })
    const ws = workbook.worksheets[0]
    expect(ws.getCell('A1').value).toBe('明细账：102 银行存款')
    expect(ws.pageSetup.orientation).toBe('landscape')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(values(ws, 3)).toEqual(['日期', '凭证字号', '摘要', '借方', '贷方', '方向', '余额'])
    expect(values(ws, 4)).toEqual(['2026-01-01', '', '期初余额', undefined, undefined, '借', 100000])
    expect(values(ws, 5)).toEqual(['2026-01-05', '记-1', '收取会费', 5000, undefined, '借', 105000])
    expect(values(ws, 10)).toEqual(['', '', '本月合计', 55000, 23000, '借', 132000])
    expect(ws.getCell('D5').numFmt).toBe('#,##0.00')
    expect(events.at(-1)).toMatchObject({ title: '导出明细账', finished: true })
  })

  it('prints a 多栏式明细账 landscape: 合计 and one 借方 column per 二级科目, totals per month', async () => {
    const o = office()
    januaryBooks(o)
    postVoucher(o, '2026-01-25', [ln(o, '50101', '借', '1,200.00', '职工培训', basicSpend), ln(o, '102', '贷', '1,200.00', '职工培训')])
    const { fileName, workbook } = await exported(o, { report: 'multi-column', accountCode: '501' })
    expect(fileName).toBe('UnionDesk-多栏式明细账-501-JZ-2026-01.xlsx')
    const ws = workbook.worksheets[0]
    expect(ws.getCell('A1').value).toBe('多栏式明细账：501 职工活动支出')
    expect(ws.model.merges).toContain('A1:J1')
    expect(ws.pageSetup.orientation).toBe('landscape')
    expect(values(ws, 3)).toEqual([
      '日期',
      '凭证字号',
      '摘要',
      '合计',
      '50101 职工教育支出',
      '50102 文体活动支出',
      '50103 宣传活动支出',
      '50104 劳模职工疗休养支出',
      '50105 会员活动支出',
      '50106 其他活动支出',
    ])
    const blank = undefined
    expect(values(ws, 4)).toEqual(['2026-01-15', '记-4', '节日慰问', 8000, blank, blank, blank, blank, 8000])
    expect(values(ws, 5)).toEqual(['2026-01-25', '记-6', '职工培训', 1200, 1200])
    expect(values(ws, 6)).toEqual(['', '', '本月合计', 9200, 1200, blank, blank, blank, 8000])
    expect(values(ws, 7)).toEqual(['', '', '本年累计', 9200, 1200, blank, blank, blank, 8000])
    expect(['D4', 'I4', 'E6'].map((c) => ws.getCell(c).numFmt)).toEqual(['#,##0.00', '#,##0.00', '#,##0.00'])
    // Without an expenditure account there is no 多栏式 to print.
    const res = await callAsync(o.app, 'reports.export', { report: 'multi-column', ledgerIds: [o.ledgerId], from: '2026-01', to: '2026-01', accountCode: '102' }, o.tokens.kj)
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('多栏式明细账请指定 501–510 的一级支出科目') } })
  })

  it('exports the 科目余额表 filtered by 资金性质 as movements only, and refuses the filter elsewhere', async () => {
    const o = office()
    januaryBooks(o)
    const { workbook } = await exported(o, { report: 'trial-balance', fundNature: 'special' })
    const ws = workbook.worksheets[0]
    expect(ws.getCell('A1').value).toBe('科目余额表（专项）')
    expect(values(ws, 3)).toEqual(['科目编码', '科目名称', '本期借方', '本期贷方', '本年累计借方', '本年累计贷方'])
    // januaryBooks: 专项 is 40302 贷 20,000 and 50404 借 15,000; nothing else carries the tag.
    expect(values(ws, 4)).toEqual(['403', '上级补助收入', undefined, 20000, undefined, 20000])
    expect(ws.getColumn(4).values.filter((v) => typeof v === 'number')).toEqual([20000, 20000, 20000])
    const refused = await callAsync(
      o.app,
      'reports.export',
      { report: 'balance-sheet', ledgerIds: [o.ledgerId], from: '2026-01', to: '2026-01', fundNature: 'special' },
      o.tokens.kj,
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('只有科目余额表可以按项目或资金性质筛选') } })
  })

  it('exports the other books and lists', async () => {
    const o = office()
    januaryBooks(o)
    const sheet = async (input: object) => (await exported(o, input)).workbook.worksheets
    const [journal] = await sheet({ report: 'bank-journal' })
    expect(journal.getCell('A1').value).toBe('银行存款日记账：102 银行存款')
    expect(values(journal, 3)).toContain('对方科目')
    expect(values(journal, 6)).toEqual(['', '', '本日合计', '', 5000, undefined, '借', 105000])
    const [trial] = await sheet({ report: 'trial-balance' })
    expect(values(trial, 4).slice(0, 3)).toEqual(['102', '银行存款', 100000])
    const total = values(trial, trial.rowCount - 1)
    expect(total[1]).toBe('合计')
    expect(total[8]).toBe(total[9]) // 期末借方 = 期末贷方
    expect((await sheet({ report: 'general-ledger' }))[0].getCell('A1').value).toBe('总账')
    expect((await sheet({ report: 'voucher-journal' }))[0].rowCount).toBe(3 + 11)
    expect((await sheet({ report: 'aux-balance' })).map((w) => w.name)).toEqual(['按项目', '按资金性质'])
    const [income] = await sheet({ report: 'income-statement' })
    expect(income.getCell('C2').value).toBe('工会02表    2026年1月    单位：元')
    expect((await sheet({ report: 'detail-ledger' })).map((w) => w.name)).toContain('102 银行存款')
  })

  it('exports a 汇总 with its eliminations sheet, and refuses to sum a book', async () => {
    const { o, x } = groupBooks()
    const { fileName, workbook } = await exported(o, { report: 'income-statement' }, [o.ledgerId, x.ledgerId])
    expect(fileName).toBe('UnionDesk-收入支出表-汇总-2026-01.xlsx')
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['收入支出表', '内部往来抵销'])
    expect(workbook.worksheets[0].getCell('A2').value).toBe('编制单位：某某街道总工会（汇总）')
    expect(values(workbook.worksheets[1], 4).slice(0, 4)).toEqual(['508/403', '2026-01', 10000, 'JZ'])
    const res = await callAsync(o.app, 'reports.export', { report: 'detail-ledger', ledgerIds: [o.ledgerId, x.ledgerId], from: '2026-01', to: '2026-01' }, o.tokens.kj)
    expect(res.ok).toBe(false)
  })

  it('cancels an export by its job id: an error saying so, no file left behind, only for the user who started it', async () => {
    const o = office()
    januaryBooks(o)
    const events: ProgressEvent[] = []
    o.app.core.events.on('progress', (e) => events.push(e))
    const jobId = 'job-cancel-1'
    const running = callAsync(o.app, 'reports.export', { report: 'voucher-journal', ledgerIds: [o.ledgerId], from: '2026-01', to: '2026-01', jobId }, o.tokens.kj)
    // Another user cannot stop it; its owner can.
    expect(o.app.call('reports.cancelExport', { jobId }, o.tokens.sh)).toEqual({ cancelled: false })
    expect(o.app.call('reports.cancelExport', { jobId }, o.tokens.kj)).toEqual({ cancelled: true })
    const res = await running
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已取消导出，没有生成文件' } })
    expect(readdirSync(join(o.app.dataDir, 'exports'))).toEqual([])
    expect(events.at(-1)).toMatchObject({ jobId, finished: true })
    // Finished or unknown jobs: nothing to cancel.
    expect(o.app.call('reports.cancelExport', { jobId }, o.tokens.kj)).toEqual({ cancelled: false })
  })

  it('hands a finished export out once, to its owner, and drops it when it expires', async () => {
    const o = office()
    januaryBooks(o)
    const files = exportFiles(o.app.core)
    const res = await callAsync(o.app, 'reports.export', { report: 'trial-balance', ledgerIds: [o.ledgerId], from: '2026-01', to: '2026-01' }, o.tokens.kj)
    if (!res.ok) throw new Error(res.error.message)
    const { download, rows, bytes } = res.data as { download: string; rows: number; bytes: number }
    expect(rows).toBeGreaterThan(5)
    expect(bytes).toBeGreaterThan(1000)
    const [kj, sh] = (['kj', 'sh'] as const).map((who) => (o.app.call('auth.me', {}, o.tokens[who]) as { id: number }).id)
    expect(files.take(download, sh)).toBeNull()
    o.app.clock.advance(11 * 60 * 1000)
    expect(files.take(download, kj)).toBeNull()
    expect(readdirSync(files.dir)).toEqual([])
  })
})
