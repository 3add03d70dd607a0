import { describe, expect, it } from 'vitest'
import { entries } from '../transfers/transfer-helpers'
import { MARCH, USCC, levyOffice, y, type LevyOffice } from './levy-helpers'

const jia = (period: string) => [['甲科技有限公司', USCC.jia, period, 100000, 2000, 1360]]

/** Import March with every row matched, and book it. */
async function bookedMarch(o: LevyOffice) {
  const r = await o.importFile('2026-03', MARCH, '2,836.00')
  if (!r.ok) throw new Error(r.error.message)
  o.app.call('levy.map', { ledgerId: o.ledgers.jz, entryId: r.data.unmatched[0].entryId, enterpriseId: o.e.ding }, o.tokens.kj)
  return o.app.call('levy.generate', { ledgerId: o.ledgers.jz, importId: r.data.importId }, o.tokens.kj).vouchers
}

describe('分成比例 and vouchers from the 台账', () => {
  it('applies the rule in force on the 所属期, so a mid-year change splits July differently and leaves March as booked', async () => {
    const o = levyOffice()
    expect((await o.importFile('2026-03', jia('2026-03'), '1,360.00')).ok).toBe(true)
    o.rule('2026-07-01', ['30', '10', '58', '2'])
    expect((await o.importFile('2026-07', jia('2026-07'), '1,360.00')).ok).toBe(true)
    const rows = o.app.call('levy.entries', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj)
    expect(rows.map((r) => [r.period, r.streetBp, r.lowerBp, r.streetAmount, r.lowerAmount])).toEqual([
      ['2026-03', 2000, 4800, y('400'), y('960')],
      ['2026-07', 1000, 5800, y('200'), y('1160')],
    ])
    // A rule that booked rows cannot be rewritten: history stays as booked.
    const again = o.app.fail('levy.setRule', { ledgerId: o.ledgers.jz, effectiveFrom: '2026-01-01', upper: '40', street: '10', lower: '48', fee: '2' }, o.tokens.kj)
    expect(again).toMatchObject({ code: 'CONFLICT', fields: { effectiveFrom: '已用于台账' } })
    expect(o.app.call('levy.rules', { ledgerId: o.ledgers.jz }, o.tokens.kj).map((r) => [r.kind, r.effectiveFrom, r.used])).toEqual([
      ['micro', '2026-01-01', 0],
      ['standard', '2026-01-01', 1],
      ['standard', '2026-07-01', 1],
    ])
  })

  it('设置经费分成比例 takes percentages with two decimals adding up to 100 %', () => {
    const o = levyOffice()
    const set = (shares: Record<string, unknown>) =>
      o.app.fail('levy.setRule', { ledgerId: o.ledgers.jz, effectiveFrom: '2026-05-01', upper: '30', street: '20', lower: '48', fee: '2', ...shares }, o.tokens.kj)
    expect(set({ fee: '3' }).fields).toEqual({ fee: '各项比例合计须为 100%' })
    expect(set({ street: '19.995', fee: '2.005' }).fields).toMatchObject({ street: '应为 0 至 100 之间、最多两位小数的百分比' })
    expect(
      o.app.call('levy.setRule', { ledgerId: o.ledgers.jz, effectiveFrom: '2026-05-01', upper: '33.33', street: '16.67', lower: '48', fee: '2' }, o.tokens.kj).id,
    ).toBeGreaterThan(0)
    // Only the 会计 writes the 台账; only a 街镇 账套 keeps one.
    expect(o.app.fail('levy.setRule', { ledgerId: o.ledgers.jz, effectiveFrom: '2026-05-01', upper: '30', street: '20', lower: '48', fee: '2' }, o.tokens.sh).code).toBe(
      'FORBIDDEN',
    )
    expect(o.app.fail('levy.rules', { ledgerId: o.ledgers.a }, o.tokens.kj).fields).toEqual({ ledgerId: '不是街镇总工会的账套' })
  })

  it('books the 街镇 voucher and the relays, and they tie to the 台账', async () => {
    const o = levyOffice()
    const refs = await bookedMarch(o)
    expect(refs.map((v) => `${v.ledgerCode} ${v.label}`)).toEqual(['JZ 记-1', 'JZ 记-2', 'XA 记-1', 'JZ 记-3', 'XB 记-1'])
    const [street, toA, toB] = o.vouchersOf(o.ledgers.jz)
    expect(street.origin).toBe('levy')
    expect(street.status).toBe('draft')
    expect(entries(street)).toEqual(['102 借 2836', '402 贷 440', '21202 贷 1056 甲联合会', '21202 贷 1000 乙联合会', '21502 贷 340 丙餐饮有限公司'])
    expect(entries(toA)).toEqual(['21202 借 1056 甲联合会', '102 贷 1056 甲联合会'])
    expect(entries(toB)).toEqual(['21202 借 1000 乙联合会', '21501 贷 1000 乙联合会']) // 报账制: the money stays in the pool
    expect(entries(o.vouchersOf(o.ledgers.a)[0])).toEqual(['102 借 1056 某某街道总工会', '402 贷 1056 某某街道总工会'])
    expect(entries(o.vouchersOf(o.ledgers.b)[0])).toEqual(['135 借 1000 某某街道总工会', '402 贷 1000 某某街道总工会'])

    // Tie-out: 402 + 21202 + 215 credited = the 台账's 返拨 received for the transfer.
    const credited = street.lines.filter((l) => /^(402|212|215)/.test(l.accountCode)).reduce((s, l) => s + l.credit, 0)
    const ledger = o.app.call('levy.entries', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj)
    expect(credited).toBe(ledger.reduce((s, r) => s + r.returned, 0))
    expect(ledger.every((r) => r.voucherLabel === '记-1')).toBe(true)
    expect(o.app.fail('levy.generate', { ledgerId: o.ledgers.jz, period: '2026-03' }, o.tokens.kj).message).toBe('2026-03 没有待生成凭证的返拨明细')
  })

  it('lists arrears with the months missing, and 筹备金 leads; a founded union gets its 筹备金 split in one voucher', async () => {
    const o = levyOffice()
    await bookedMarch(o)
    o.post(...o.vouchersOf(o.ledgers.jz).map((v) => v.id))
    const list = o.app.call('levy.arrears', { ledgerId: o.ledgers.jz, year: 2026, to: '2026-03' }, o.tokens.kj)
    expect(list.arrears.map((a) => [a.name, a.missing, a.lastPayroll, a.amount])).toEqual([
      ['丁物流有限公司', ['2026-01', '2026-02'], y('10000'), y('400')],
      ['乙贸易有限公司', ['2026-01', '2026-02'], y('50000'), y('2000')],
      ['戊制造有限公司', ['2026-01', '2026-02', '2026-03'], 0, 0],
      ['甲科技有限公司', ['2026-01', '2026-02'], y('100000'), y('4000')],
    ])
    expect(list.prepLeads).toEqual([{ enterpriseId: o.e.bing, name: '丙餐饮有限公司', uscc: USCC.bing, since: '2026-03', months: 1, held: y('340'), founded: false, lead: false }])
    o.app.call(
      'levy.saveSettings',
      { ledgerId: o.ledgers.jz, settings: { ...o.app.call('levy.settings', { ledgerId: o.ledgers.jz }, o.tokens.kj), prepLeadMonths: 1 } },
      o.tokens.kj,
    )
    expect(o.app.call('levy.arrears', { ledgerId: o.ledgers.jz, year: 2026, to: '2026-03' }, o.tokens.kj).prepLeads[0].lead).toBe(true)

    expect(o.app.fail('levy.found', { ledgerId: o.ledgers.jz, enterpriseId: o.e.bing, date: '2026-03-31' }, o.tokens.kj).fields).toEqual({ enterpriseId: '尚未建会' })
    o.app.call(
      'enterprises.save',
      { id: o.e.bing, name: '丙餐饮有限公司', uscc: USCC.bing, size: 'small', year: 2026, workers: 30, hasUnion: true, xiaoerjiId: o.unions.a },
      o.app.adminToken,
    )
    const v = o.app.call('levy.found', { ledgerId: o.ledgers.jz, enterpriseId: o.e.bing, date: '2026-03-31' }, o.tokens.kj)
    // 340 held; the 小微企业 rule in force (full return) gives it all back to 甲联合会.
    expect(entries(o.app.call('vouchers.get', { id: v.voucherId }, o.tokens.kj))).toEqual(['21502 借 340 丙餐饮有限公司', '21202 贷 340 甲联合会'])
    expect(o.app.call('levy.arrears', { ledgerId: o.ledgers.jz, year: 2026, to: '2026-03' }, o.tokens.kj).prepLeads).toEqual([])
    expect(o.app.fail('levy.found', { ledgerId: o.ledgers.jz, enterpriseId: o.e.bing, date: '2026-03-31' }, o.tokens.kj).message).toContain('没有待分配')
  })

  it('splits 筹备金 per §4 entry 9 under the general rule: 402, 211 (上解 and 手续费) and 21202', async () => {
    const o = levyOffice()
    o.app.call(
      'enterprises.save',
      { id: o.e.bing, name: '丙餐饮有限公司', uscc: USCC.bing, size: 'medium', year: 2026, workers: 30, hasUnion: false, xiaoerjiId: o.unions.a },
      o.app.adminToken,
    )
    const r = await o.importFile('2026-03', [MARCH[2]], '340.00', { vouchers: true })
    expect(r.ok).toBe(true)
    o.app.call(
      'enterprises.save',
      { id: o.e.bing, name: '丙餐饮有限公司', uscc: USCC.bing, size: 'medium', year: 2026, workers: 30, hasUnion: true, xiaoerjiId: o.unions.a },
      o.app.adminToken,
    )
    const v = o.app.call('levy.found', { ledgerId: o.ledgers.jz, enterpriseId: o.e.bing, date: '2026-04-10' }, o.tokens.kj)
    expect(entries(o.app.call('vouchers.get', { id: v.voucherId }, o.tokens.kj))).toEqual([
      '21502 借 340 丙餐饮有限公司',
      '402 贷 68', // 20 %
      '211 贷 108.8', // 30 % + 2 %
      '21202 贷 163.2 甲联合会', // 48 %
    ])
  })
})
