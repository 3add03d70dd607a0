import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { callAsync } from '../bank/bank-helpers'
import { office } from '../ledger/ledger-helpers'
import { assetOffice, openBooks, postLabel, save, y } from './asset-helpers'

const row = (r: { rows: { label: string; opening: number; closing: number }[] }, label: string) => r.rows.find((x) => x.label === label)!

describe('工会附02表 国有资产情况表 (assets.stateReport)', () => {
  it('reads the 国有资产 detail accounts: 年初余额 from the openings, 年末余额 through December, with the official rows and totals', () => {
    const o = office('2026-01')
    const sub = (parentCode: string, code: string, name: string) => o.app.call('accounts.create', { ledgerId: o.ledgerId, parentCode, code, name }, o.tokens.kj)
    for (const [parent, code, name] of [
      ['102', '10201', '国有资产'],
      ['102', '10202', '工会资产'],
      ['162', '16201', '国有资产'],
      ['162', '16202', '工会资产'],
      ['163', '16301', '国有资产'],
      ['30104', '3010401', '国有资产'],
    ])
      sub(parent, code, name)
    openBooks(o, {
      '10201': y('50,000.00'),
      '10202': y('20,000.00'),
      '16201': y('30,000.00'),
      '16202': y('5,000.00'),
      '16301': -y('6,000.00'),
      '3010401': -y('29,000.00'),
      '32205': -y('70,000.00'),
    })
    const r = o.app.call('assets.stateReport', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)
    // a year before the 账套 was opened has no figures to show
    expect(o.app.fail('assets.stateReport', { ledgerId: o.ledgerId, year: 2025 }, o.tokens.kj)).toMatchObject({ code: 'VALIDATION', fields: { year: '早于启用年度' } })
    expect(r.hasDetail).toBe(true)
    expect(r.rows.map((x) => x.label)).toEqual([
      '货币资金',
      '财政应返还额度',
      '库存物品',
      '流动资产合计',
      '在建工程',
      '固定资产原值',
      '减：累计折旧',
      '固定资产净值',
      '无形资产原值',
      '减：累计摊销',
      '无形资产净值',
      '长期待摊费用',
      '非流动资产合计',
      '资产总计',
    ])
    expect(row(r, '货币资金')).toMatchObject({ opening: y('50,000.00'), closing: y('50,000.00') })
    expect(row(r, '固定资产净值')).toMatchObject({ opening: y('24,000.00') })
    expect(row(r, '资产总计')).toMatchObject({ opening: y('74,000.00'), closing: y('74,000.00') })
  })

  it('takes 固定资产 from the cards marked 国有资产 when 162 has no such detail, says so, and exports a printable sheet', async () => {
    const o = assetOffice()
    save(o, { code: 'GY-001', ownership: 'state', cost: y('7,200.00'), acquiredOn: '2026-01-20' })
    save(o, { code: 'GH-001', cost: y('4,800.00'), acquiredOn: '2026-01-20' })
    postLabel(o, '2026-01', o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj).voucher)
    const r = o.app.call('assets.stateReport', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)
    expect(r.hasDetail).toBe(true)
    expect(row(r, '固定资产原值')).toMatchObject({ opening: 0, closing: y('7,200.00') })
    expect(row(r, '减：累计折旧')).toMatchObject({ closing: y('100.00') })
    expect(r.notes[0]).toContain('取自资产性质为“国有资产”的卡片')
    const res = await callAsync(o, 'assets.exportStateReport', { ledgerId: o.ledgerId, year: 2026 })
    if (!res.ok) throw new Error(res.error.message)
    const data = res.data as { fileName: string; content: string }
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(data.content, 'base64') as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('国有资产情况表')!
    const texts = ws.getSheetValues().flat().map(String)
    expect(texts).toContain('固定资产原值')
    expect(texts.some((t) => t.includes('工会附02表'))).toBe(true)
    expect(data.fileName).toBe('UnionDesk-国有资产情况表-JZ-2026.xlsx')
  })

  it('says plainly when the 账套 has no 国有资产 detail at all', () => {
    const o = assetOffice()
    const r = o.app.call('assets.stateReport', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)
    expect(r.hasDetail).toBe(false)
    expect(r.notes).toEqual(['本账套没有“国有资产”明细科目，也没有资产性质为“国有资产”的卡片：本表各行为 0（工会附02表只由持有国有资产的县级以上工会编制）'])
    expect(r.rows.every((x) => x.opening === 0 && x.closing === 0)).toBe(true)
  })
})
