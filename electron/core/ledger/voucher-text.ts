import type { Core } from '../app'
import { cached } from '../db/cached'

/** More trigram candidates than this (lines of every 账套 holding the run) and the run counts as common. */
const CANDIDATE_CAP = 5000

/** The longest stretch of the text without LIKE wildcards: what the trigram index can look up. */
function literalRun(text: string): string {
  return text.split(/[%_]/).reduce((a, b) => ([...b].length > [...a].length ? b : a), '')
}

/**
 * How the vouchers of a 账套 with a line whose 摘要 contains the text (LIKE '%text%', as the list always
 * searched) are found: a list of ids, or — for a run so common it is in more than CANDIDATE_CAP lines — the
 * per-voucher check, which finds such a run in the first line it reads and stops a page after 50 hits.
 * A run of 3 or more characters asks the trigram index voucher_lines_fts (kept by triggers on voucher_lines)
 * for candidate lines and checks each with the same LIKE; 1–2 characters, which trigrams cannot hold, scan
 * the 账套's 摘要 in the voucher_lines_summary index.
 */
export function vouchersWithText(core: Core, ledgerId: number, text: string): number[] | 'common' {
  const pattern = `%${text}%`
  const run = literalRun(text)
  if ([...run].length < 3) {
    return cached(core.sqlite, 'SELECT DISTINCT voucher_id FROM voucher_lines WHERE ledger_id = ? AND summary LIKE ?').pluck().all(ledgerId, pattern) as number[]
  }
  const candidates = cached(core.sqlite, 'SELECT rowid FROM voucher_lines_fts WHERE voucher_lines_fts MATCH ? LIMIT ?')
    .pluck()
    .all(`"${run.replaceAll('"', '""')}"`, CANDIDATE_CAP + 1) as number[]
  if (candidates.length > CANDIDATE_CAP) return 'common'
  return cached(core.sqlite, `SELECT DISTINCT voucher_id FROM voucher_lines WHERE id IN (SELECT value FROM json_each(?)) AND ledger_id = ? AND summary LIKE ?`)
    .pluck()
    .all(JSON.stringify(candidates), ledgerId, pattern) as number[]
}
