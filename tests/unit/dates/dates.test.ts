import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isCalendarDate, isMonthText } from '../../../electron/shared/contract/dates'
import { run } from '../cli/cli-helpers'
import { general, ln, office } from '../ledger/ledger-helpers'

// Each of these passed the old regex-only contract (`\d{4}-\d{2}-\d{2}`) and entered the books.
const IMPOSSIBLE = ['2026-13-01', '2026-02-30', '2026-04-31', '2025-02-29', '2026-00-10', '2026-01-00', '2026-01-32']

describe('one date type and one month type in the contract', () => {
  it('knows the calendar', () => {
    for (const d of IMPOSSIBLE) expect(isCalendarDate(d), d).toBe(false)
    for (const d of ['2024-02-29', '2026-02-28', '2026-04-30', '2026-12-31']) expect(isCalendarDate(d), d).toBe(true)
    for (const m of ['2026-00', '2026-13', '2026-1', '26-01']) expect(isMonthText(m), m).toBe(false)
    expect(isMonthText('2026-12')).toBe(true)
  })

  it('refuses an impossible voucher date naming the field, and writes nothing', () => {
    const o = office()
    for (const date of IMPOSSIBLE) {
      const lines = [ln(o, '102', '借', '10.00'), ln(o, '401', '贷', '10.00', '会费', general)]
      const error = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date, lines }, o.tokens.kj)
      expect(error.code).toBe('VALIDATION')
      expect(error.message).toContain('凭证日期')
      expect(error.fields?.date).toMatch(/不是有效的日期/)
    }
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).total).toBe(0)
  })

  it('refuses impossible dates and months on every kind of method', () => {
    const o = office()
    const { kj } = o.tokens
    const cases: [string, unknown, string][] = [
      ['vouchers.search', { ledgerId: o.ledgerId, from: '2026-02-30' }, '开始日期'],
      ['audit.list', { from: '2026-04-31' }, '开始日期'],
      ['balances.trial', { ledgerId: o.ledgerId, from: '2026-13', to: '2026-12' }, '起始期间'],
      ['reports.balanceSheet', { ledgerId: o.ledgerId, period: '2026-00' }, '会计期间'],
      ['periods.close', { ledgerId: o.ledgerId, period: '2026-13' }, '会计期间'],
      ['ledgers.create', { code: 'X1', name: '某工会', startPeriod: '2026-13' }, '启用期间'],
    ]
    for (const [method, input, label] of cases) {
      const error = o.app.fail(method, input, method === 'audit.list' ? o.app.adminToken : kj)
      expect(error.code, method).toBe('VALIDATION')
      expect(error.message, method).toContain(label)
    }
  })
})

describe('uniondesk check looks at dates already stored', () => {
  it('lists an impossible stored voucher date and fails', async () => {
    const o = office()
    const lines = [ln(o, '102', '借', '10.00'), ln(o, '401', '贷', '10.00', '会费', general)]
    const { id } = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-02-28', lines }, o.tokens.kj)
    const clean = await run('--data', o.app.dataDir, 'check')
    expect(clean.out).toContain('日期检查：ok')
    o.app.core.close()
    // Written around the contract, as an old build or a hand edit could have done.
    const sqlite = new Database(join(o.app.dataDir, 'uniondesk.db'))
    sqlite.prepare("UPDATE vouchers SET date = '2026-02-30' WHERE id = ?").run(id)
    sqlite.close()
    const res = await run('--data', o.app.dataDir, 'check')
    expect(res.code).not.toBe(0)
    expect(res.out).toContain('日期检查：1 处不存在的日期或期间')
    expect(res.out).toContain('凭证日期（vouchers.date')
  })
})
