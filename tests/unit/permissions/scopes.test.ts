import { describe, expect, it } from 'vitest'
import type { MethodName } from '../../../electron/shared/contract'
import { office } from '../ledger/ledger-helpers'

const PASSWORD = 'Test2026ok' // office()'s login() uses it

/** The 街镇 账套 JZ (from office()), a second 账套 XE, and people scoped to XE only. */
function twoLedgers() {
  const o = office()
  const { id: other } = o.app.call('ledgers.create', { code: 'XE', name: '某某小二级工会', startPeriod: '2026-01' }, o.tokens.kj)
  const scoped = (username: string, role: string) => {
    o.app.call('users.create', { username, displayName: username, password: PASSWORD, assignments: [{ role, scopeType: 'ledger', scopeId: other }] }, o.app.adminToken)
    return o.login(username)
  }
  return { ...o, other, scopedViewer: scoped('xeviewer', 'viewer'), scopedAccountant: scoped('xekj', 'accountant') }
}

const call = (o: ReturnType<typeof twoLedgers>, method: MethodName, input: unknown, token: string) => o.app.router.call(method, input, { token }, 'http')

describe('a user who cannot read a 账套 gets FORBIDDEN from every method about it', () => {
  it('every read method taking a 账套 refuses, none answers empty', async () => {
    const o = twoLedgers()
    const L = o.ledgerId
    const range = { ledgerId: L, from: '2026-01', to: '2026-01' }
    const cases: [MethodName, unknown][] = [
      ['accounts.list', { ledgerId: L }],
      ['projects.list', { ledgerId: L }],
      ['vouchers.search', { ledgerId: L }],
      ['templates.list', { ledgerId: L }],
      ['opening.get', { ledgerId: L }],
      ['periods.list', { ledgerId: L }],
      ['balances.trial', range],
      ['balances.account', { ...range, accountId: o.account('102') }],
      ['reports.balanceSheet', { ledgerId: L, period: '2026-01' }],
      ['reports.incomeStatement', { ledgerId: L, period: '2026-01' }],
      ['reports.consolidated', { ledgerIds: [L], period: '2026-01' }],
      ['reports.export', { report: 'trial-balance', ledgerIds: [L], from: '2026-01', to: '2026-01' }],
      ['reports.generalLedger', range],
      ['reports.detailLedger', { ...range, accountCode: '102' }],
      ['reports.cashJournal', { ...range, accountCode: '102' }],
      ['reports.multiColumn', { ...range, accountCode: '501' }],
      ['reports.voucherJournal', range],
      ['reports.auxBalance', { ...range, by: 'project' }],
      ['budget.list', { ledgerId: L }],
      ['budget.get', { ledgerId: L, year: 2026 }],
      ['budget.execution', { ledgerIds: [L], period: '2026-01' }],
      ['budget.exportExecution', { ledgerIds: [L], period: '2026-01' }],
      ['budget.lines', { ledgerId: L, year: 2026 }],
      ['transfers.list', range],
      ['transfers.reconcile', range],
      ['transfers.export', { ...range, report: 'reconciliation' }],
      ['funding.get', { ledgerId: L, year: 2026 }],
      ['funding.allocate', { ledgerId: L, year: 2026, total: 100 }],
      ['funding.vsActual', { ledgerId: L, year: 2026 }],
      ['claims.options', { ledgerId: L, year: 2026 }],
      ['claims.list', { ledgerId: L }],
      ['claims.export', { ledgerId: L }],
    ]
    const wrong: string[] = []
    for (const [method, input] of cases) {
      const res = await call(o, method, input, o.scopedViewer)
      if (res.ok || res.error.code !== 'FORBIDDEN') wrong.push(`${method}: ${res.ok ? 'answered' : `${res.error.code} ${res.error.message}`}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('a 会计 scoped to one 账套 touches nothing global', () => {
  it('cannot create a 账套 or change 支出标准, 报账设置, 评估阈值, 预算设置 or 系统设置', async () => {
    const o = twoLedgers()
    const global: MethodName[] = [
      'ledgers.create',
      'rules.save',
      'rules.delete',
      'rules.import',
      'claims.saveSettings',
      'registry.saveSettings',
      'budget.saveSettings',
      'system.updateSettings',
    ]
    for (const method of global) {
      const res = await call(o, method, {}, o.scopedAccountant)
      expect(res.ok ? 'answered' : res.error.code, method).toBe('FORBIDDEN')
    }
    const create = await call(o, 'ledgers.create', { code: 'X2', name: '另一个工会', startPeriod: '2026-01' }, o.scopedAccountant)
    expect(create.ok ? '' : create.error.message).toContain('不限范围')
    // The same role held unscoped still may.
    expect((await call(o, 'claims.saveSettings', { collectiveThreshold: 600000 }, o.tokens.kj)).ok).toBe(true)
    expect((await call(o, 'ledgers.create', { code: 'X3', name: '第三个工会', startPeriod: '2026-01' }, o.tokens.kj)).ok).toBe(true)
    // ...and the scoped 会计 still works inside its own 账套.
    expect((await call(o, 'accounts.list', { ledgerId: o.other }, o.scopedAccountant)).ok).toBe(true)
  })
})

describe('role scopes are validated when users are saved', () => {
  it('refuses a scope naming a missing 账套 or union, naming the assignment', () => {
    const o = twoLedgers()
    const create = (scopeType: 'ledger' | 'union', scopeId: number) =>
      o.app.fail(
        'users.create',
        { username: `u${scopeType}${scopeId}`, displayName: '某人', password: PASSWORD, assignments: [{ role: 'viewer' }, { role: 'clerk', scopeType, scopeId }] },
        o.app.adminToken,
      )
    const ledger = create('ledger', 999)
    expect(ledger.code).toBe('VALIDATION')
    expect(ledger.fields).toEqual({ 'assignments.1.scopeId': '账套（编号 999）不存在' })
    expect(create('union', 999).message).toContain('工会组织（编号 999）不存在')
    const users = o.app.call('users.list', {}, o.app.adminToken)
    expect(users.some((u) => u.username.startsWith('uledger') || u.username.startsWith('uunion'))).toBe(false)
    const kj = users.find((u) => u.username === 'kj')!
    expect(o.app.fail('users.setRoles', { id: kj.id, assignments: [{ role: 'accountant', scopeType: 'ledger', scopeId: 12345 }] }, o.app.adminToken).code).toBe('VALIDATION')
    o.app.call('users.setRoles', { id: kj.id, assignments: [{ role: 'accountant', scopeType: 'ledger', scopeId: o.other }] }, o.app.adminToken)
  })
})
