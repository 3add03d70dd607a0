import { describe, expect, it } from 'vitest'
import type { StatementRow } from '../../../electron/shared/contract/reports'
import { januaryBooks, office, y } from '../ledger/ledger-helpers'
import { groupBooks } from './report-helpers'

const values = (rows: StatementRow[], key: string) => rows.find((r) => r.key === key)!.values

describe('汇总 over several 账套', () => {
  it('sums the statements and eliminates matched internal transfers, listing them and what did not match', () => {
    const { o, x } = groupBooks()
    const c = o.app.call('reports.consolidated', { ledgerIds: [o.ledgerId, x.ledgerId], period: '2026-01' }, o.tokens.kj)
    expect(c.eliminations.map((e) => [e.pair, e.amount, e.upper.ledgerCode, e.upper.accountCode.slice(0, 3), e.lower.ledgerCode, e.lower.accountCode.slice(0, 3)])).toEqual([
      ['508/403', y('10,000.00'), 'JZ', '508', 'X1', '403'],
      ['212/131', y('3,000.00'), 'JZ', '212', 'X1', '131'],
    ])
    expect(c.eliminations[0].lower).toMatchObject({ voucherLabel: '记-1', counterpart: '某某街道总工会', net: -y('10,000.00') })
    expect(c.unmatched).toEqual([expect.objectContaining({ ledgerCode: 'JZ', accountCode: '50801', net: y('500.00') })])

    const is = c.incomeStatement.rows
    expect(values(is, 'upperSubsidy')).toEqual([y('20,000.00'), y('20,000.00')]) // 20,000 + 10,000 − 10,000
    expect(values(is, 'lowerSubsidy')).toEqual([y('500.00'), y('500.00')])
    expect(values(is, 'allocated')).toEqual([y('21,000.00'), y('21,000.00')]) // X1's 402 stays: only 212/131 is internal
    expect(values(is, 'net')).toEqual([y('22,500.00'), y('22,500.00')])

    const bs = c.balanceSheet
    expect(bs.orgName).toBe('某某街道总工会（汇总）')
    expect(values(bs.assets, 'cash')[1]).toBe(y('134,500.00'))
    expect(values(bs.assets, 'receivableUpper')[1]).toBe(0)
    expect(values(bs.liabilities, 'payableLower')[1]).toBe(0)
    expect(values(bs.liabilities, 'grandTotal')[1]).toBe(y('134,500.00'))
    expect(bs.checks.every((k) => k.ok)).toBe(true)
    expect(bs.notes[1]).toBe('已抵销内部往来 2 笔，共 13,000.00 元（见抵销明细）。')

    const trial = new Map(c.trial.map((r) => [r.code, r]))
    expect(trial.get('508')).toMatchObject({ debit: y('500.00'), closingDebit: y('500.00') })
    expect(trial.get('403')).toMatchObject({ credit: y('20,000.00'), closingCredit: y('20,000.00') })
    expect(trial.has('212') || trial.has('131')).toBe(false) // eliminated to nil
    const sum = (k: 'closingDebit' | 'closingCredit') => c.trial.reduce((s, r) => s + r[k], 0)
    expect(sum('closingDebit')).toBe(sum('closingCredit'))
  })

  it('drills a statement line down to its accounts', () => {
    const o = office()
    januaryBooks(o)
    const bs = o.app.call('reports.balanceSheet', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
    expect(bs.assets.find((r) => r.key === 'cash')!.codes).toEqual(['101', '102'])
    expect(bs.assets.find((r) => r.key === 'assetTotal')!.codes).toEqual([])
  })

  it('needs a reader role in every chosen 账套', () => {
    const { o, x } = groupBooks()
    const viewer = o.app.call(
      'users.create',
      { username: 'ck', displayName: '查看', password: 'Test2026ok', assignments: [{ role: 'viewer', scopeType: 'ledger', scopeId: o.ledgerId }] },
      o.app.adminToken,
    )
    expect(viewer.id).toBeGreaterThan(0)
    const token = o.login('ck')
    expect(o.app.fail('reports.consolidated', { ledgerIds: [o.ledgerId, x.ledgerId], period: '2026-01' }, token).code).toBe('FORBIDDEN')
  })
})
