import type { MethodInput } from '../../../electron/shared/contract'
import { office, y, type Office } from '../ledger/ledger-helpers'

export { y }

type LineInput = Omit<MethodInput<'budget.saveLine'>, 'budgetId' | 'accountId' | 'original' | 'fundNature'> & {
  fundNature?: 'general' | 'special'
}

/** A budget for the office's 账套 and year, made by 李会计; `line` adds lines in test notation. */
export function budgetFor(o: Office, year: number, input: Partial<MethodInput<'budget.create'>> = {}) {
  const { id } = o.app.call('budget.create', { ledgerId: o.ledgerId, year, ...input }, o.tokens.kj)
  const line = (code: string, amount: string, extra: LineInput = {}) =>
    o.app.call('budget.saveLine', { budgetId: id, accountId: o.account(code), original: y(amount), fundNature: 'general', ...extra }, o.tokens.kj).id
  const view = () => o.app.call('budget.get', { ledgerId: o.ledgerId, year }, o.tokens.kj)!
  const approve = (token = o.tokens.kj) =>
    o.app.call('budget.approve', { id, reviewedOn: `${year}-01-05`, approvedBody: 'committee', approvedOn: `${year}-01-08`, filedOn: `${year}-01-10` }, token)
  const adjust = (date: string, lines: MethodInput<'budget.adjust'>['lines'], token = o.tokens.kj) =>
    o.app.call('budget.adjust', { budgetId: id, date, reason: '年中调整', approvedBody: 'committee', approvedOn: date, lines }, token).id
  return { id, line, view, approve, adjust }
}

export const basic = { spendType: 'basic' } as const

/** A user with these role assignments, signed in; returns the token. */
export function person(o: Office, username: string, assignments: MethodInput<'users.create'>['assignments']): string {
  o.app.call('users.create', { username, displayName: username, password: 'Test2026ok', assignments }, o.app.adminToken)
  return o.login(username)
}

export { office, type Office }
