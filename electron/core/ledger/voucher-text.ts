import { sql, type SQL } from 'drizzle-orm'
import type { Core } from '../app'
import { cached } from '../db/cached'

/** More matching vouchers than this and the per-voucher check is cheaper than a list of their ids. */
const ID_LIST_MAX = 1000

/**
 * The filter for vouchers of a 账套 with a line whose 摘要 contains the text (LIKE '%text%', as the list always
 * searched), or null when none has. One scan of the covering index voucher_lines_summary (ledger, summary,
 * voucher) finds them without touching the table; a few become an id list (a search that matches nothing or
 * little answers at once), many keep the per-voucher check, which stops a page after 50 hits. (A trigger-kept
 * FTS5 trigram index was measured too: it flushes at every trigger statement, making each voucher-line insert
 * 5–10× slower.)
 */
export function textFilter(core: Core, ledgerId: number, text: string): SQL | null {
  const pattern = `%${text}%`
  const ids = cached(core.sqlite, 'SELECT DISTINCT voucher_id FROM voucher_lines WHERE ledger_id = ? AND summary LIKE ? LIMIT ?')
    .pluck()
    .all(ledgerId, pattern, ID_LIST_MAX + 1) as number[]
  if (!ids.length) return null
  if (ids.length <= ID_LIST_MAX) return sql`vouchers.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`
  return sql`EXISTS (SELECT 1 FROM voucher_lines l WHERE l.voucher_id = vouchers.id AND l.summary LIKE ${pattern})`
}
