import type { MoneyPattern, TransferKind } from '../../shared/budget-terms'
import type { MismatchKind, PairState, TransferRow } from '../../shared/contract/transfers'
import type { VoucherStatus } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'

type Side = TransferRow['from']

/** One side's voucher as it stands: status, debit total, and its red copy if any. */
const sideColumns = (p: 'f' | 't') => `
  ${p}l.id AS ${p}LedgerId, ${p}l.name AS ${p}LedgerName, ${p}v.id AS ${p}VoucherId,
  CASE WHEN ${p}v.id IS NULL THEN NULL ELSE ${p}v.word || '-' || ${p}v.number END AS ${p}Label, ${p}v.status AS ${p}Status,
  (SELECT sum(vl.debit) FROM voucher_lines vl WHERE vl.voucher_id = ${p}v.id) AS ${p}Amount,
  ${p}r.word || '-' || ${p}r.number AS ${p}ReversalLabel, coalesce(${p}r.status = 'posted', 0) AS ${p}ReversalPosted`
const sideJoins = (p: 'f' | 't', ledger: string, voucher: string) => `
  JOIN ledgers ${p}l ON ${p}l.id = t.${ledger}
  LEFT JOIN vouchers ${p}v ON ${p}v.id = t.${voucher}
  LEFT JOIN vouchers ${p}r ON ${p}r.reversal_of = ${p}v.id`

interface Raw {
  id: number
  kind: TransferKind
  moneyPattern: MoneyPattern
  date: string
  amount: number
  summary: string
  fundingPlanId: number | null
  [column: string]: unknown
}

function side(r: Raw, p: 'f' | 't'): Side {
  const get = <T>(name: string) => r[`${p}${name}`] as T
  return {
    ledgerId: get('LedgerId'),
    ledgerName: get('LedgerName'),
    voucherId: get('VoucherId'),
    label: get('Label'),
    status: get<VoucherStatus | null>('Status'),
    amount: get('Amount'),
    reversalLabel: get('ReversalLabel'),
    reversalPosted: Boolean(get('ReversalPosted')),
  }
}

export interface Problem {
  kind: MismatchKind
  text: string
}

/** What is wrong with a pair, and the state the screen shows (reference §11.2 point 5: flag mismatches). */
export function judge(row: Omit<TransferRow, 'state' | 'problems'>): { state: PairState; problems: Problem[] } {
  const sides = [row.from, row.to]
  const problems: Problem[] = []
  for (const s of sides) {
    if (s.voucherId === null) problems.push({ kind: 'missing', text: `“${s.ledgerName}”一方没有凭证` })
    else if (s.amount !== row.amount) problems.push({ kind: 'amount', text: `“${s.ledgerName}”凭证金额 ${formatFen(s.amount ?? 0)} 与划拨金额 ${formatFen(row.amount)} 不符` })
  }
  const reversed = sides.filter((s) => s.reversalPosted)
  if (reversed.length === 1) problems.push({ kind: 'reversed', text: `仅“${reversed[0].ledgerName}”一方已冲销` })
  const posted = sides.filter((s) => s.status === 'posted')
  if (posted.length === 1) problems.push({ kind: 'unposted', text: `“${sides.find((s) => s.status !== 'posted')!.ledgerName}”一方尚未记账` })
  const serious = problems.some((p) => p.kind !== 'unposted')
  const state: PairState = serious ? 'mismatch' : reversed.length === 2 ? 'reversed' : posted.length === 2 ? 'matched' : posted.length === 1 ? 'partly_posted' : 'pending'
  return { state, problems }
}

/** Every transfer out of one 街镇 账套 dated within the months, both sides judged. */
export function transferPairs(core: Core, ledgerId: number, from: string, to: string): (TransferRow & { issues: Problem[] })[] {
  const rows = core.sqlite
    .prepare(
      `SELECT t.id, t.kind, t.money_pattern AS moneyPattern, t.date, t.amount, t.summary, t.funding_plan_id AS fundingPlanId,
              ${sideColumns('f')}, ${sideColumns('t')}
       FROM transfers t ${sideJoins('f', 'from_ledger_id', 'from_voucher_id')} ${sideJoins('t', 'to_ledger_id', 'to_voucher_id')}
       WHERE t.from_ledger_id = ? AND t.date >= ? AND t.date <= ?
       ORDER BY t.date, t.id`,
    )
    .all(ledgerId, `${from}-01`, `${to}-31`) as Raw[]
  return rows.map((r) => {
    const base = {
      id: r.id,
      kind: r.kind,
      moneyPattern: r.moneyPattern,
      date: r.date,
      amount: r.amount,
      summary: r.summary,
      fundingPlanId: r.fundingPlanId,
      from: side(r, 'f'),
      to: side(r, 't'),
    }
    const { state, problems } = judge(base)
    return { ...base, state, problems: problems.map((p) => p.text), issues: problems }
  })
}
