import { describe, expect, it } from 'vitest'
import { callAsync, xlsx } from './import-helpers'
import { basicSpend, general, ln, office, postVoucher, y } from './ledger-helpers'

/**
 * A 账套 opened in July 2026, computed by hand. The old books (closed monthly) had at 1 January:
 * 102 银行存款 借 100,000 and 32205 累计结余 贷 100,000. January–June: 会费 60,000 received into 102 and
 * 45,000 spent on 50101, each month's closing moving 401 and 50101 into 32203. So at 1 July:
 *   102   借 115,000   本年累计 借 60,000 贷 45,000
 *   32203 贷  15,000   本年累计 借 45,000 贷 60,000
 *   32205 贷 100,000
 *   401        0       本年累计 借 60,000 贷 60,000 (收入: the credits are the income)
 *   50101      0       本年累计 借 45,000 贷 45,000 (支出: the debits are the expenditure)
 * July: 会费 10,000 into 102, 3,000 spent on 50101.
 */
const OPENINGS = [
  { accountCode: '102', debit: y('115,000.00'), ytdDebit: y('60,000.00'), ytdCredit: y('45,000.00') },
  { accountCode: '32203', credit: y('15,000.00'), ytdDebit: y('45,000.00'), ytdCredit: y('60,000.00') },
  { accountCode: '32205', credit: y('100,000.00') },
  { accountCode: '401', ytdDebit: y('60,000.00'), ytdCredit: y('60,000.00') },
  { accountCode: '50101', ytdDebit: y('45,000.00'), ytdCredit: y('45,000.00') },
]

function july() {
  const o = office('2026-07')
  o.app.call('opening.set', { ledgerId: o.ledgerId, entries: OPENINGS }, o.tokens.kj)
  postVoucher(o, '2026-07-10', [ln(o, '102', '借', '10,000.00', '收会费'), ln(o, '401', '贷', '10,000.00', '收会费', general)])
  postVoucher(o, '2026-07-20', [ln(o, '50101', '借', '3,000.00', '活动', basicSpend), ln(o, '102', '贷', '3,000.00', '活动')])
  return o
}

describe('a 账套 opened mid-year reports the whole year', () => {
  it('shows 年初余额 computed from the balance and 本年累计 (as 用友/金蝶 do)', () => {
    const o = july()
    const opening = o.app.call('opening.get', { ledgerId: o.ledgerId }, o.tokens.kj)
    expect(opening.midYear).toBe(true)
    const row = (code: string) => opening.rows.find((r) => r.code === code)!
    expect(row('102')).toMatchObject({ yearStartDebit: y('100,000.00'), yearStartCredit: 0 })
    expect(row('32203')).toMatchObject({ yearStartDebit: 0, yearStartCredit: 0 })
    expect(row('401')).toMatchObject({ yearStartDebit: 0, yearStartCredit: 0 })
    expect(opening).toMatchObject({ totalYtdDebit: y('210,000.00'), totalYtdCredit: y('210,000.00') })
  })

  it('科目余额表: year columns include January–June; from January the opening is 年初余额', () => {
    const o = july()
    const trial = (from: string, to: string) => o.app.call('balances.trial', { ledgerId: o.ledgerId, from, to }, o.tokens.kj)
    const at = (rows: { code: string }[], code: string) => rows.find((r) => r.code === code)!
    expect(at(trial('2026-07', '2026-07').rows, '102')).toMatchObject({
      openingDebit: y('115,000.00'),
      debit: y('10,000.00'),
      credit: y('3,000.00'),
      yearDebit: y('70,000.00'),
      yearCredit: y('48,000.00'),
      closingDebit: y('122,000.00'),
    })
    expect(at(trial('2026-07', '2026-07').rows, '401')).toMatchObject({ yearDebit: y('60,000.00'), yearCredit: y('70,000.00'), closingCredit: y('10,000.00') })
    const whole = trial('2026-01', '2026-07')
    expect(at(whole.rows, '102')).toMatchObject({ openingDebit: y('100,000.00'), debit: y('70,000.00'), credit: y('48,000.00'), closingDebit: y('122,000.00') })
    expect(whole.totals.openingDebit).toBe(whole.totals.openingCredit)
    expect(whole.totals.closingDebit).toBe(whole.totals.closingCredit)
  })

  it('总账 carries 本年累计 from January', () => {
    const o = july()
    const gl = o.app.call('reports.generalLedger', { ledgerId: o.ledgerId, from: '2026-07', to: '2026-07', accountCode: '102' }, o.tokens.kj)
    expect(gl.accounts[0].months[0]).toMatchObject({
      opening: y('115,000.00'),
      debit: y('10,000.00'),
      credit: y('3,000.00'),
      yearDebit: y('70,000.00'),
      yearCredit: y('48,000.00'),
      balance: y('122,000.00'),
    })
  })

  it('工会02表 annual takes income from 本年累计贷方 and expenditure from 本年累计借方; 01表 年初 is 年初余额', () => {
    const o = july()
    const annual = o.app.call('reports.incomeStatement', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)
    const line = (key: string) => annual.rows.find((r) => r.key === key)!.values[0]
    expect(line('dues')).toBe(y('70,000.00'))
    expect(line('activities')).toBe(y('48,000.00'))
    expect(line('opening')).toBe(y('100,000.00'))
    expect(line('closing')).toBe(y('122,000.00'))
    expect(annual.checks.every((c) => c.ok)).toBe(true)
    const month = o.app.call('reports.incomeStatement', { ledgerId: o.ledgerId, period: '2026-07' }, o.tokens.kj)
    const monthLine = (key: string) => month.rows.find((r) => r.key === key)!.values
    expect(monthLine('dues')).toEqual([y('10,000.00'), y('70,000.00')])
    const sheet = o.app.call('reports.balanceSheet', { ledgerId: o.ledgerId, period: '2026-07' }, o.tokens.kj)
    const sheetRow = (key: string) => [...sheet.assets, ...sheet.liabilities].find((r) => r.key === key)!.values
    expect(sheetRow('cash')).toEqual([y('100,000.00'), y('122,000.00')])
    expect(sheetRow('surplus')).toEqual([y('100,000.00'), y('122,000.00')])
  })

  it('refuses openings whose 本年累计 totals differ, like unbalanced balances', () => {
    const o = office('2026-07')
    // 102's 本年累计借方 mistyped as 61,000: balances agree, 累计 totals differ by 1,000.
    const typo = { ...OPENINGS[0], ytdDebit: y('61,000.00') }
    o.app.call('opening.set', { ledgerId: o.ledgerId, entries: [typo, ...OPENINGS.slice(1)] }, o.tokens.kj)
    const lines = [ln(o, '102', '借', '1.00'), ln(o, '401', '贷', '1.00', '会费', general)]
    const error = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2026-07-01', lines }, o.tokens.kj)
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('本年累计借贷不平衡')
  })

  it('refuses a balance on an income account, unequal 累计 on it, and 累计 in a January 账套', () => {
    const o = office('2026-07')
    const set = (entry: object) => o.app.fail('opening.set', { ledgerId: o.ledgerId, entries: [entry] }, o.tokens.kj).message
    expect(set({ accountCode: '401', credit: y('5.00') })).toContain('余额应为 0')
    expect(set({ accountCode: '401', ytdDebit: y('5.00'), ytdCredit: y('6.00') })).toContain('本年累计借方与本年累计贷方应相等')
    const jan = office('2026-01')
    expect(jan.app.fail('opening.set', { ledgerId: jan.ledgerId, entries: [{ accountCode: '102', debit: 1, ytdDebit: 1 }] }, jan.tokens.kj).message).toContain('1 月启用')
  })
})

describe('the opening-balance template carries 本年累计借方 and 本年累计贷方', () => {
  it('imports them and names the row of a bad one', async () => {
    const o = office('2026-07')
    const header = ['科目编码', '借方余额', '贷方余额', '本年累计借方', '本年累计贷方']
    const bad = await xlsx(header, [['401', null, null, 60000, 50000]])
    const fail = await callAsync(o, 'import.openingBalances', { ledgerId: o.ledgerId, fileName: 'o.xlsx', content: bad }, o.tokens.kj)
    if (fail.ok) throw new Error('should fail')
    expect(fail.error.fields?.['第 2 行']).toContain('本年累计借方与本年累计贷方应相等')
    const good = await xlsx(header, [
      ['102', 115000, null, 60000, 45000],
      ['32203', null, 15000, 45000, 60000],
      ['32205', null, 100000],
      ['401', null, null, 60000, 60000],
      ['50101', null, null, 45000, 45000],
    ])
    const ok = await callAsync(o, 'import.openingBalances', { ledgerId: o.ledgerId, fileName: 'o.xlsx', content: good }, o.tokens.kj)
    expect(ok).toEqual({
      ok: true,
      data: { accounts: 5, totalDebit: y('115,000.00'), totalCredit: y('115,000.00'), totalYtdDebit: y('210,000.00'), totalYtdCredit: y('210,000.00') },
    })
  })
})
