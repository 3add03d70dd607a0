import type { MethodInput } from '../../../electron/shared/contract'
import { office, y } from '../ledger/ledger-helpers'

export { y }

/**
 * A 街镇 (账套 JZ, linked to the 街镇总工会) with two 小二级 that keep their own 账套 (XA 甲联合会, XB
 * 乙联合会) and one without (XC 丙联合会); the office's people from office(): 李会计 (kj), 张审核 (sh).
 * Surveys give 甲 3,000 workers, 乙 1,000 and 丙 none.
 */
export function streetOffice() {
  const o = office()
  const { app, tokens } = o
  const unionId = (input: MethodInput<'unions.save'>) => app.call('unions.save', input, app.adminToken).id
  const streetId = unionId({ code: 'JZ', name: '某某街道总工会', type: 'street' })
  app.call('ledgers.update', { id: o.ledgerId, name: '某某街道总工会', unionId: streetId }, tokens.kj)
  const xiaoerji = (code: string, name: string) => unionId({ code, name, type: 'xiaoerji', parentId: streetId, scope: 'regional' })
  const unions = { a: xiaoerji('XA', '甲联合会'), b: xiaoerji('XB', '乙联合会'), c: xiaoerji('XC', '丙联合会') }
  const newLedger = (code: string, name: string, union: number) => app.call('ledgers.create', { code, name, startPeriod: '2026-01', unionId: union }, tokens.kj).id
  const ledgers = { jz: o.ledgerId, a: newLedger('XA', '甲联合会', unions.a), b: newLedger('XB', '乙联合会', unions.b) }
  const survey = (union: number, workers: number) =>
    app.call(
      'surveys.save',
      { unionId: union, year: 2026, surveyDate: '2026-06-30', enterprises: 50, enterprisesWithUnion: 40, workers, members: workers, womenMembers: 0, migrantMembers: 0 },
      app.adminToken,
    )
  survey(unions.a, 3000)
  survey(unions.b, 1000)
  /** An account id by code in a 账套 (read afresh: tests add detail accounts). */
  const account = (ledgerId: number, code: string) => app.call('accounts.list', { ledgerId }, tokens.kj).find((a) => a.code === code)!.id
  const subsidy = (extra: Partial<MethodInput<'transfers.create'>> = {}, token = tokens.kj) =>
    app.call(
      'transfers.create',
      {
        kind: 'subsidy',
        moneyPattern: 'own_account',
        fromLedgerId: ledgers.jz,
        toLedgerId: ledgers.a,
        date: '2026-03-10',
        amount: y('20,000.00'),
        summary: '拨付甲联合会经费',
        ...extra,
      },
      token,
    )
  /** Review (by 张审核) and post (by 李会计) vouchers. */
  const post = (...ids: number[]) => {
    app.call('vouchers.review', { ids }, tokens.sh)
    app.call('vouchers.post', { ids }, tokens.kj)
  }
  /** The vouchers of one 账套 with their lines, in entry order. */
  const vouchersOf = (ledgerId: number) => app.call('vouchers.search', { ledgerId }, tokens.kj).rows.map((h) => app.call('vouchers.get', { id: h.id }, tokens.kj))
  const transfer = (id: number) => app.call('transfers.list', { ledgerId: ledgers.jz, from: '2026-01', to: '2026-12' }, tokens.kj).find((t) => t.id === id)!
  return { ...o, streetId, unions, ledgers, account, subsidy, post, vouchersOf, transfer }
}

export type StreetOffice = ReturnType<typeof streetOffice>

/** A voucher's lines as "code 借/贷 amount 往来单位" for compact assertions. */
export const entries = (v: { lines: { accountCode: string; debit: number; credit: number; counterpart: string | null }[] }) =>
  v.lines.map((l) => `${l.accountCode} ${l.debit ? '借' : '贷'} ${(l.debit || l.credit) / 100} ${l.counterpart ?? ''}`.trim())
