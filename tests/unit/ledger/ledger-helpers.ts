import type { MethodInput } from '../../../electron/shared/contract'
import { parseYuanToFen } from '../../../electron/shared/money'
import { initializedApp } from '../helpers'

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
    app.call('users.create', { username, displayName, password: PASSWORD, assignments: roles.map((role) => ({ role })) }, app.adminToken)
    tokens[username as keyof typeof people] = app.call('auth.login', { username, password: PASSWORD }).token
  }
  const { id: ledgerId } = app.call('ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod, ...settings }, tokens.kj)
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

/** The worked month of the test plan: every figure below was computed by hand. */
export function januaryBooks(o: Office, month = '2026-01') {
  o.app.call(
    'opening.set',
    {
      ledgerId: o.ledgerId,
      entries: [
        { accountCode: '102', debit: y('100,000.00') },
        { accountCode: '32205', credit: y('100,000.00') },
      ],
    },
    o.tokens.kj,
  )
  const { id: projectId } = o.app.call('projects.save', { ledgerId: o.ledgerId, code: 'P01', name: '困难职工帮扶' }, o.tokens.kj)
  postVoucher(o, `${month}-05`, [ln(o, '102', '借', '5,000.00', '收取会费'), ln(o, '401', '贷', '5,000.00', '收取会费', general)])
  postVoucher(o, `${month}-08`, [ln(o, '102', '借', '20,000.00', '上级专项补助'), ln(o, '40302', '贷', '20,000.00', '上级专项补助', special)])
  postVoucher(o, `${month}-10`, [
    ln(o, '102', '借', '30,000.00', '拨缴经费'),
    ln(o, '402', '贷', '18,000.00', '拨缴经费留成', general),
    ln(o, '211', '贷', '12,000.00', '应上缴上级'),
  ])
  postVoucher(o, `${month}-15`, [ln(o, '50105', '借', '8,000.00', '节日慰问', basicSpend), ln(o, '102', '贷', '8,000.00', '节日慰问')])
  postVoucher(o, `${month}-20`, [
    ln(o, '50404', '借', '15,000.00', '困难职工帮扶', { fundNature: 'special', spendType: 'project', projectId }),
    ln(o, '102', '贷', '15,000.00', '困难职工帮扶'),
  ])
}
