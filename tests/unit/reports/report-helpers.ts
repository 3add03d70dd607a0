import { basicSpend, general, januaryBooks, ln, office, postVoucher, type Office } from '../ledger/ledger-helpers'

/** A second 账套 in the same office (a 小二级 kept by the 街镇's accountant), usable with ln() and postVoucher(). */
export function secondLedger(o: Office, code = 'X1', name = '园区工会联合会', startPeriod = '2026-01'): Office {
  const { id: ledgerId } = o.app.call('ledgers.create', { code, name, startPeriod }, o.tokens.kj)
  const chart = o.app.call('accounts.list', { ledgerId }, o.tokens.kj)
  return { ...o, ledgerId, account: (c: string) => chart.find((a) => a.code === c)!.id }
}

/** JZ subsidises X1 with 10,000.00 (508 ↔ 403) and owes it 3,000.00 collected on its behalf (212 ↔ 131). */
export function groupBooks() {
  const o = office()
  januaryBooks(o)
  const x = secondLedger(o)
  const toX1 = { counterpart: 'X1' }
  const toJz = { counterpart: '某某街道总工会' } // a name works as well as a code
  postVoucher(o, '2026-01-25', [ln(o, '50801', '借', '10,000.00', '补助园区工会', { ...basicSpend, ...toX1 }), ln(o, '102', '贷', '10,000.00', '补助园区工会')])
  postVoucher(x, '2026-01-26', [ln(x, '102', '借', '10,000.00', '收上级补助'), ln(x, '40301', '贷', '10,000.00', '收上级补助', { ...general, ...toJz })])
  postVoucher(o, '2026-01-27', [ln(o, '102', '借', '3,000.00', '代收园区经费'), ln(o, '21202', '贷', '3,000.00', '代收园区经费', toX1)])
  postVoucher(x, '2026-01-28', [ln(x, '13102', '借', '3,000.00', '上级代收经费', toJz), ln(x, '402', '贷', '3,000.00', '上级代收经费', general)])
  // No partner in X1: listed, not eliminated.
  postVoucher(o, '2026-01-29', [ln(o, '50801', '借', '500.00', '补助园区工会（对方未入账）', { ...basicSpend, ...toX1 }), ln(o, '102', '贷', '500.00', '补助')])
  return { o, x }
}
