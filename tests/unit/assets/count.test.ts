import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { assetOffice, save, y } from './asset-helpers'

describe('年度盘点', () => {
  it('exports the count sheet and proposes 盘亏/盘盈 entries from the counted quantities, booking nothing', async () => {
    const o = assetOffice()
    save(o, { code: 'YZ', name: '会议椅', category: 'furniture', item: '家具', quantity: 10, cost: y('12,000.00'), acquiredOn: '2024-01-05', priorDepreciation: y('2,000.00') })
    save(o, { code: 'PC', cost: y('7,200.00'), acquiredOn: '2024-01-05' })
    save(o, { code: 'TV', name: '电视机', item: '办公设备', cost: y('3,000.00'), acquiredOn: '2024-01-05' })
    const call = (method: 'assets.countSheet' | 'assets.importCount', input: object) => o.app.router.call(method, input, { token: o.tokens.kj }, 'http')
    const sheet = await call('assets.countSheet', { ledgerId: o.ledgerId, date: '2026-01-20' })
    if (!sheet.ok) throw new Error(sheet.error.message)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from((sheet.data as { content: string }).content, 'base64') as unknown as ExcelJS.Buffer)
    const ws = wb.worksheets[0]
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual(['资产编号', '资产名称', '资产类别', '使用部门', '使用人', '存放地点', '账面数量', '实盘数量', '备注'])
    expect(ws.getColumn(1).values.slice(2)).toEqual(['PC', 'TV', 'YZ'])
    ws.getCell('H2').value = 1
    ws.getCell('H4').value = 8
    ws.addRow(['', '投影仪', '通用设备', '', '', '', 0, 1, '捐赠未入账'])
    const bad = await call('assets.importCount', {
      ledgerId: o.ledgerId,
      date: '2026-01-20',
      fileName: 'c.xlsx',
      content: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    })
    expect(bad).toMatchObject({ ok: false, error: { fields: { '第 3 行': '“实盘数量”列应为不小于 0 的整数' } } })
    ws.getCell('H3').value = 1
    const res = await call('assets.importCount', {
      ledgerId: o.ledgerId,
      date: '2026-01-20',
      fileName: 'c.xlsx',
      content: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    })
    if (!res.ok) throw new Error(res.error.message)
    const proposals = (res.data as { proposals: { code: string; kind: string; amount: number; entry: string }[] }).proposals
    expect(proposals.map((p) => [p.code, p.kind, p.amount])).toEqual([
      ['PC', 'match', 0],
      ['TV', 'match', 0],
      ['YZ', 'shortage', y('2,000.00')],
      ['', 'surplus', 0],
    ])
    expect(proposals[2].entry).toContain('借 182 待处理财产损溢 2,000.00、借 163 累计折旧 400.00，贷 162 固定资产 2,400.00')
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).total).toBe(0)
  })
})
