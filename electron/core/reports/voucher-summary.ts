// 凭证汇总表 (科目汇总表): level-1 account totals of one month's vouchers, optionally a 凭证号 range
// and one 凭证字 — what a clerk checks before posting and files with the vouchers. One grouped SQL
// sum; the screen method, `reports.export` and the CLI (`voucher-summary`) share it.
import type { VoucherSummary } from '../../shared/contract/voucher-summary'
import { periodText } from '../../shared/ledger-terms'
import type { Core } from '../app'
import type { LedgerRecord } from '../ledger/access'

export interface VoucherSummaryFilter {
  fromNumber?: number
  toNumber?: number
  word?: string
  postedOnly?: boolean
}

const WHERE = `v.ledger_id = @ledger AND v.period = @period
  AND (@word IS NULL OR v.word = @word)
  AND v.number BETWEEN @from AND @to
  AND (@posted = 0 OR v.status = 'posted')`

export function voucherSummary(core: Core, ledger: LedgerRecord, period: number, f: VoucherSummaryFilter): VoucherSummary {
  const params = { ledger: ledger.id, period, word: f.word ?? null, from: f.fromNumber ?? 1, to: f.toNumber ?? 99999, posted: f.postedOnly ? 1 : 0 }
  const rows = core.sqlite
    .prepare(
      `SELECT substr(a.code, 1, 3) AS code, coalesce(top.name, a.name) AS name, sum(l.debit) AS debit, sum(l.credit) AS credit
       FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id JOIN accounts a ON a.id = l.account_id
       LEFT JOIN accounts top ON top.ledger_id = v.ledger_id AND top.code = substr(a.code, 1, 3)
       WHERE ${WHERE} GROUP BY 1 ORDER BY 1`,
    )
    .all(params) as VoucherSummary['rows']
  const head = core.sqlite
    .prepare(
      `SELECT count(*) AS vouchers, coalesce(sum(v.status <> 'posted'), 0) AS unposted, coalesce(sum(v.attachments), 0) AS attachments,
              min(v.number) AS first, max(v.number) AS last, count(DISTINCT v.word) AS words, min(v.word) AS word
       FROM vouchers v WHERE ${WHERE}`,
    )
    .get(params) as { vouchers: number; unposted: number; attachments: number; first: number | null; last: number | null; words: number; word: string | null }
  const month = `${Math.floor(period / 100)}年${period % 100}月`
  const word = f.word ?? (head.words === 1 ? head.word : null)
  const numbers = head.first === null ? '无凭证' : `${word ? `${word}字` : ''}第 ${head.first} 号至第 ${head.last} 号`
  return {
    orgName: ledger.orgName,
    period: periodText(period),
    rangeLabel: `${month}  ${numbers}`,
    vouchers: head.vouchers,
    unposted: head.unposted,
    attachments: head.attachments,
    rows,
    totalDebit: rows.reduce((s, r) => s + r.debit, 0),
    totalCredit: rows.reduce((s, r) => s + r.credit, 0),
  }
}
