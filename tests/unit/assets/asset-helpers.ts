import type { MethodInput } from '../../../electron/shared/contract'
import { office, y, type Office } from '../ledger/ledger-helpers'

export type Card = MethodInput<'assets.save'>['card']

export const card = (over: Partial<Card> = {}): Card => ({
  code: 'TY-001',
  name: '台式电脑',
  category: 'general',
  item: '计算机设备',
  cost: y('7,200.00'),
  acquiredOn: '2026-01-20',
  department: '办公室',
  ...over,
})

/**
 * A 账套 opening in January 2026 with assets already on the books: 162 12,000.00 (two cards of
 * 6,000.00), 163 2,000.00, 30104 10,000.00, and 102 100,000.00.
 */
export function assetOffice() {
  const o = office('2026-01')
  openBooks(o, { '102': y('100,000.00'), '162': y('12,000.00'), '163': -y('2,000.00'), '30104': -y('10,000.00'), '32205': -y('100,000.00') })
  return o
}

/** Opening balances by account code: positive 借, negative 贷. */
export function openBooks(o: Pick<Office, 'app' | 'ledgerId' | 'tokens'>, balances: Record<string, number>) {
  const entries = Object.entries(balances).map(([accountCode, fen]) => (fen > 0 ? { accountCode, debit: fen } : { accountCode, credit: -fen }))
  o.app.call('opening.set', { ledgerId: o.ledgerId, entries }, o.tokens.kj)
}

export function save(o: Office, c: Partial<Card>) {
  return o.app.call('assets.save', { ledgerId: o.ledgerId, card: card(c) }, o.tokens.kj).id
}

/** Review and post a voucher by its label in the month. */
export function postLabel(o: Office, month: string, label: string) {
  const list = o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj)
  const v = list.rows.find((r) => r.date.startsWith(month) && `${r.word}-${r.number}` === label)!
  o.app.call('vouchers.review', { ids: [v.id] }, o.tokens.sh)
  o.app.call('vouchers.post', { ids: [v.id] }, o.tokens.kj)
  return v.id
}

export { y }
