import type { MethodInput } from '../../../electron/shared/contract'
import type { Role } from '../../../electron/shared/roles'
import { initializedApp } from '../helpers'
import { y } from '../ledger/ledger-helpers'

export { y }
const PASSWORD = 'Test2026ok'

/**
 * A 街镇 (JZ) with two 小二级: 甲 keeps its own 账套 (XA, own bank account) and 乙 has none. People:
 * 报账员 and 审批人 scoped to 甲, an 审批人 scoped to 乙, and the 街镇's 会计, 审核 and 出纳 (unscoped).
 */
export function claimsOffice() {
  const app = initializedApp()
  const admin = app.adminToken
  const union = (code: string, name: string, type: string, parentId?: number) =>
    app.call('unions.save', { code, name, type, parentId, ...(type === 'xiaoerji' ? { scope: 'regional' } : {}) }, admin).id
  const street = union('JZ', '某某街道总工会', 'street')
  const jia = union('XA', '甲片区工会联合会', 'xiaoerji', street)
  const yi = union('XB', '乙片区工会联合会', 'xiaoerji', street)
  const people: Record<string, [string, { role: Role; scopeType?: 'union'; scopeId?: number }[]]> = {
    clerk: ['甲报账员', [{ role: 'clerk', scopeType: 'union', scopeId: jia }]],
    chair: ['甲主席', [{ role: 'approver', scopeType: 'union', scopeId: jia }]],
    chairB: ['乙主席', [{ role: 'approver', scopeType: 'union', scopeId: yi }]],
    kj: ['李会计', [{ role: 'accountant' }]],
    sh: ['张审核', [{ role: 'reviewer' }]],
    cn: ['陈出纳', [{ role: 'cashier' }]],
  }
  const t = {} as Record<keyof typeof people, string>
  for (const [username, [displayName, assignments]] of Object.entries(people)) {
    app.call('users.create', { username, displayName, password: PASSWORD, assignments }, admin)
    t[username] = app.call('auth.login', { username, password: PASSWORD }).token
  }
  const { id: ledgerId } = app.call('ledgers.create', { code: 'XA', name: '甲片区工会联合会', startPeriod: '2026-01', unionId: jia }, t.kj)
  app.call(
    'opening.set',
    {
      ledgerId,
      entries: [
        { accountCode: '102', debit: y('100,000.00') },
        { accountCode: '32205', credit: y('100,000.00') },
      ],
    },
    t.kj,
  )
  const chart = app.call('accounts.list', { ledgerId }, t.kj)
  const account = (code: string) => chart.find((a) => a.code === code)!.id

  /**
   * The year's budget with this one line (501-type lines are 基本支出, 一般资金), through the 预算管理 API:
   * created, the line saved, and 登记批准 recorded, with 可动用上年结余 covering it so it is not a deficit.
   * Returns the line's id.
   */
  const budgetLine = (code: string, original: string, year = 2026) => {
    const { id: budgetId } = app.call('budget.create', { ledgerId, year, priorSurplus: y(original) }, t.kj)
    const line = app.call('budget.saveLine', { budgetId, accountId: account(code), spendType: 'basic', fundNature: 'general', original: y(original) }, t.kj).id
    app.call('budget.approve', { id: budgetId, reviewedOn: `${year}-01-05`, approvedBody: 'committee', approvedOn: `${year}-01-08`, filedOn: null }, t.kj)
    return line
  }

  /** The 街镇总工会's own 账套 (JZ), whose bank account holds 报账制 money (reference §11.2). Returns its id. */
  const streetBooks = () => {
    const { id } = app.call('ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod: '2026-01', unionId: street }, t.kj)
    app.call(
      'opening.set',
      {
        ledgerId: id,
        entries: [
          { accountCode: '102', debit: y('500,000.00') },
          { accountCode: '32205', credit: y('500,000.00') },
        ],
      },
      t.kj,
    )
    return id
  }

  type Line = MethodInput<'claims.save'>['lines'][number]
  const line = (amount: string, extra: Partial<Line> = {}): Line => ({ accountId: account('50105'), summary: '会员活动', amount: y(amount), ...extra })
  const draft = (lines: Line[], token = t.clerk, extra: Partial<MethodInput<'claims.save'>> = {}) =>
    app.call('claims.save', { ledgerId, title: '会员活动报账', payFrom: 'own_account', lines, ...extra }, token)

  /** A claim through submit, approval and check; returns its id (ready for the cashier). */
  const checked = (lines: Line[]) => {
    const { id } = draft(lines)
    app.call('claims.submit', { id }, t.clerk)
    app.call('claims.approve', { id }, t.chair)
    app.call('claims.check', { id }, t.kj)
    return id
  }
  const bank = account('102')
  return {
    app,
    admin,
    t,
    street,
    jia,
    yi,
    ledgerId,
    account,
    budgetLine,
    streetBooks,
    line,
    draft,
    checked,
    bank,
    login: (u: string) => app.call('auth.login', { username: u, password: PASSWORD }).token,
  }
}
