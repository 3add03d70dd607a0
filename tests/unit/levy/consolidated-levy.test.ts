import { describe, expect, it } from 'vitest'
import type { StatementRow } from '../../../electron/shared/contract/reports'
import { MARCH, USCC, levyOffice, y, type LevyOffice } from './levy-helpers'

const at = (rows: StatementRow[], key: string) => rows.find((r) => r.key === key)!.values

/** Import, map, book and post a month's 返拨明细 in all three 账套. */
async function month(o: LevyOffice, period: string, rows: (string | number)[][], amount: string) {
  const r = await o.importFile(period, rows, amount)
  if (!r.ok) throw new Error(r.error.message)
  for (const u of r.data.unmatched) o.app.call('levy.map', { ledgerId: o.ledgers.jz, entryId: u.entryId, enterpriseId: o.e.ding }, o.tokens.kj)
  const refs = o.app.call('levy.generate', { ledgerId: o.ledgers.jz, importId: r.data.importId }, o.tokens.kj).vouchers
  o.post(...refs.map((v) => v.voucherId))
}

/**
 * 街镇 JZ with 甲联合会 (own bank account) and 乙联合会 (报账制, money pooled in JZ's account), January to
 * March. By hand: JZ receives 1,360 + 2,360 + 2,836 = 6,556 from the 区; it keeps 400 + 400 + 440 = 1,240
 * as 402, holds 340 筹备金 in 215, relays 960 + 960 + 1,056 = 2,976 to 甲 (bank) and 1,000 + 1,000 = 2,000
 * to 乙 (pool: JZ 215 乙联合会 ↔ 乙 135).
 */
async function threeMonths() {
  const o = levyOffice()
  const jia = (p: string) => ['甲科技有限公司', USCC.jia, p, 100000, 2000, 1360]
  await month(o, '2026-01', [jia('2026-01')], '1,360.00')
  await month(o, '2026-02', [jia('2026-02'), ['乙贸易有限公司', '', '2026-02', 50000, 1000, 1000]], '2,360.00')
  await month(o, '2026-03', MARCH, '2,836.00')
  return o
}

describe('汇总 of a 街镇 and two 小二级 with levy relays and the 报账制 pool', () => {
  it('gives the hand-computed 01/02表, recognises every relay and lists no 未抵销 line', async () => {
    const o = await threeMonths()
    const c = o.app.call('reports.consolidated', { ledgerIds: [o.ledgers.jz, o.ledgers.a, o.ledgers.b], period: '2026-03' }, o.tokens.kj)
    expect(c.unmatched).toEqual([])
    expect(c.eliminations.map((e) => [e.pair, e.upper.period, e.amount, e.upper.ledgerCode, e.lower.ledgerCode, e.difference])).toEqual([
      ['212/402', '2026-01', y('960'), 'JZ', 'XA', 0],
      ['212/402', '2026-02', y('960'), 'JZ', 'XA', 0],
      ['212/402', '2026-02', y('1000'), 'JZ', 'XB', 0],
      ['212/402', '2026-03', y('1056'), 'JZ', 'XA', 0],
      ['212/402', '2026-03', y('1000'), 'JZ', 'XB', 0],
      ['215/135', '2026-03', y('2000'), 'JZ', 'XB', 0],
    ])
    expect(c.eliminations[0].upper).toMatchObject({ accountCode: '21202', voucherLabel: '记-2' })
    expect(c.eliminations[0].lower).toMatchObject({ accountCode: '402', voucherLabel: '记-1' })

    const bs = c.balanceSheet
    expect(at(bs.assets, 'cash')).toEqual([0, y('6556')]) // JZ 3,580 + 甲 2,976
    expect(at(bs.assets, 'otherReceivable')).toEqual([0, 0]) // 乙's 135 on the pool, eliminated
    expect(at(bs.assets, 'assetTotal')).toEqual([0, y('6556')]) // not inflated by the 2,000 pool
    expect(at(bs.liabilities, 'otherPayable')).toEqual([0, y('340')]) // only the 筹备金 remains
    expect(at(bs.liabilities, 'payableLower')).toEqual([0, 0])
    expect(at(bs.liabilities, 'grandTotal')).toEqual([0, y('6556')])
    expect(bs.checks.every((k) => k.ok)).toBe(true)

    // 402 of the 汇总 = the levy received from outside (6,556) less the 筹备金 held (340).
    expect(at(c.incomeStatement.rows, 'allocated')).toEqual([y('2496'), y('6216')])

    // Each 账套 on its own still shows the pool.
    const jz = o.app.call('reports.balanceSheet', { ledgerId: o.ledgers.jz, period: '2026-03' }, o.tokens.kj)
    expect(at(jz.liabilities, 'otherPayable')[1]).toBe(y('2340'))
  })

  it('shows a pool difference instead of netting it', async () => {
    const o = await threeMonths()
    // 乙 books a 135 the 街镇 never booked: 300 more on its side.
    const id = o.app.call(
      'vouchers.create',
      {
        ledgerId: o.ledgers.b,
        date: '2026-03-25',
        word: '记',
        attachments: 0,
        lines: [
          { summary: '暂付', accountId: o.account(o.ledgers.b, '135'), debit: y('300'), credit: 0, counterpart: '某某街道总工会' },
          { summary: '暂付', accountId: o.account(o.ledgers.b, '101'), debit: 0, credit: y('300') },
        ],
      },
      o.tokens.kj,
    ).id
    o.post(id)
    const c = o.app.call('reports.consolidated', { ledgerIds: [o.ledgers.jz, o.ledgers.a, o.ledgers.b], period: '2026-03' }, o.tokens.kj)
    const pool = c.eliminations.find((e) => e.pair === '215/135')!
    expect([pool.amount, pool.difference, pool.upper.net, pool.lower.net]).toEqual([y('2000'), -y('300'), -y('2000'), y('2300')])
    expect(at(c.balanceSheet.assets, 'otherReceivable')[1]).toBe(y('300'))
  })

  it('eliminates the pool at 年初 as well as at 期末', async () => {
    const o = await threeMonths()
    const c = o.app.call('reports.consolidated', { ledgerIds: [o.ledgers.jz, o.ledgers.a, o.ledgers.b], period: '2027-01' }, o.tokens.kj)
    expect(c.eliminations.filter((e) => e.pair === '215/135').map((e) => [e.upper.voucherLabel, e.upper.period, e.amount, e.difference])).toEqual([
      ['年初余额', '2027-01', y('2000'), 0],
      ['期末余额', '2027-01', y('2000'), 0],
    ])
    expect(at(c.balanceSheet.assets, 'otherReceivable')).toEqual([0, 0])
    expect(at(c.balanceSheet.assets, 'assetTotal')).toEqual([y('6556'), y('6556')])
    expect(at(c.balanceSheet.liabilities, 'otherPayable')).toEqual([y('340'), y('340')])
    expect(c.unmatched).toEqual([])
  })
})
