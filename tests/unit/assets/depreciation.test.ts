import { describe, expect, it } from 'vitest'
import { monthAmount } from '../../../electron/core/assets/depreciation'
import type { AssetRow } from '../../../electron/shared/contract/assets'
import { assetOffice, card, postLabel, save, y } from './asset-helpers'

const row = (over: Partial<AssetRow>): AssetRow => ({
  id: 1,
  code: 'A',
  name: 'A',
  category: 'general',
  item: '计算机设备',
  ownership: 'union',
  quantity: 1,
  cost: y('1,000.00'),
  acquiredOn: '2026-01-10',
  lifeMonths: 72,
  priorDepreciation: 0,
  department: '',
  keeper: '',
  location: '',
  fundNature: 'general',
  project: '',
  status: 'in_use',
  disposedOn: null,
  voucher: null,
  accumulated: 0,
  net: 0,
  monthDepreciation: 0,
  ...over,
})

describe('monthly depreciation amounts (第三十五条)', () => {
  it('runs straight-line from the month added and makes the last month take the remainder, so the total is exactly 原值', () => {
    const asset = row({})
    const amounts: number[] = []
    let accumulated = 0
    for (let i = 0; i < 80; i++) {
      const period = 202601 + Math.floor(i / 12) * 100 + (i % 12)
      const a = monthAmount(asset, accumulated, period)
      amounts.push(a)
      accumulated += a
    }
    expect(amounts[0]).toBe(1389)
    expect(amounts[70]).toBe(1389)
    expect(amounts[71]).toBe(y('1,000.00') - 71 * 1389)
    expect(amounts.slice(72).every((a) => a === 0)).toBe(true)
    expect(accumulated).toBe(y('1,000.00'))
  })

  it('gives nothing before the month added, in or after the month removed, when fully depreciated, and for non-depreciable classes and ¥1 assets', () => {
    expect(monthAmount(row({ acquiredOn: '2026-02-01' }), 0, 202601)).toBe(0)
    expect(monthAmount(row({ disposedOn: '2026-03-31' }), 0, 202603)).toBe(0)
    expect(monthAmount(row({ disposedOn: '2026-03-31' }), 0, 202602)).toBe(1389)
    expect(monthAmount(row({}), y('1,000.00'), 202605)).toBe(0)
    expect(monthAmount(row({}), y('999.00'), 202605)).toBe(100)
    expect(monthAmount(row({ category: 'relics', item: '文物', lifeMonths: 0 }), 0, 202601)).toBe(0)
    expect(monthAmount(row({ category: 'books', item: '图书', lifeMonths: 0 }), 0, 202601)).toBe(0)
    expect(monthAmount(row({ cost: 100 }), 0, 202601)).toBe(0)
  })
})

describe('assets.depreciate', () => {
  it('writes one draft per month: Dr 30104 / Cr 163 by class; refuses a second run and a closed month', () => {
    const o = assetOffice()
    save(o, { code: 'TY-001', cost: y('7,200.00'), acquiredOn: '2026-01-20' })
    save(o, { code: 'JJ-001', name: '会议桌', category: 'furniture', item: '家具', cost: y('18,000.00'), acquiredOn: '2026-01-05', lifeMonths: 180 })
    save(o, { code: 'TS-001', name: '工会史料', category: 'books', item: '档案', cost: y('3,000.00'), acquiredOn: '2026-01-05' })
    save(o, { code: 'TY-002', name: '打印机', cost: y('3,000.00'), acquiredOn: '2026-02-03', item: '办公设备' })
    const jan = o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj)
    expect(jan).toEqual({ voucher: '记-1', assets: 2, amount: y('100.00') + y('100.00') })
    const list = o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).rows
    const v = o.app.call('vouchers.get', { id: list[0].id }, o.tokens.kj)
    expect(v).toMatchObject({ status: 'draft', origin: 'depreciation', date: '2026-01-31' })
    expect(v.lines.map((l) => [l.accountCode, l.debit, l.credit, l.summary])).toEqual([
      ['30104', y('100.00'), 0, '计提1月折旧—通用设备'],
      ['163', 0, y('100.00'), '计提1月折旧—通用设备'],
      ['30104', y('100.00'), 0, '计提1月折旧—家具、用具及装具'],
      ['163', 0, y('100.00'), '计提1月折旧—家具、用具及装具'],
    ])
    expect(o.app.fail('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj).message).toBe('2026-01 已计提折旧（凭证 记-1），不能重复计提')
    postLabel(o, '2026-01', '记-1')
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    // a run undone (its voucher reversed) may be made again, but not into a closed month
    expect(o.app.fail('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj).message).toContain('已结账')
    const feb = o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-02' }, o.tokens.kj)
    expect(feb.amount).toBe(y('100.00') + y('100.00') + Math.round(y('3,000.00') / 72))
  })

  it('lets a deleted draft be run again, and closing warns when the month has none', () => {
    const o = assetOffice()
    save(o, { code: 'TY-001', cost: y('7,200.00'), acquiredOn: '2026-01-20' })
    o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj)
    const id = o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).rows[0].id
    o.app.call('vouchers.delete', { id }, o.tokens.kj)
    const closed = o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(closed.warnings).toEqual(['2026-01 尚未计提固定资产折旧（1 项资产，应提 100.00 元），请在“固定资产”中计提'])
    const feb = o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-02' }, o.tokens.kj)
    expect(feb.amount).toBe(y('100.00'))
    postLabel(o, '2026-02', feb.voucher)
    expect(o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-02' }, o.tokens.kj).warnings).toEqual([])
  })

  it('stops at 原值 for an imported card with 已提折旧 and leaves a disposed asset out', () => {
    const o = assetOffice()
    save(o, { code: 'OLD', cost: y('6,000.00'), acquiredOn: '2020-01-10', priorDepreciation: y('5,950.00') })
    save(o, { code: 'NEW', cost: y('7,200.00'), acquiredOn: '2026-01-02' })
    const jan = o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj)
    expect(jan.amount).toBe(y('50.00') + y('100.00'))
    const reg = o.app.call('assets.register', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(reg.rows.find((r) => r.code === 'OLD')).toMatchObject({ accumulated: y('6,000.00'), net: 0, monthDepreciation: y('50.00') })
    expect(card().code).toBe('TY-001')
  })
})
