import type { Core } from '../app'

export interface EnterpriseFacts {
  id: number
  name: string
  uscc: string | null
  size: string | null
  workers: number
  hasUnion: boolean
  unionId: number | null
  xiaoerjiId: number | null
}

/**
 * The registry's enterprise as at a year (组织台账: enterprise_years): that year's row, else the latest
 * before it, else the earliest kept — an enterprise listed once is still matched in other years.
 */
export function enterpriseAt(core: Core, enterpriseId: number, year: number): EnterpriseFacts | undefined {
  return core.sqlite
    .prepare(
      `SELECT e.id, e.name, e.uscc, e.size, y.workers, y.has_union AS hasUnion, y.union_id AS unionId, y.xiaoerji_id AS xiaoerjiId
       FROM enterprises e LEFT JOIN enterprise_years y ON y.enterprise_id = e.id
       WHERE e.id = ? ORDER BY (y.year > ?), abs(y.year - ?) LIMIT 1`,
    )
    .all(enterpriseId, year, year)
    .map((r) => {
      const row = r as Omit<EnterpriseFacts, 'hasUnion' | 'workers'> & { hasUnion: number | null; workers: number | null }
      return { ...row, hasUnion: Boolean(row.hasUnion), workers: row.workers ?? 0 }
    })[0]
}

/** The first 账套 kept for a union, if any. */
export const ledgerOfUnion = (core: Core, unionId: number) =>
  core.sqlite.prepare('SELECT id, name FROM ledgers WHERE union_id = ? ORDER BY id LIMIT 1').get(unionId) as { id: number; name: string } | undefined

/**
 * Who gets the 返还 share (issue 15 point 7): the enterprise's own 基层工会 when it keeps a 账套 in
 * UnionDesk, else the 小二级 covering the enterprise (覆盖小二级); null when the registry names neither.
 */
export function recipientOf(core: Core, e: EnterpriseFacts): number | null {
  if (e.unionId !== null && e.unionId !== e.xiaoerjiId && ledgerOfUnion(core, e.unionId)) return e.unionId
  return e.xiaoerjiId ?? e.unionId
}

/** Name of a union (for 往来单位 and the 台账): its 账套's name when it keeps one, so the 汇总 pairs lines. */
export function partyName(core: Core, unionId: number): string {
  const ledger = ledgerOfUnion(core, unionId)
  if (ledger) return ledger.name
  return (core.sqlite.prepare('SELECT name FROM unions WHERE id = ?').get(unionId) as { name: string }).name
}

export const periodInt = (text: string) => Number(text.replace('-', ''))
export const periodStr = (p: number) => `${Math.floor(p / 100)}-${String(p % 100).padStart(2, '0')}`
export const periodStart = (p: number) => `${periodStr(p)}-01`
