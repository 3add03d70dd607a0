import { eq } from 'drizzle-orm'
import { committeeMembers, staff, stations, subCommittees, surveys } from '../../../drizzle/schema'
import type { Thresholds } from '../../shared/contract/registry'
import type { Core } from '../app'
import { cached } from '../db/cached'
import { fundingFacts, type FundingFacts } from '../funding/facts'
import { levyByUnion } from '../levy/report'
import { readThresholds } from './settings'
import { allUnions, asAtOf, byParent, standing, type UnionRecord } from './tree'
import { todayOf } from '../system/time'

export type SurveyRecord = typeof surveys.$inferSelect

/** The year's enterprise list of one 小二级 (or the whole 街镇), as the 建会率 counts it. */
export interface EnterpriseTally {
  /** Rows registered for the year. */
  listed: number
  /** Of those, the ones the denominator rule counts (职工人数 ≥ the setting). */
  counted: number
  /** Of the counted, those with a union of their own or covered by a 联合工会. */
  withUnion: number
}

export interface XiaoerjiFacts {
  union: UnionRecord
  memberUnions: number
  survey: SurveyRecord | undefined
  enterprises: EnterpriseTally
  committee: (typeof committeeMembers.$inferSelect)[]
  staff: (typeof staff.$inferSelect)[]
  subCommittees: Map<string, typeof subCommittees.$inferSelect>
  stations: (typeof stations.$inferSelect)[]
}

export interface YearFacts {
  year: number
  asAt: string
  today: string
  thresholds: Thresholds
  unions: UnionRecord[]
  xiaoerji: XiaoerjiFacts[]
  /** Every enterprise of the 街镇 registered for the year, covered by a 小二级 or not. */
  street: EnterpriseTally
  streetSurveys: SurveyRecord[]
  /** The year's 经费保障 plans and 街镇 budgets, for the funding rule. */
  funding: FundingFacts
  /** The year's 经费收缴情况表 per 小二级 (应缴, 实缴, 返拨), shown with the funding rule. */
  levy: ReturnType<typeof levyByUnion>
}

const NO_ENTERPRISES: EnterpriseTally = { listed: 0, counted: 0, withUnion: 0 }

/**
 * The year's enterprise list tallied per covering 小二级 (key null: none) in SQL, and the 街镇's total: the
 * counts are all the rates need, so the rows themselves are never loaded.
 */
function enterpriseTallies(core: Core, year: number, minWorkers: number): { byXiaoerji: Map<number | null, EnterpriseTally>; street: EnterpriseTally } {
  const rows = cached(
    core.sqlite,
    `SELECT xiaoerji_id AS xiaoerji, count(*) AS listed, coalesce(sum(workers >= @min), 0) AS counted, coalesce(sum(workers >= @min AND has_union), 0) AS withUnion
     FROM enterprise_years WHERE year = @year GROUP BY xiaoerji_id`,
  ).all({ year, min: minWorkers }) as ({ xiaoerji: number | null } & EnterpriseTally)[]
  const street = { ...NO_ENTERPRISES }
  for (const r of rows) (Object.keys(street) as (keyof EnterpriseTally)[]).forEach((k) => (street[k] += r[k]))
  return { byXiaoerji: new Map(rows.map(({ xiaoerji, ...t }) => [xiaoerji, t])), street }
}

/** Rows of a registry table grouped by their union. */
function byUnion<T extends { unionId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const r of rows) {
    if (map.has(r.unionId)) map.get(r.unionId)!.push(r)
    else map.set(r.unionId, [r])
  }
  return map
}

/** How many unions stand below each union on the day (children, their children, …), one walk of the tree. */
function standingBelow(list: UnionRecord[], asAt: string): (id: number) => number {
  const children = byParent(list)
  const count = (id: number): number => (children.get(id) ?? []).reduce((n, u) => n + (standing(u, asAt) ? 1 : 0) + count(u.id), 0)
  return count
}

/** The 小二级 standing on the year's day and the survey each made that year. */
function standingXiaoerji(core: Core, list: UnionRecord[], year: number, asAt: string) {
  const surveysOf = new Map(
    core.db
      .select()
      .from(surveys)
      .where(eq(surveys.year, year))
      .all()
      .map((s) => [s.unionId, s]),
  )
  const xiaoerji = list.filter((u) => u.type === 'xiaoerji' && standing(u, asAt))
  return { xiaoerji, surveysOf, streetSurveys: xiaoerji.flatMap((u) => surveysOf.get(u.id) ?? []) }
}

/** Only what the trend line needs for a year: the 街镇's enterprise tally and its standing 小二级's surveys. */
export function streetFacts(core: Core, year: number): { street: EnterpriseTally; streetSurveys: SurveyRecord[] } {
  const { streetSurveys } = standingXiaoerji(core, allUnions(core), year, asAtOf(core, year))
  return { street: enterpriseTallies(core, year, readThresholds(core).coverageMinWorkers).street, streetSurveys }
}

const serving = (from: string, to: string | null, asAt: string) => from <= asAt && (to === null || to >= asAt)

/**
 * Everything the rates and the scorecard read for one year, in a handful of queries. A 街镇 has
 * some hundreds of unions and a few thousand enterprises, so grouping happens in memory.
 */
export function yearFacts(core: Core, year: number): YearFacts {
  const asAt = asAtOf(core, year)
  const t = readThresholds(core)
  const list = allUnions(core)
  const { xiaoerji: standingList, surveysOf, streetSurveys } = standingXiaoerji(core, list, year, asAt)
  const enterprises = enterpriseTallies(core, year, t.coverageMinWorkers)
  const committee = byUnion(core.db.select().from(committeeMembers).all())
  const staffRows = byUnion(core.db.select().from(staff).all())
  const subs = byUnion(core.db.select().from(subCommittees).all())
  const stationRows = byUnion(core.db.select().from(stations).all())
  const below = standingBelow(list, asAt)
  const xiaoerji = standingList.map((union) => ({
    union,
    memberUnions: below(union.id),
    survey: surveysOf.get(union.id),
    enterprises: enterprises.byXiaoerji.get(union.id) ?? NO_ENTERPRISES,
    committee: (committee.get(union.id) ?? []).filter((m) => serving(m.termFrom, m.termTo, asAt)),
    staff: (staffRows.get(union.id) ?? []).filter((s) => serving(s.fromDate, s.toDate, asAt)),
    subCommittees: new Map((subs.get(union.id) ?? []).map((s) => [s.kind, s])),
    stations: stationRows.get(union.id) ?? [],
  }))
  return {
    year,
    asAt,
    today: todayOf(core),
    thresholds: t,
    unions: list,
    xiaoerji,
    street: enterprises.street,
    streetSurveys,
    funding: fundingFacts(core, year),
    levy: levyByUnion(core, year),
  }
}
