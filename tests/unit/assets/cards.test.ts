import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ASSET_COLUMNS } from '../../../electron/core/assets/import'
import { assetOffice, card, postLabel, save, y } from './asset-helpers'
import type { Office } from '../ledger/ledger-helpers'

const PUBLISHED = [
  '资产编号',
  '资产名称',
  '资产类别',
  '资产分类',
  '数量',
  '原值',
  '入账日期',
  '使用年限（月）',
  '已提折旧',
  '使用部门',
  '使用人',
  '存放地点',
  '资金性质',
  '项目',
  '资产性质',
]

async function workbook(rows: (string | number | null)[][], header = PUBLISHED) {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('固定资产')
  sheet.addRow(header)
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}
const importFile = (o: Office, content: string) => o.app.router.call('assets.import', { ledgerId: o.ledgerId, fileName: 'assets.xlsx', content }, { token: o.tokens.kj }, 'http')

describe('asset cards (第三十二条, 附录2)', () => {
  it('refuses a card below the threshold, a life shorter than 附录2 and an item of another class, with the reason', () => {
    const o = assetOffice()
    const fail = (c: Parameters<typeof card>[0]) => o.app.fail('assets.save', { ledgerId: o.ledgerId, card: card(c) }, o.tokens.kj).message
    expect(fail({ cost: y('800.00') })).toBe('单位价值 800.00 元低于通用设备的固定资产标准 1,000.00 元（工会会计制度第三十二条），应作为库存物品（141/30101）或直接列支出')
    expect(fail({ category: 'special', item: '体育设备', cost: y('1,200.00') })).toContain('专用设备的固定资产标准 1,500.00 元')
    expect(fail({ lifeMonths: 48 })).toBe('使用年限 48 个月短于附录2 通用设备—计算机设备 的最低 72 个月（6 年）')
    expect(fail({ item: '家具' })).toContain('资产分类“家具”不属于通用设备')
    const id = save(o, { item: '车辆', code: 'CL-1', cost: y('150,000.00') })
    expect(o.app.call('assets.get', { id }, o.tokens.kj).card.lifeMonths).toBe(96)
    expect(save(o, { code: 'SL-1', category: 'relics', item: '陈列品', cost: y('500.00') })).toBeGreaterThan(0)
  })

  it('imports the published template without booking anything, and the tie-out agrees with the openings', async () => {
    const o = assetOffice()
    const tpl = await o.app.router.call('import.template', { kind: 'assets' }, { token: o.tokens.kj }, 'http')
    if (!tpl.ok) throw new Error(tpl.error.message)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from((tpl.data as { content: string }).content, 'base64') as unknown as ExcelJS.Buffer)
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(PUBLISHED)
    expect(ASSET_COLUMNS).toEqual(PUBLISHED)
    const res = await importFile(
      o,
      await workbook([
        ['TY-2024-001', '台式电脑', '通用设备', '计算机设备', 1, 6000, '2024-03-15', 72, 1500, '办公室', '张三', '二楼', '非专项', '', '工会资产'],
        ['JJ-2023-001', '文件柜', '家具、用具及装具', '家具', 2, '6,000.00', '2023-06-01', null, 500, '档案室', '', '', '', '', '国有资产'],
      ]),
    )
    expect(res).toMatchObject({ ok: true, data: { created: 2, cost: y('12,000.00'), accumulated: y('2,000.00') } })
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).total).toBe(0)
    const check = o.app.call('assets.check', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(check.ok).toBe(true)
    expect(check.byOwnership).toEqual([
      { ownership: 'union', cost: y('6,000.00'), accumulated: y('1,500.00') },
      { ownership: 'state', cost: y('6,000.00'), accumulated: y('500.00') },
    ])
  })

  it('refuses a bad file with row-level errors and imports nothing', async () => {
    const o = assetOffice()
    const res = await importFile(
      o,
      await workbook([
        ['A1', '电脑', '通用设备', '计算机设备', 1, '六千', '2024-03-15', null, 0, '', '', '', '', '', ''],
        ['A2', '电脑', '通用设备', '计算机设备', 1, 6000, '2024-02-30', null, 0, '', '', '', '', '', ''],
        ['A3', '电脑', '电子设备', '计算机设备', 1, 6000, '2024-02-03', null, 0, '', '', '', '', '', ''],
        ['A4', '电脑', '通用设备', '计算机设备', 1, 6000, '2024-02-03', 24, 0, '', '', '', '', '', '集体资产'],
        ['A5', '电脑', '通用设备', '计算机设备', 1, 6000, '2024-02-03', null, 0, '', '', '', '', '', ''],
      ]),
    )
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.fields).toEqual({
      '第 2 行': '“原值”列“六千”不是有效金额',
      '第 3 行': '“入账日期”列“2024-02-30”不是有效日期',
      '第 4 行': '“资产类别”列“电子设备”不是附录2 的类别',
      '第 5 行': '“资产性质”列只能填“国有资产”或“工会资产”',
    })
    const cols = await importFile(o, await workbook([['A1']], ['资产编号', '名称']))
    expect(cols).toMatchObject({ ok: false, error: { message: expect.stringContaining('缺少列') } })
    expect(o.app.call('assets.register', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj).rows).toHaveLength(0)
  })
})

describe('acquisition, disposal and the tie-out', () => {
  it('books a purchase as expenditure plus the 162/30104 mirror in one voucher, depreciates, disposes through 182 and ties out', () => {
    const o = assetOffice()
    const { id, voucher } = o.app.call('assets.acquire', { ledgerId: o.ledgerId, card: card({ code: 'TY-NEW', cost: y('7,200.00'), acquiredOn: '2026-01-20' }) }, o.tokens.kj)
    expect(voucher).toBe('记-1')
    const vid = postLabel(o, '2026-01', voucher)
    const v = o.app.call('vouchers.get', { id: vid }, o.tokens.kj)
    expect(v.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['50702', y('7,200.00'), 0],
      ['102', 0, y('7,200.00')],
      ['162', y('7,200.00'), 0],
      ['30104', 0, y('7,200.00')],
    ])
    // The openings hold 12,000.00 of assets with no cards yet: the tie-out shows the gap.
    const before = o.app.call('assets.check', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(before.checks.map((c) => c.ok)).toEqual([false, false, true])
    save(o, { code: 'OLD-1', cost: y('6,000.00'), acquiredOn: '2024-01-01', priorDepreciation: y('1,000.00') })
    save(o, { code: 'OLD-2', cost: y('6,000.00'), acquiredOn: '2024-01-01', priorDepreciation: y('1,000.00') })
    const dep = o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj)
    const unposted = o.app.call('assets.check', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(unposted.checks[1]).toMatchObject({ ok: false, note: expect.stringContaining('1 张折旧凭证尚未记账') })
    postLabel(o, '2026-01', dep.voucher)
    expect(o.app.call('assets.check', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj).ok).toBe(true)
    o.app.call('assets.transfer', { id, date: '2026-02-01', department: '财务室', keeper: '李四', location: '三楼' }, o.tokens.kj)
    const disposal = o.app.call('assets.dispose', { id, date: '2026-02-10', kind: 'sale', proceeds: y('5,000.00') }, o.tokens.kj)
    const dv = postLabel(o, '2026-02', disposal.voucher)
    const lines = o.app.call('vouchers.get', { id: dv }, o.tokens.kj).lines.map((l) => [l.accountCode, l.debit, l.credit])
    const net = y('7,200.00') - y('100.00')
    expect(lines).toEqual([
      ['182', net, 0],
      ['163', y('100.00'), 0],
      ['162', 0, y('7,200.00')],
      ['30104', net, 0],
      ['182', 0, net],
      ['102', y('5,000.00'), 0],
      ['182', 0, y('5,000.00')],
      ['182', y('5,000.00'), 0],
      ['408', 0, y('5,000.00')],
    ])
    const feb = o.app.call('assets.check', { ledgerId: o.ledgerId, period: '2026-02' }, o.tokens.kj)
    expect(feb.ok).toBe(true)
    const got = o.app.call('assets.get', { id }, o.tokens.kj)
    expect(got.card).toMatchObject({ status: 'disposed', department: '财务室' })
    expect(got.changes.map((c) => c.kind)).toEqual(['购入', '调拨', '处置'])
    expect(o.app.fail('assets.dispose', { id, date: '2026-02-11', kind: 'scrap' }, o.tokens.kj).message).toContain('已处置')
    const reg = o.app.call('assets.register', { ledgerId: o.ledgerId, period: '2026-02' }, o.tokens.kj)
    expect(reg.rows.map((r) => r.code)).toEqual(['OLD-1', 'OLD-2'])
  })

  it('refuses disposal in a month already depreciated for the asset', () => {
    const o = assetOffice()
    const id = save(o, { code: 'X', cost: y('7,200.00'), acquiredOn: '2026-01-02' })
    o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj)
    expect(o.app.fail('assets.dispose', { id, date: '2026-01-25', kind: 'scrap' }, o.tokens.kj).message).toContain('2026-01 已对该资产计提折旧')
  })
})
