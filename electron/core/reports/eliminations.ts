import type { Elimination, InternalLine } from '../../shared/contract/reports'
import { periodText, yearStartOf } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { cached } from '../db/cached'
import type { LedgerRecord } from '../ledger/access'
import { voucherLabel } from '../ledger/voucher-store'

/**
 * Internal transfers between the 账套 of a 汇总, and the rule that finds them:
 *
 * 1. Only posted lines on 508 补助下级支出 / 403 上级补助收入 (this year, up to the month) and on
 *    212 应付下级经费 / 131 应收上级经费 (up to the month, any year: they are balances) are looked at,
 *    and 402 拨缴经费收入 (any year, to find an earlier relay's partner: see 5).
 * 2. A line is internal when its 往来单位 (counterpart) is exactly another chosen 账套's code, name or
 *    编制单位 — how a clerk already fills it in.
 * 3. An upper line (508 or 212) pairs with a lower line (403 or 131) in the 账套 it names, when that
 *    line names the upper 账套 back, falls in the same month and has the opposite amount
 *    (508 借 10,000 ↔ 403 贷 10,000; 212 贷 ↔ 131 借, and a settlement 212 借 ↔ 131 贷). Pairs are
 *    taken first come, first served by line order.
 * 4. Each pair is eliminated on both sides; an internal line without a partner is not eliminated but
 *    listed as unmatched, so the difference is visible rather than silently netted.
 * 5. A levy relay (reference §4 entry 3): the upper 212 借 (21202 paid out) pairs like a settlement with
 *    the lower 402 贷 that names it back (same month, same amount) — pair 212/402. It is matched but
 *    nothing is taken out: the 街镇's 21202 was credited when the levy came in from outside and debited
 *    by the relay, so the 汇总 402 (街镇 own share + 小二级 402) already equals the levy received from
 *    outside. The 212 贷 that booked that levy, naming the same 小二级 with the same amount, is then
 *    settled inside the 街镇's own books and is not listed as unmatched. A 402 line without a partner is
 *    ordinary income naming its payer and is never listed; relays of earlier years are matched but not listed.
 * 6. The 报账制 pool (215/135) is eliminated from balances by pool-eliminations.ts.
 */
export const UPPER_TO_LOWER: Record<string, string> = { '508': '403', '212': '131' }

/** The level-1 accounts point 1 reads, and the funding pair's alone. */
const SCANNED = ['212', '131', '402', '508', '403']
const FUNDING = ['508', '403']

/** A relay's 21202 paid out, booked below directly as 拨缴经费收入. */
const RELAY = { upper: '212', lower: '402' }

export interface InternalCandidate extends InternalLine {
  ledgerId: number
  code1: string
  debit: number
  credit: number
  otherLedgerId: number
  raw: number
}

/** `sides`: the lines whose amounts come out of the 汇总 (none for a relay); `lines`: both lines of the pair. */
export type InternalPair = Elimination & { sides: InternalCandidate[]; lines: InternalCandidate[] }

/**
 * The pairs and the unmatched lines up to `to`; 508/403 lines are read from `from` (by default January of
 * that year). `fundingOnly` reads 508/403 alone (their pairs never depend on the other accounts' lines).
 */
export function internalTransfers(
  core: Core,
  ledgers: LedgerRecord[],
  to: number,
  { from = yearStartOf(to), fundingOnly = false } = {},
): { pairs: InternalPair[]; unmatched: InternalCandidate[] } {
  const yearStart = yearStartOf(to)
  const names = new Map<string, number>()
  for (const l of ledgers) for (const n of [l.code, l.name, l.orgName]) names.set(n.trim().toLowerCase(), l.id)
  const codeOf = new Map(ledgers.map((l) => [l.id, l.code]))
  // Driven from the few internal-transfer accounts through the account index (CROSS JOIN fixes the
  // order), so the scan reads their lines only, never the whole ledgers' history.
  const rows = cached(core.sqlite, INTERNAL_LINES_SQL).all({
    ids: JSON.stringify(ledgers.map((l) => l.id)),
    from,
    to,
    codes: JSON.stringify(fundingOnly ? FUNDING : SCANNED),
  }) as (Omit<InternalCandidate, 'ledgerCode' | 'voucherLabel' | 'period' | 'net' | 'otherLedgerId'> & {
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
  const pairs: InternalPair[] = []
  const paired = new Set<number>()
  for (const c of candidates) {
    const relay = c.code1 === RELAY.lower
    const upperCode = relay ? RELAY.upper : Object.keys(UPPER_TO_LOWER).find((u) => UPPER_TO_LOWER[u] === c.code1)
    if (!upperCode) continue
    const upper = waiting.get(key(upperCode, c.period, c.otherLedgerId, c.ledgerId, -c.net))?.shift()
    if (!upper) continue
    paired.add(upper.raw).add(c.raw)
    const pair = `${upperCode}/${c.code1}` as Elimination['pair']
    pairs.push({ pair, amount: Math.abs(c.net), difference: 0, upper: publicLine(upper), lower: publicLine(c), sides: relay ? [] : [upper, c], lines: [upper, c] })
  }
  for (const accrual of settledByRelay(candidates, pairs, paired)) paired.add(accrual.raw)
  // 402 of every year is read so an earlier year's relay still finds its partner; only this year's are listed.
  const thisYear = periodText(yearStart)
  return {
    pairs: pairs.filter((p) => p.pair !== '212/402' || p.upper.period >= thisYear),
    unmatched: candidates.filter((c) => !paired.has(c.raw) && c.code1 !== RELAY.lower),
  }
}

const INTERNAL_LINES_SQL = `SELECT l.id AS raw, l.ledger_id AS ledgerId, l.voucher_id AS voucherId, l.period, v.word, v.number, l.summary, a.code AS accountCode,
         substr(a.code, 1, 3) AS code1, l.debit, l.credit, l.counterpart
  FROM json_each(@ids) j CROSS JOIN accounts a ON a.ledger_id = j.value CROSS JOIN voucher_lines l ON l.account_id = a.id JOIN vouchers v ON v.id = l.voucher_id
  WHERE l.posted = 1
    AND l.period BETWEEN (CASE WHEN substr(a.code, 1, 3) IN ('508', '403') THEN @from ELSE 0 END) AND @to
    AND l.counterpart IS NOT NULL AND coalesce(trim(l.counterpart), '') <> ''
    AND substr(a.code, 1, 3) IN (SELECT value FROM json_each(@codes))
  ORDER BY l.id`

/** Point 5: the 212 贷 that booked levy for a lower 账套, settled by a relay (212 借 paired with 402) of the same amount, not earlier. */
function settledByRelay(candidates: InternalCandidate[], pairs: InternalPair[], paired: Set<number>): InternalCandidate[] {
  const relays = pairs.filter((p) => p.pair === '212/402').map((p) => p.lines[0])
  const used = new Set<number>()
  return candidates.filter((c) => {
    if (c.code1 !== RELAY.upper || paired.has(c.raw) || c.net >= 0) return false
    const relay = relays.find((r) => !used.has(r.raw) && r.ledgerId === c.ledgerId && r.otherLedgerId === c.otherLedgerId && r.net === -c.net && r.period >= c.period)
    if (relay) used.add(relay.raw)
    return Boolean(relay)
  })
}

/** The fields the contract shows of an internal line. */
export function publicLine(c: InternalCandidate): InternalLine {
  const { ledgerCode, voucherId, voucherLabel, period, accountCode, summary, counterpart, net } = c
  return { ledgerCode, voucherId, voucherLabel, period, accountCode, summary, counterpart, net }
}
