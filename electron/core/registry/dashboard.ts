import dayjs from 'dayjs'
import type { UnionType } from '../../shared/registry-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { enterpriseRows } from './enterprises'
import { streetFacts, yearFacts } from './facts'
import { ratesFor, ratesOf } from './rates'
import { scorecardOf } from './scorecard'
import { standing } from './tree'
import { yearOr } from '../system/time'

/** Trend years: the five before the asked year unless told otherwise. */
const TREND_YEARS = 5

/** The four lists the office works through: who to cover, whom to unionise, what to renew, who to survey. */
export function worklists(core: Core, year: number) {
  const facts = yearFacts(core, year)
  const rows = enterpriseRows(core, year)
  const covering = new Set(facts.xiaoerji.map((x) => x.union.id))
  const certificates = facts.unions
    .filter((u) => u.certTo && standing(u, facts.asAt))
    .map((u) => ({ u, daysLeft: dayjs(u.certTo).diff(dayjs(facts.asAt), 'day') }))
    .filter(({ daysLeft }) => daysLeft <= facts.thresholds.certWarnDays)
    .sort((a, b) => a.daysLeft - b.daysLeft)
    .map(({ u, daysLeft }) => ({ unionId: u.id, code: u.code, name: u.name, type: u.type as UnionType, certNo: u.certNo, certTo: u.certTo!, daysLeft }))
  return {
    year,
    asAt: facts.asAt,
    // An enterprise whose 小二级 has been deregistered is as uncovered as one that never had one.
    uncovered: rows.filter((r) => r.xiaoerjiId === null || !covering.has(r.xiaoerjiId)),
    withoutUnion: rows.filter((r) => !r.hasUnion && r.counted),
    certificates,
    withoutSurvey: facts.xiaoerji.filter((x) => !x.survey).map((x) => ({ unionId: x.union.id, code: x.union.code, name: x.union.name })),
  }
}

export const dashboardHandlers: HandlerMap<'registry.dashboard' | 'registry.worklists'> = {
  'registry.dashboard': (ctx, input) => {
    const year = yearOr(ctx.core, input.year)
    const facts = yearFacts(ctx.core, year)
    const card = scorecardOf(facts)
    const fromYear = Math.min(input.fromYear ?? year - TREND_YEARS + 1, year)
    const trend = Array.from({ length: year - fromYear + 1 }, (_, i) => {
      const past = i + fromYear === year ? facts : streetFacts(ctx.core, i + fromYear)
      return { year: i + fromYear, ...ratesOf(past.street, past.streetSurveys) }
    })
    return {
      year,
      counts: {
        xiaoerji: facts.xiaoerji.length,
        memberUnions: facts.unions.filter((u) => ['enterprise', 'small_federation', 'joint'].includes(u.type) && standing(u, facts.asAt)).length,
        members: facts.streetSurveys.reduce((n, s) => n + s.members, 0),
        enterprises: facts.street.listed,
        uncoveredEnterprises: facts.street.listed - facts.xiaoerji.reduce((n, x) => n + x.enterprises.listed, 0),
        enterprisesWithoutUnion: facts.street.counted - facts.street.withUnion,
      },
      rates: ratesFor(facts),
      trend,
      matrix: { rules: card.rules, rows: card.rows.map((r) => ({ unionId: r.unionId, name: r.name, statuses: r.checks.map((c) => c.status) })) },
    }
  },

  'registry.worklists': (ctx, input) => worklists(ctx.core, yearOr(ctx.core, input.year)),
}
