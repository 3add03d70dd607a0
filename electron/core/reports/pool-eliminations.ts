import type { Elimination } from '../../shared/contract/reports'
import { periodText } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { cached } from '../db/cached'
import type { LedgerRecord } from '../ledger/access'
import type { Balances } from './figures'

/**
 * The 报账制 pool in a 汇总 (reference §11.2 4(b)): the 街镇's 215 其他应付款 owed to a 小二级 and that
 * 小二级's 135 其他应收款 on the 街镇 are one sum seen from both sides, so the 汇总 工会01表 takes it out
 * of both at 年初 and at 期末 (else 资产总计 is inflated by the pool). Balances are read as 内部往来核对
 * reads them: posted lines on 215 (upper) or 135 (lower) whose 往来单位 names the other chosen 账套
 * (code, name or 编制单位). The common amount is eliminated; a difference is shown on the 抵销 sheet and
 * left in the figures, never netted. 212/131 and 508/403 are eliminations.ts' business.
 */
export function poolEliminations(
  core: Core,
  ledgers: LedgerRecord[],
  period: number,
): { eliminations: Elimination[]; apply: (at: { yearStart: Balances; end: Balances }) => void } {
  const yearStart = Math.floor(period / 100) * 100 + 1
  const names = new Map<string, number>()
  for (const l of ledgers) for (const n of [l.code, l.name, l.orgName]) names.set(n.trim().toLowerCase(), l.id)
  // Driven from the two accounts through the partial index of lines that name a 往来单位 (CROSS JOIN
  // fixes the order), so the scan never reads the ledgers' whole history.
  const rows = cached(core.sqlite, POOL_SQL).all({ ids: JSON.stringify(ledgers.map((l) => l.id)), yearStart, period }) as {
    ledgerId: number
    code1: string
    party: string
    opening: number
    closing: number
  }[]
  // Net balance per (own 账套, account, other 账套): debit-positive.
  const net = new Map<string, { opening: number; closing: number }>()
  for (const r of rows) {
    const other = names.get(r.party)
    if (other === undefined || other === r.ledgerId) continue
    const k = `${r.ledgerId}|${r.code1}|${other}`
    const v = net.get(k) ?? { opening: 0, closing: 0 }
    net.set(k, { opening: v.opening + r.opening, closing: v.closing + r.closing })
  }
  const byId = new Map(ledgers.map((l) => [l.id, l]))
  const eliminations: Elimination[] = []
  const taken: { at: 'yearStart' | 'end'; amount: number }[] = []
  for (const upper of ledgers) {
    for (const lower of ledgers) {
      const payable = net.get(`${upper.id}|215|${lower.id}`)
      const receivable = net.get(`${lower.id}|135|${upper.id}`)
      if (!payable && !receivable) continue
      for (const at of ['yearStart', 'end'] as const) {
        const p = -(payable?.[at === 'end' ? 'closing' : 'opening'] ?? 0)
        const r = receivable?.[at === 'end' ? 'closing' : 'opening'] ?? 0
        if (!p && !r) continue
        const amount = p > 0 && r > 0 ? Math.min(p, r) : 0
        taken.push({ at, amount })
        const label = at === 'end' ? '期末余额' : '年初余额'
        const when = at === 'end' ? periodText(period) : periodText(yearStart)
        const side = (l: LedgerRecord, other: LedgerRecord, code: string, bal: number) => ({
          ledgerCode: l.code,
          voucherId: 0,
          voucherLabel: label,
          period: when,
          accountCode: code,
          summary: `代管资金（报账制）${label}${p !== r ? `，215 与 135 相差 ${((p - r) / 100).toFixed(2)} 元未抵销` : ''}`,
          counterpart: byId.get(other.id)!.name,
          net: bal,
        })
        eliminations.push({ pair: '215/135', amount, difference: p - r, upper: side(upper, lower, '215', -p), lower: side(lower, upper, '135', r) })
      }
    }
  }
  const apply = (at: { yearStart: Balances; end: Balances }) => {
    for (const t of taken) {
      const m = at[t.at]
      m.set('215', (m.get('215') ?? 0) + t.amount)
      m.set('135', (m.get('135') ?? 0) - t.amount)
    }
  }
  return { eliminations, apply }
}

const POOL_SQL = `SELECT l.ledger_id AS ledgerId, substr(a.code, 1, 3) AS code1, lower(trim(l.counterpart)) AS party,
         sum(CASE WHEN l.period < @yearStart THEN l.debit - l.credit ELSE 0 END) AS opening, sum(l.debit - l.credit) AS closing
  FROM json_each(@ids) j CROSS JOIN accounts a ON a.ledger_id = j.value CROSS JOIN voucher_lines l ON l.account_id = a.id
  WHERE l.posted = 1 AND l.period <= @period
    AND substr(a.code, 1, 3) IN ('215', '135') AND l.counterpart IS NOT NULL AND coalesce(trim(l.counterpart), '') <> ''
  GROUP BY l.ledger_id, code1, party`
