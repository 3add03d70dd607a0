import type { Core } from '../app'
import { cached } from '../db/cached'

/**
 * More trigram candidates than this (lines of every 账套 whose 摘要 hold the run) and reading the 账套's own
 * 摘要 from its index is cheaper than looking each candidate up: a run that common is in most lines anyway.
 */
const CANDIDATE_CAP = 5000

/** The longest stretch of the text without LIKE wildcards: what the trigram index can look up. */
function literalRun(text: string): string {
  return text.split(/[%_]/).reduce((a, b) => ([...b].length > [...a].length ? b : a), '')
}

/**
 * The vouchers of a 账套 with a line whose 摘要 contains the text (LIKE '%text%', as the list always searched).
 * A run of 3 or more characters asks the trigram index voucher_lines_fts (kept by triggers on voucher_lines)
 * for candidate lines, then checks each with the same LIKE; 1–2 characters — which trigrams cannot hold — or a
 * run found in more than CANDIDATE_CAP lines scan the 账套's 摘要 in the voucher_lines_summary index instead.
 */
export function vouchersWithText(core: Core, ledgerId: number, text: string): number[] {
  const pattern = `%${text}%`
  const run = literalRun(text)
  if ([...run].length >= 3) {
    const candidates = cached(core.sqlite, 'SELECT rowid FROM voucher_lines_fts WHERE voucher_lines_fts MATCH ? LIMIT ?')
      .pluck()
      .all(`"${run.replaceAll('"', '""')}"`, CANDIDATE_CAP + 1) as number[]
    if (candidates.length <= CANDIDATE_CAP) {
      return cached(core.sqlite, `SELECT DISTINCT voucher_id FROM voucher_lines WHERE id IN (SELECT value FROM json_each(?)) AND ledger_id = ? AND summary LIKE ?`)
        .pluck()
        .all(JSON.stringify(candidates), ledgerId, pattern) as number[]
    }
  }
  return cached(core.sqlite, 'SELECT DISTINCT voucher_id FROM voucher_lines WHERE ledger_id = ? AND summary LIKE ?').pluck().all(ledgerId, pattern) as number[]
}
