import dayjs from 'dayjs'

/** One side of a possible match: a statement row or a book item, reduced to what matching looks at. */
export interface MatchItem {
  key: string
  date: string
  amount: number
  dir: 'in' | 'out'
  /** 结算号/票据号 on the statement row. */
  ref: string | null
  /** Book text (摘要 and voucher) in which a statement's 结算号 may appear. */
  text: string
  /** 期初未达账项 clear whenever they clear: the date window does not apply to them. */
  anyDate?: boolean
}

export interface MatchGroup {
  statement: string[]
  book: string[]
}

const days = (a: string, b: string) => Math.abs(dayjs(a).diff(dayjs(b), 'day'))
/** Subsets are searched among this many nearest candidates, of at most MAX_PARTS items. */
const MAX_CANDIDATES = 14
const MAX_PARTS = 4

/**
 * 自动对账: first one-to-one (same amount and direction, within the window; a 结算号 found in the
 * book text narrows the choice; otherwise the nearest date wins, but only when it is the nearest
 * both ways — two equal candidates are left for the clerk), then many-to-one (several book items
 * adding up to one statement row, or the reverse) when exactly one combination fits.
 */
export function autoMatch(statement: MatchItem[], book: MatchItem[], windowDays: number): { groups: MatchGroup[]; ambiguous: number } {
  const open = new Set([...statement, ...book].map((i) => i.key))
  const groups: MatchGroup[] = []
  const near = (a: MatchItem, b: MatchItem) => a.anyDate || b.anyDate || days(a.date, b.date) <= windowDays
  const fits = (a: MatchItem, b: MatchItem) => open.has(b.key) && a.dir === b.dir && a.amount === b.amount && near(a, b)
  const refHit = (s: MatchItem, b: MatchItem) => s.ref !== null && s.ref !== '' && b.text.includes(s.ref)
  const nearest = (from: MatchItem, pool: MatchItem[], ref: (x: MatchItem) => boolean): MatchItem[] => {
    let cands = pool.filter((x) => fits(from, x))
    if (cands.some(ref)) cands = cands.filter(ref)
    const best = Math.min(...cands.map((x) => days(from.date, x.date)))
    return cands.filter((x) => days(from.date, x.date) === best)
  }
  let changed = true
  while (changed) {
    changed = false
    for (const s of statement) {
      if (!open.has(s.key)) continue
      const books = nearest(s, book, (b) => refHit(s, b))
      if (books.length !== 1) continue
      const back = nearest(books[0], statement, (x) => refHit(x, books[0]))
      if (back.length !== 1 || back[0] !== s) continue
      groups.push({ statement: [s.key], book: [books[0].key] })
      open.delete(s.key)
      open.delete(books[0].key)
      changed = true
    }
  }
  const manyToOne = (ones: MatchItem[], many: MatchItem[], put: (one: string, parts: string[]) => MatchGroup) => {
    for (const one of ones) {
      if (!open.has(one.key)) continue
      const pool = many
        .filter((m) => open.has(m.key) && m.dir === one.dir && m.amount < one.amount && near(one, m))
        .sort((a, b) => days(one.date, a.date) - days(one.date, b.date))
        .slice(0, MAX_CANDIDATES)
      const found = subsets(pool, one.amount)
      if (found.length !== 1) continue
      const parts = many.filter((m) => found[0].includes(m)).map((m) => m.key)
      groups.push(put(one.key, parts))
      for (const k of [one.key, ...found[0].map((m) => m.key)]) open.delete(k)
    }
  }
  manyToOne(statement, book, (one, parts) => ({ statement: [one], book: parts }))
  manyToOne(book, statement, (one, parts) => ({ statement: parts, book: [one] }))
  const ambiguous = statement.filter((s) => open.has(s.key) && book.some((b) => fits(s, b))).length
  return { groups, ambiguous }
}

/** Combinations of 2..MAX_PARTS items adding up to target; stops after two (two means ambiguous). */
function subsets(pool: MatchItem[], target: number): MatchItem[][] {
  const found: MatchItem[][] = []
  const walk = (start: number, left: number, picked: MatchItem[]) => {
    if (found.length > 1) return
    if (left === 0 && picked.length >= 2) return void found.push([...picked])
    if (left <= 0 || picked.length === MAX_PARTS) return
    for (let i = start; i < pool.length; i++) walk(i + 1, left - pool[i].amount, [...picked, pool[i]])
  }
  walk(0, target, [])
  return found
}
