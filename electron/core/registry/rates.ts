import type { z } from 'zod'
import type { ratesResult } from '../../shared/contract/registry-reports'
import { rateOf, type Rate } from '../../shared/rate'
import type { HandlerMap } from '../api/types'
import { yearFacts, type EnterpriseTally, type SurveyRecord, type XiaoerjiFacts, type YearFacts } from './facts'
import { yearOr } from '../system/time'

export interface RateFigures {
  coverage: Rate | null
  coverageSource: 'enterprises' | 'survey' | null
  membership: Rate | null
}

const sum = (rows: SurveyRecord[], pick: (s: SurveyRecord) => number) => rows.reduce((n, s) => n + pick(s), 0)

/**
 * 建会率 from the year's enterprise list when one is kept (so the 职工人数 denominator rule can
 * apply), otherwise from the survey's own counts; 入会率 = the survey's members ÷ workers.
 */
export function ratesOf(enterprises: EnterpriseTally, yearSurveys: SurveyRecord[]): RateFigures {
  const surveyed = yearSurveys.length > 0
  const coverage = enterprises.listed
    ? rateOf(enterprises.withUnion, enterprises.counted)
    : surveyed
      ? rateOf(
          sum(yearSurveys, (s) => s.enterprisesWithUnion),
          sum(yearSurveys, (s) => s.enterprises),
        )
      : null
  return {
    coverage,
    coverageSource: enterprises.listed ? 'enterprises' : surveyed ? 'survey' : null,
    membership: surveyed
      ? rateOf(
          sum(yearSurveys, (s) => s.members),
          sum(yearSurveys, (s) => s.workers),
        )
      : null,
  }
}

export function xiaoerjiRates(x: XiaoerjiFacts): RateFigures {
  return ratesOf(x.enterprises, x.survey ? [x.survey] : [])
}

export function ratesFor(facts: YearFacts): z.infer<typeof ratesResult> {
  return {
    year: facts.year,
    street: ratesOf(facts.street, facts.streetSurveys),
    xiaoerji: facts.xiaoerji.map((x) => ({
      unionId: x.union.id,
      code: x.union.code,
      name: x.union.name,
      ...xiaoerjiRates(x),
    })),
  }
}

export const ratesHandlers: HandlerMap<'registry.rates'> = {
  'registry.rates': (ctx, input) => ratesFor(yearFacts(ctx.core, yearOr(ctx.core, input.year))),
}
