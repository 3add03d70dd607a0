import { describe, expect, it } from 'vitest'
import type { StatementRow } from '../../../electron/shared/contract/reports'
import { generalLedgerLines, groupSpans } from '../../../renderer/src/pages/reports/ledger-rows'
import { drillCodes, fundCrossCheck, statementLines, trialChecks, trialTotals } from '../../../renderer/src/pages/reports/statements'

const row = (key: string, values: number[], codes: string[] = []): StatementRow => ({ key, label: key, level: 1, values, codes })

describe('statement helpers', () => {
  it('numbers 行次 down the assets and on down the liabilities, side by side', () => {
    const lines = statementLines([[row('a', [1, 2]), row('b', [3, 4]), row('c', [5, 6])], [row('x', [7, 8])]])
    expect(lines).toHaveLength(3)
    expect(lines.map((l) => l.map((r) => r && `${r.key}${r.lineNo}`))).toEqual([
      ['a1', 'x4'],
      ['b2', undefined],
      ['c3', undefined],
    ])
  })

  it('checks 借 = 贷 per column pair of the 科目余额表 and says by how much it is out', () => {
    const totals = trialTotals([
      { openingDebit: 500, openingCredit: 0, debit: 100, credit: 30, yearDebit: 100, yearCredit: 30, closingDebit: 570, closingCredit: 0 },
      { openingDebit: 0, openingCredit: 500, debit: 30, credit: 100, yearDebit: 30, yearCredit: 100, closingDebit: 0, closingCredit: 560 },
    ])
    const checks = trialChecks(totals)
    expect(checks.map((c) => c.ok)).toEqual([true, true, true, false])
    expect(checks[3]).toMatchObject({ label: '期末余额借方 = 贷方', detail: '借方 5.70，贷方 5.60，差额 0.10' })
  })

  it('ties the annual 02表 to the year-end 01表 321 + 322 + 331 + 332', () => {
    const income = { rows: [row('opening', [0, 0]), row('closing', [1000, 0])] }
    const sheet = {
      liabilities: [row('assetFund', [0, 9999]), row('carryOver', [0, 400]), row('surplus', [0, 500]), row('fiscalCarryOver', [0, 60]), row('fiscalSurplus', [0, 40])],
    }
    expect(fundCrossCheck(income, sheet)).toMatchObject({ ok: true, detail: '02表 10.00 / 01表 10.00' })
    sheet.liabilities[2] = row('surplus', [0, 499])
    expect(fundCrossCheck(income, sheet)?.ok).toBe(false)
    expect(fundCrossCheck({ rows: [] }, sheet)).toBeNull()
  })

  it('drills only into real accounts, not the 结转结余 pseudo-codes', () => {
    expect(drillCodes(row('openingCarry', [0], ['open:carry']))).toEqual([])
    expect(drillCodes(row('cash', [0], ['101', '102']))).toEqual(['101', '102'])
  })
})

describe('book layouts', () => {
  it('prints 总账 as 期初余额 then each month’s 本月合计 and 本年累计, the account cell spanning them', () => {
    const month = (period: string, debit: number, balance: number) => ({
      period,
      openingDirection: '借' as const,
      opening: 100,
      debit,
      credit: 0,
      yearDebit: debit,
      yearCredit: 0,
      direction: '借' as const,
      balance,
    })
    const lines = generalLedgerLines([
      { code: '102', name: '银行存款', months: [month('2026-01', 10, 110), month('2026-02', 5, 115)] },
      { code: '103', name: '空', months: [] },
    ])
    expect(lines.map((l) => [l.period, l.summary, l.span, l.debit, l.balance])).toEqual([
      ['2026-01', '期初余额', 5, null, 100],
      ['2026-01', '本月合计', 0, 10, 110],
      ['2026-01', '本年累计', 0, 10, 110],
      ['2026-02', '本月合计', 0, 5, 115],
      ['2026-02', '本年累计', 0, 5, 115],
    ])
  })

  it('spans a group name over its rows', () => {
    expect(groupSpans(['a', 'a', 'b', 'c', 'c', 'c'], (k) => k)).toEqual([2, 0, 1, 3, 0, 0])
    expect(groupSpans([], (k: string) => k)).toEqual([])
  })
})
