import type { Elimination, InternalLine } from '../../shared/contract/reports'
import { periodText, yearStartOf } from '../../shared/ledger-terms'
import type { Core } from '../app'
import type { LedgerRecord } from '../ledger/access'
import { voucherLabel } from '../ledger/voucher-store'

/**
 * Internal transfers between the 账套 of a 汇总, and the rule that finds them:
 *
 * 1. Only posted lines on 508 补助下级支出 / 403 上级补助收入 (this year, up to the month) and on
 *    212 应付下级经费 / 131 应收上级经费 (up to the month, any year: they are balances) are looked at.
 * 2. A line is internal when its 往来单位 (counterpart) is exactly another chosen 账套's code, name or
 *    编制单位 — how a clerk already fills it in.
 * 3. An upper line (508 or 212) pairs with a lower line (403 or 131) in the 账套 it names, when that
 *    line names the upper 账套 back, falls in the same month and has the opposite amount
 *    (508 借 10,000 ↔ 403 贷 10,000; 212 贷 ↔ 131 借, and a settlement 212 借 ↔ 131 贷). Pairs are
 *    taken first come, first served by line order.
 * 4. Each pair is eliminated on both sides; an internal line without a partner is not eliminated but
 *    listed as unmatched, so the difference is visible rather than silently netted.
 */
export const UPPER_TO_LOWER: Record<string, string> = { '508': '403', '212': '131' }

export interface InternalCandidate extends InternalLine {
  ledgerId: number
  code1: string
  debit: number
  credit: number
  otherLedgerId: number
  raw: number
}

export function internalTransfers(core: Core, ledgers: LedgerRecord[], to: number): { pairs: (Elimination & { sides: InternalCandidate[] })[]; unmatched: InternalCandidate[] } {
  const yearStart = yearStartOf(to)
  const names = new Map<string, number>()
  for (const l of ledgers) for (const n of [l.code, l.name, l.orgName]) names.set(n.trim().toLowerCase(), l.id)
  const codeOf = new Map(ledgers.map((l) => [l.id, l.code]))
  const rows = core.sqlite
    .prepare(
      `SELECT l.id AS raw, l.ledger_id AS ledgerId, l.voucher_id AS voucherId, l.period, v.word, v.number, l.summary, a.code AS accountCode,
              substr(a.code, 1, 3) AS code1, l.debit, l.credit, l.counterpart
       FROM voucher_lines l JOIN accounts a ON a.id = l.account_id JOIN vouchers v ON v.id = l.voucher_id
       WHERE l.ledger_id IN (${ledgers.map(() => '?').join(', ')}) AND l.posted = 1 AND l.period <= ?
         AND coalesce(trim(l.counterpart), '') <> ''
         AND (substr(a.code, 1, 3) IN ('212', '131') OR (substr(a.code, 1, 3) IN ('508', '403') AND l.period >= ?))
       ORDER BY l.id`,
    )
    .all(...ledgers.map((l) => l.id), to, yearStart) as (Omit<InternalCandidate, 'ledgerCode' | 'voucherLabel' | 'period' | 'net' | 'otherLedgerId'> & {
    period: number
    word: string
    number: number
  })[]
  const candidates: InternalCandidate[] = []
  for (const r of rows) {
    const other = names.get(r.counterpart.trim().toLowerCase())
    if (other === undefined || other === r.ledgerId) continue
    candidates.push({
      ...r,
      ledgerCode: codeOf.get(r.ledgerId)!,
      voucherLabel: voucherLabel(r),
      period: periodText(r.period),
      net: r.debit - r.credit,
      otherLedgerId: other,
    })
  }
  // Upper lines wait in queues keyed by everything a partner must agree on.
  const key = (upperCode: string, period: string, upper: number, lower: number, net: number) => `${upperCode}|${period}|${upper}|${lower}|${net}`
  const waiting = new Map<string, InternalCandidate[]>()
  for (const c of candidates) {
    if (!(c.code1 in UPPER_TO_LOWER)) continue
    const k = key(c.code1, c.period, c.ledgerId, c.otherLedgerId, c.net)
    waiting.set(k, [...(waiting.get(k) ?? []), c])
  }
  const pairs: (Elimination & { sides: InternalCandidate[] })[] = []
  const paired = new Set<number>()
  for (const c of candidates) {
    const upperCode = Object.keys(UPPER_TO_LOWER).find((u) => UPPER_TO_LOWER[u] === c.code1)
    if (!upperCode) continue
    const upper = waiting.get(key(upperCode, c.period, c.otherLedgerId, c.ledgerId, -c.net))?.shift()
    if (!upper) continue
    paired.add(upper.raw).add(c.raw)
    pairs.push({ pair: `${upperCode}/${c.code1}` as Elimination['pair'], amount: Math.abs(c.net), upper: publicLine(upper), lower: publicLine(c), sides: [upper, c] })
  }
  return { pairs, unmatched: candidates.filter((c) => !paired.has(c.raw)) }
}

/** The fields the contract shows of an internal line. */
export function publicLine(c: InternalCandidate): InternalLine {
  const { ledgerCode, voucherId, voucherLabel, period, accountCode, summary, counterpart, net } = c
  return { ledgerCode, voucherId, voucherLabel, period, accountCode, summary, counterpart, net }
}
