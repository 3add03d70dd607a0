import type { Core } from '../app'
import { cached } from '../db/cached'

/**
 * The vouchers of a 账套 with a line whose 摘要 contains the text (LIKE '%text%', as the list always searched),
 * read from the covering index voucher_lines_summary (ledger, summary, voucher): one scan of the 账套's 摘要
 * that never touches the table, instead of a LIKE per voucher. (A trigger-kept FTS5 trigram index was measured
 * too: it flushes at every trigger statement, making each voucher-line insert 5–10× slower.)
 */
export function vouchersWithText(core: Core, ledgerId: number, text: string): number[] {
  return cached(core.sqlite, 'SELECT DISTINCT voucher_id FROM voucher_lines WHERE ledger_id = ? AND summary LIKE ?').pluck().all(ledgerId, `%${text}%`) as number[]
}
