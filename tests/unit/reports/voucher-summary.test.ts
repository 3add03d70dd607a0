import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { run } from '../cli/cli-helpers'
import { januaryBooks, ln, office, y } from '../ledger/ledger-helpers'

describe('凭证汇总表 voucher-summary', () => {
  it('sums level-1 accounts of a month and of a 凭证号 range, drafts included unless postedOnly', () => {
    const o = office()
    januaryBooks(o)
    // A draft on top: counted by default (the summary is made before posting), left out with postedOnly.
    o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-28', lines: [ln(o, '101', '借', '100.00'), ln(o, '102', '贷', '100.00')] }, o.tokens.kj)
    const all = o.app.call('reports.voucherSummary', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.sh)
    expect(all).toMatchObject({ vouchers: 6, unposted: 1, rangeLabel: '2026年1月  记字第 1 号至第 6 号' })
    expect(all.totalDebit).toBe(all.totalCredit)
    expect(all.rows.find((r) => r.code === '102')).toMatchObject({ name: '银行存款', debit: y('55,000.00') })
    expect(all.rows.find((r) => r.code === '101')).toMatchObject({ name: '库存现金', debit: y('100.00') })
    const posted = o.app.call('reports.voucherSummary', { ledgerId: o.ledgerId, period: '2026-01', postedOnly: true }, o.tokens.sh)
    expect(posted.rows.find((r) => r.code === '101')).toBeUndefined()
    const range = o.app.call('reports.voucherSummary', { ledgerId: o.ledgerId, period: '2026-01', fromNumber: 1, toNumber: 2 }, o.tokens.sh)
    expect(range.vouchers).toBe(2)
    expect(range.rows.map((r) => r.code)).toEqual(['102', '401', '403'])
    expect(range.totalDebit).toBe(y('25,000.00'))
  })

  it('refuses a reversed number range and a range on another report', () => {
    const o = office()
    expect(o.app.fail('reports.voucherSummary', { ledgerId: o.ledgerId, period: '2026-01', fromNumber: 5, toNumber: 2 }, o.tokens.kj).message).toContain(
      '起始凭证号不能大于截止凭证号',
    )
    const bad = o.app.fail('reports.export', { report: 'trial-balance', ledgerIds: [o.ledgerId], from: '2026-01', to: '2026-01', fromNumber: 1 }, o.tokens.kj)
    expect(bad.message).toContain('只有凭证汇总表可以指定凭证号范围')
  })

  it('exports through the CLI with --from/--to, a printable sheet that reads back', async () => {
    const o = office()
    januaryBooks(o)
    o.app.core.close()
    const file = join(o.app.dataDir, 'vs.xlsx')
    const result = await run('--data', o.app.dataDir, 'export', 'voucher-summary', '--ledger', 'JZ', '--period', '2026-01', '--from', '1', '--to', '2', '--out', file)
    expect(result).toMatchObject({ code: 0 })
    expect(result.out).toContain('凭证汇总表')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]
    const text = sheet.getSheetValues().flat().map(String).join('|')
    expect(text).toContain('凭证汇总表')
    expect(text).toContain('记字第 1 号至第 2 号')
    expect(text).toContain('合计')
    expect(text).toContain('25000')
    expect((await run('--data', o.app.dataDir, 'export', 'voucher-summary', '--ledger', 'JZ', '--period', '2026', '--out', file)).err).toContain('凭证汇总表按月汇总')
    expect((await run('--data', o.app.dataDir, 'export', 'voucher-summary', '--ledger', 'JZ', '--period', '2026-01', '--from', 'x', '--out', file)).err).toContain(
      '--from 应为凭证号',
    )
  })
})
