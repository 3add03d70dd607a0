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
  o.app.call(
    'opening.set',
    {
      ledgerId: o.ledgerId,
      entries: [
        { accountCode: '102', debit: y('100,000.00') },
        { accountCode: '162', debit: y('12,000.00') },
        { accountCode: '163', credit: y('2,000.00') },
        { accountCode: '30104', credit: y('10,000.00') },
        { accountCode: '32205', credit: y('100,000.00') },
      ],
    },
    o.tokens.kj,
  )
  return o
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
