import { describe, expect, it } from 'vitest'
import { office } from '../ledger/ledger-helpers'
import { entries } from '../transfers/transfer-helpers'
import { assetOffice, card, openBooks, postLabel, save, y } from './asset-helpers'

const revalue = (o: ReturnType<typeof assetOffice>, id: number, date: string, cost: string, token = o.tokens.kj) =>
  o.app.call('assets.revalue', { id, date, cost: y(cost), reason: 'appraisal', note: '沪评报字（2026）第 1 号' }, token)

describe('资产重估 (assets.revalue)', () => {
  it('moves 原值 with the 162/30104 mirror, keeps the earlier month at the old 原值, depreciates on the new one and records it on the card', () => {
    const o = assetOffice()
    const id = save(o, { code: 'TY-001', cost: y('7,200.00'), acquiredOn: '2026-01-20' })
    postLabel(o, '2026-01', o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj).voucher)
    const up = revalue(o, id, '2026-02-10', '8,400.00')
    const list = o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).rows
    const v = o.app.call('vouchers.get', { id: list.find((r) => r.date === '2026-02-10')!.id }, o.tokens.kj)
    expect(v.label).toBe(up.voucher)
    expect(v).toMatchObject({ status: 'draft', origin: 'asset' })
    expect(entries(v)).toEqual(['162 借 1200', '30104 贷 1200'])
    expect(o.app.call('assets.register', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj).rows[0].cost).toBe(y('7,200.00'))
    expect(o.app.call('assets.register', { ledgerId: o.ledgerId, period: '2026-02' }, o.tokens.kj).rows[0].cost).toBe(y('8,400.00'))
    expect(o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-02' }, o.tokens.kj).amount).toBe(Math.round(y('8,400.00') / 72))
    const down = revalue(o, id, '2026-02-20', '8,000.00')
    const red = o.app.call(
      'vouchers.get',
      { id: o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).rows.find((r) => `${r.word}-${r.number}` === down.voucher)!.id },
      o.tokens.kj,
    )
    expect(entries(red)).toEqual(['30104 借 400', '162 贷 400'])
    const got = o.app.call('assets.get', { id }, o.tokens.kj)
    expect(got.card.cost).toBe(y('8,000.00'))
    expect(got.changes.map((c) => [c.kind, c.date, c.voucher])).toEqual([
      ['重估', '2026-02-10', up.voucher],
      ['重估', '2026-02-20', down.voucher],
    ])
    expect(got.changes[0].note).toBe('按国家规定进行资产评估（清产核资）：原值 7,200.00 → 8,400.00（+1,200.00）；沪评报字（2026）第 1 号')
    // the draft cannot be deleted alone: the card already carries the new 原值
    expect(o.app.fail('vouchers.delete', { id: v.id }, o.tokens.kj).message).toBe(`${up.voucher} 是固定资产生成的凭证，不能单独删除；请在“固定资产”中处理该卡片`)
    // the card's form may no longer move 原值 by itself
    expect(o.app.fail('assets.save', { ledgerId: o.ledgerId, id, card: card({ cost: y('9,000.00') }) }, o.tokens.kj).message).toContain('已计提过折旧')
  })

  it('refuses the same 原值, less than the 累计折旧, a date before 入账, a month before one already depreciated, a disposed asset, no grounds, and a viewer', () => {
    const o = assetOffice()
    const id = save(o, { code: 'TY-001', cost: y('7,200.00'), acquiredOn: '2026-01-20' })
    const other = save(o, { code: 'TY-002', cost: y('3,000.00'), acquiredOn: '2026-01-20', item: '办公设备' })
    expect(o.app.fail('assets.revalue', { id, date: '2026-01-25', cost: y('7,200.00'), reason: 'appraisal', note: '评估' }, o.tokens.kj).message).toBe(
      '重估后原值与现原值相同，无需重估',
    )
    expect(o.app.fail('assets.revalue', { id, date: '2026-01-10', cost: y('8,000.00'), reason: 'appraisal', note: '评估' }, o.tokens.kj).message).toBe('重估日期早于入账日期')
    expect(o.app.fail('assets.revalue', { id, date: '2026-01-25', cost: y('8,000.00'), reason: 'whim', note: '评估' }, o.tokens.kj).code).toBe('VALIDATION')
    expect(o.app.fail('assets.revalue', { id, date: '2026-01-25', cost: y('8,000.00'), reason: 'appraisal', note: '' }, o.tokens.kj).code).toBe('VALIDATION')
    o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-01' }, o.tokens.kj)
    o.app.call('assets.depreciate', { ledgerId: o.ledgerId, month: '2026-02' }, o.tokens.kj)
    expect(o.app.fail('assets.revalue', { id, date: '2026-01-25', cost: y('8,000.00'), reason: 'appraisal', note: '评估' }, o.tokens.kj).message).toContain(
      '2026-02 已按原原值计提折旧',
    )
    expect(o.app.fail('assets.revalue', { id, date: '2026-02-25', cost: y('1.50'), reason: 'correction', note: '更正' }, o.tokens.kj).message).toBe(
      '重估后原值 1.50 元低于已提累计折旧 200.00 元',
    )
    o.app.call('assets.dispose', { id: other, date: '2026-03-05', kind: 'scrap' }, o.tokens.kj)
    expect(o.app.fail('assets.revalue', { id: other, date: '2026-03-06', cost: y('2,000.00'), reason: 'appraisal', note: '评估' }, o.tokens.kj).message).toBe(
      '资产 TY-002 已处置，不能重估',
    )
    expect(o.app.fail('assets.revalue', { id, date: '2026-02-25', cost: y('8,000.00'), reason: 'appraisal', note: '评估' }, o.tokens.cn).code).toBe('FORBIDDEN')
    expect(o.app.core.sqlite.prepare('SELECT count(*) AS n FROM asset_changes WHERE kind = ?').get('重估')).toEqual({ n: 0 })
  })
})

describe('December: years.close warns of missing depreciation as periods.close does', () => {
  const december = () => {
    const o = office('2026-12')
    openBooks(o, { '102': y('10,000.00'), '32205': -y('10,000.00') })
    o.app.call('assets.save', { ledgerId: o.ledgerId, card: card({ acquiredOn: '2026-12-03' }) }, o.tokens.kj)
    return o
  }
  it('warns when December has none, and not once it is made', () => {
    const o = december()
    expect(o.app.call('years.close', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj).warnings).toEqual([
      '2026-12 尚未计提固定资产折旧（1 项资产，应提 100.00 元），请在“固定资产”中计提',
    ])
    const p = december()
    const run = p.app.call('assets.depreciate', { ledgerId: p.ledgerId, month: '2026-12' }, p.tokens.kj)
    postLabel(p as ReturnType<typeof assetOffice>, '2026-12', run.voucher)
    expect(p.app.call('years.close', { ledgerId: p.ledgerId, year: 2026 }, p.tokens.kj).warnings).toEqual([])
  })
})
