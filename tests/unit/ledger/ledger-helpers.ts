import type { MethodInput } from '../../../electron/shared/contract'
import { parseYuanToFen } from '../../../electron/shared/money'
import { initializedApp, type TestApp } from '../helpers'

/** 元 text → 分, so test data reads like the books. */
export const y = (text: string) => parseYuanToFen(text)!

const PASSWORD = 'Test2026ok'

/**
 * An office with a 账套 and four people: 李会计 (制单), 张审核, 陈出纳 and 王主管 who is both
 * 会计 and 审核 (to prove 制单 ≠ 审核 holds for one person with both roles).
 */
export function office(startPeriod = '2026-01', settings: { cashierSignRequired?: boolean } = {}) {
  const app = initializedApp()
  const people = {
    kj: ['李会计', ['accountant']],
    sh: ['张审核', ['reviewer']],
    cn: ['陈出纳', ['cashier']],
    zg: ['王主管', ['accountant', 'reviewer']],
  } as const
  const tokens = {} as Record<keyof typeof people, string>
  for (const [username, [displayName, roles]] of Object.entries(people)) {
    app.call(
      'users.create',
      { username, displayName, password: PASSWORD, assignments: roles.map((role) => ({ role })) },
      app.adminToken,
    )
    tokens[username as keyof typeof people] = app.call('auth.login', { username, password: PASSWORD }).token
  }
  const { id: ledgerId } = app.call(
    'ledgers.create',
    { code: 'JZ', name: '某某街道总工会', startPeriod, ...settings },
    tokens.kj,
  )
  const chart = app.call('accounts.list', { ledgerId }, tokens.kj)
  const account = (code: string) => chart.find((a) => a.code === code)!.id
  return { app, tokens, ledgerId, account, login: (username: string) => app.call('auth.login', { username, password: PASSWORD }).token }
}

export type Office = ReturnType<typeof office>

type Line = MethodInput<'vouchers.create'>['lines'][number]

/** A voucher line from terse test notation: ['102', '借', '5,000.00', '收会费'] (+ fund, spend, project). */
export function ln(o: Office, code: string, side: '借' | '贷', amount: string, summary = '业务', extra: Partial<Line> = {}): Line {
  const fen = y(amount)
  return { summary, accountId: o.account(code), debit: side === '借' ? fen : 0, credit: side === '贷' ? fen : 0, ...extra }
}

export const general = { fundNature: 'general' } as const
export const special = { fundNature: 'special' } as const
export const basicSpend = { fundNature: 'general', spendType: 'basic' } as const

/** Enter, review (by another person) and post one voucher. */
export function postVoucher(o: Office, date: string, lines: Line[]): number {
  const { id } = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date, lines }, o.tokens.kj)
  o.app.call('vouchers.review', { ids: [id] }, o.tokens.sh)
  o.app.call('vouchers.post', { ids: [id] }, o.tokens.kj)
  return id
}

export type { TestApp }
