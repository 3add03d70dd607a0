import { eq } from 'drizzle-orm'
import { ledgers } from '../../../drizzle/schema'
import type { MethodResult } from '../../shared/contract'
import type { MismatchRow } from '../../shared/contract/transfers'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import { cached } from '../db/cached'
import type { LedgerRecord } from '../ledger/access'
import { internalTransfers } from '../reports/eliminations'
import { NOT_CLOSING } from '../reports/figures'
import { transferPairs } from './pairs'
import type { StreetScope } from './scope'
import { yearStartOf } from '../../shared/ledger-terms'

export interface LineQuery {
  ledgerId: number
  /** Level-1 code: sub-accounts count too. */
  code: string
  fromPeriod: number
  toPeriod: number
  /** Only lines whose 往来单位 is one of these names (any case); null: every line. */
  names: string[] | null
}

/**
 * Net debit (debit − credit) of posted lines, closing vouchers left out: they only empty 508/403. The lines
 * are read through their accounts (215/135/508/403 hold few), never by walking the 账套's whole history —
 * the unary + keeps SQLite off the (ledger, posted, period) index, which would do just that. Unnamed, the
 * sum comes from the month totals; named, only lines with a 往来单位 can match (the partial index holds
 * just those), and only income/expense accounts (4xx/5xx) need their voucher to leave closing out.
 */
export function netDebit(core: Core, q: LineQuery): number {
  if (!q.names) return totalsNet(core, q)
  const names = q.names
  const closable = q.code.startsWith('4') || q.code.startsWith('5')
  const row = cached(
    core.sqlite,
    `SELECT coalesce(sum(l.debit), 0) - coalesce(sum(l.credit), 0) AS net
     FROM voucher_lines l ${closable ? 'JOIN vouchers v ON v.id = l.voucher_id' : ''}
     WHERE l.account_id IN (SELECT id FROM accounts WHERE ledger_id = ? AND code LIKE ? || '%')
       AND +l.ledger_id = ? AND +l.posted = 1 AND l.period BETWEEN ? AND ? AND l.counterpart IS NOT NULL
       AND lower(trim(l.counterpart)) IN (${names.map(() => 'lower(?)').join(', ') || 'NULL'})
       ${closable ? `AND ${NOT_CLOSING}` : ''}`,
  ).get(q.ledgerId, q.code, q.ledgerId, q.fromPeriod, q.toPeriod, ...names) as { net: number }
  return row.net
}

/** The same sum, unnamed, off the posted month totals (their `closing` flag is NOT_CLOSING's rule). */
function totalsNet(core: Core, q: LineQuery): number {
  const row = cached(
    core.sqlite,
    `SELECT coalesce(sum(t.debit), 0) - coalesce(sum(t.credit), 0) AS net
     FROM accounts a JOIN tagged_month_totals t ON t.ledger_id = a.ledger_id AND t.account_id = a.id
     WHERE a.ledger_id = ? AND a.code LIKE ? || '%' AND t.period BETWEEN ? AND ? AND t.closing = 0`,
  ).get(q.ledgerId, q.code, q.fromPeriod, q.toPeriod) as { net: number }
  return row.net
}

/** Net credit of the same lines (0 − debit, so an empty account reads 0, never −0). */
export const netCredit = (core: Core, q: LineQuery): number => 0 - netDebit(core, q)

/** The names a clerk may have written as 往来单位 for a 账套: code, name, 编制单位 (as the eliminations read them). */
export const namesOf = (l: Pick<LedgerRecord, 'code' | 'name' | 'orgName'>, ...more: string[]) => [
  ...new Set([l.code, l.name, l.orgName, ...more].map((n) => n.trim()).filter(Boolean)),
]

const ledgerRecord = (core: Core, id: number): LedgerRecord => core.db.select().from(ledgers).where(eq(ledgers.id, id)).get()!

type Reconciliation = MethodResult<'transfers.reconcile'>

/**
 * 内部往来核对 of one 街镇 with its 小二级 (reference §11.2 points 4–5): every transfer pair and what is
 * wrong with it; per 小二级 the pool (135 on its side = 215 on the 街镇's, as at the end of `to`) and the
 * year's subsidies (508 paid naming it = 403 it received, January to `to`); and internal lines that no
 * transfer wrote, found by their 往来单位 with the 汇总 elimination rule.
 */
export function reconcile(core: Core, scope: StreetScope, from: string, to: string): Reconciliation {
  const toPeriod = Number(to.replace('-', ''))
  const yearStart = yearStartOf(toPeriod)
  const pairs = transferPairs(core, scope.ledger.id, from, to)
  const mismatches: MismatchRow[] = pairs.flatMap((p) =>
    p.issues.map((i) => ({
      kind: i.kind,
      transferId: p.id,
      party: p.to.ledgerName,
      detail: `${p.date} ${p.summary}：${i.text}`,
      upper: p.from.amount,
      lower: p.to.amount,
    })),
  )
  const street = scope.ledger
  const balances: Reconciliation['balances'] = []
  const lowers: LedgerRecord[] = []
  for (const x of scope.street.xiaoerji) {
    if (x.ledgerId === null) continue
    const lower = ledgerRecord(core, x.ledgerId)
    lowers.push(lower)
    const lowerNames = namesOf(lower, x.name)
    const upperNames = namesOf(street, scope.street.unionName)
    const all = { fromPeriod: 0, toPeriod }
    const year = { fromPeriod: yearStart, toPeriod }
    const b = {
      ledgerId: lower.id,
      ledgerName: lower.name,
      payable215: netCredit(core, { ...all, ledgerId: street.id, code: '215', names: lowerNames }),
      receivable135: netDebit(core, { ...all, ledgerId: lower.id, code: '135', names: upperNames }),
      paid508: netDebit(core, { ...year, ledgerId: street.id, code: '508', names: lowerNames }),
      // A 小二级's only 上级 is its 街镇: every 403 it booked counts, named or not.
      received403: netCredit(core, { ...year, ledgerId: lower.id, code: '403', names: null }),
    }
    balances.push(b)
    if (b.payable215 !== b.receivable135) {
      mismatches.push({
        kind: 'pool_balance',
        transferId: null,
        party: lower.name,
        detail: `截至 ${to}：街镇 215 贷方余额 ${formatFen(b.payable215)}，小二级 135 借方余额 ${formatFen(b.receivable135)}`,
        upper: b.payable215,
        lower: b.receivable135,
      })
    }
    if (b.paid508 !== b.received403) {
      mismatches.push({
        kind: 'subsidy_year',
        transferId: null,
        party: lower.name,
        detail: `${to.slice(0, 4)} 年 1 月至 ${to}：街镇 508 ${formatFen(b.paid508)}，小二级 403 ${formatFen(b.received403)}`,
        upper: b.paid508,
        lower: b.received403,
      })
    }
  }
  for (const line of unlinkedLines(core, [street, ...lowers], toPeriod, from)) mismatches.push(line)
  return { pairs: pairs.map(({ issues: _issues, ...row }) => row), mismatches, balances }
}

/** Posted internal lines (508/403 this year, 212/131) naming the other side, whose voucher no transfer wrote. */
function unlinkedLines(core: Core, books: LedgerRecord[], toPeriod: number, from: string): MismatchRow[] {
  const found = internalTransfers(core, books, toPeriod)
  const lines = [...found.pairs.flatMap((p) => p.lines), ...found.unmatched].filter((l) => l.period >= from)
  if (!lines.length) return []
  const linked = new Set(
    (
      core.sqlite
        .prepare(
          `SELECT v.id FROM vouchers v JOIN transfers t ON v.id IN (t.from_voucher_id, t.to_voucher_id)
           UNION SELECT r.id FROM vouchers r JOIN transfers t ON r.reversal_of IN (t.from_voucher_id, t.to_voucher_id)`,
        )
        .all() as { id: number }[]
    ).map((r) => r.id),
  )
  const nameOf = new Map(books.map((l) => [l.id, l.name]))
  return lines
    .filter((l) => !linked.has(l.voucherId))
    .sort((a, b) => a.raw - b.raw)
    .map((l) => ({
      kind: 'unlinked' as const,
      transferId: null,
      party: nameOf.get(l.ledgerId === books[0].id ? l.otherLedgerId : l.ledgerId)!,
      detail: `${nameOf.get(l.ledgerId)} ${l.period} ${l.voucherLabel} ${l.accountCode} ${l.summary}（往来单位：${l.counterpart}）`,
      upper: l.ledgerId === books[0].id ? l.net : null,
      lower: l.ledgerId === books[0].id ? null : l.net,
    }))
}
