import { nextPeriod } from '../../shared/ledger-terms'

/** A line's place in book order within its month (voucher date, word, number, line). */
export interface LineKey {
  date: string
  word: string
  number: number
  lineNo: number
}

/** Rows per page: small enough that a page is cheap to hold, large enough that queries are few. */
export const PAGE_ROWS = 2000

const BEFORE_ALL: LineKey = { date: '', word: '', number: -1, lineNo: -1 }

/** The keyset condition and order the page queries share; `v` is the voucher, `l` the line. */
export const AFTER_KEY = `(v.date, v.word, v.number, l.line_no) > (@date, @word, @number, @lineNo)`
export const KEY_ORDER = 'v.date, v.word, v.number, l.line_no'

/**
 * Lines of the months `from`..`to` in book order, read in keyset pages: each page is one `.all()` of
 * at most PAGE_ROWS lines of one month, continuing after the last line's key. No statement stays open
 * between pages, so whoever consumes this generator may await between rows (an export waiting for
 * the disk) while other requests use the one connection. Paging inside a month keeps each page's
 * sort to that month's lines instead of the whole range's.
 */
export function* monthPages<T extends LineKey>(from: number, to: number, page: (params: LineKey & { period: number; limit: number }) => T[], limit = PAGE_ROWS): Generator<T> {
  for (let period = from; period <= to; period = nextPeriod(period)) {
    let after: LineKey = BEFORE_ALL
    for (;;) {
      const rows = page({ period, limit, date: after.date, word: after.word, number: after.number, lineNo: after.lineNo })
      yield* rows
      if (rows.length < limit) break
      after = rows[rows.length - 1]
    }
  }
}
