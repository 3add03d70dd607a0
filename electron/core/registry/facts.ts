import { eq } from 'drizzle-orm'
import { committeeMembers, enterpriseYears, staff, stations, subCommittees, surveys } from '../../../drizzle/schema'
import type { Thresholds } from '../../shared/contract/registry'
import type { Core } from '../app'
import { fundingFacts, type FundingFacts } from '../funding/facts'
import { levyByUnion } from '../levy/report'
import { readThresholds } from './settings'
import { allUnions, asAtOf, descendantsOf, standing, type UnionRecord } from './tree'
import { todayOf } from '../system/time'

export type SurveyRecord = typeof surveys.$inferSelect
type EnterpriseYear = typeof enterpriseYears.$inferSelect

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

function tally(rows: EnterpriseYear[], minWorkers: number): EnterpriseTally {
  const counted = rows.filter((r) => r.workers >= minWorkers)
  return { listed: rows.length, counted: counted.length, withUnion: counted.filter((r) => r.hasUnion).length }
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
  const yearSurveys = core.db.select().from(surveys).where(eq(surveys.year, year)).all()
  const enterpriseRows = core.db.select().from(enterpriseYears).where(eq(enterpriseYears.year, year)).all()
  const committee = core.db.select().from(committeeMembers).all()
  const staffRows = core.db.select().from(staff).all()
  const subs = core.db.select().from(subCommittees).all()
  const stationRows = core.db.select().from(stations).all()
  const xiaoerji = list
    .filter((u) => u.type === 'xiaoerji' && standing(u, asAt))
    .map((union) => ({
      union,
      memberUnions: descendantsOf(list, union.id).filter((u) => standing(u, asAt)).length,
      survey: yearSurveys.find((s) => s.unionId === union.id),
      enterprises: tally(
        enterpriseRows.filter((r) => r.xiaoerjiId === union.id),
        t.coverageMinWorkers,
      ),
      committee: committee.filter((m) => m.unionId === union.id && serving(m.termFrom, m.termTo, asAt)),
      staff: staffRows.filter((s) => s.unionId === union.id && serving(s.fromDate, s.toDate, asAt)),
      subCommittees: new Map(subs.filter((s) => s.unionId === union.id).map((s) => [s.kind, s])),
      stations: stationRows.filter((s) => s.unionId === union.id),
    }))
  const standingIds = new Set(xiaoerji.map((x) => x.union.id))
  return {
    year,
    asAt,
    today: todayOf(core),
    thresholds: t,
    unions: list,
    xiaoerji,
    street: tally(enterpriseRows, t.coverageMinWorkers),
    streetSurveys: yearSurveys.filter((s) => standingIds.has(s.unionId)),
    funding: fundingFacts(core, year),
    levy: levyByUnion(core, year),
  }
}
