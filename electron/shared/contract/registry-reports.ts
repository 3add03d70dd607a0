import { z } from 'zod'
import { fileOutput, textColumns, numberColumns } from './fields'
import { CHECK_STATUSES, SCORECARD_RULE_KEYS, UNION_TYPES } from '../registry-terms'
import { method, reads } from './define'
import { REGISTRY_READERS, enterpriseRow, yearField } from './registry'

/** An exact rate: numerator ÷ denominator; basisPoints (rounded down) is for display only. */
export const rate = z.object({ numerator: z.number(), denominator: z.number(), basisPoints: z.number() }).nullable()

/** 建会率 comes from the year's enterprise list when there is one, else from the survey's counts. */
export const RATE_SOURCES = ['enterprises', 'survey'] as const

const rates = { coverage: rate, coverageSource: z.enum(RATE_SOURCES).nullable(), membership: rate }

export const ratesResult = z.object({
  year: z.number(),
  street: z.object(rates),
  xiaoerji: z.array(z.object({ unionId: z.number(), code: z.string(), name: z.string(), ...rates })),
})

export const scorecardCheck = z.object({
  rule: z.enum(SCORECARD_RULE_KEYS),
  ...textColumns('label', 'clause'),
  status: z.enum(CHECK_STATUSES),
  /** The figure the verdict rests on, e.g. "会员 4,999 人" or "专职 1 名 / 应配 2 名". */
  ...textColumns('figure', 'explanation'),
})
export type ScorecardCheck = z.infer<typeof scorecardCheck>

export const scorecardResult = z.object({
  year: z.number(),
  /** The day the year is judged on: today for the current year, 31 December for a past one. */
  asAt: z.string(),
  rules: z.array(z.object({ rule: z.enum(SCORECARD_RULE_KEYS), label: z.string(), clause: z.string() })),
  rows: z.array(z.object({ unionId: z.number(), code: z.string(), name: z.string(), checks: z.array(scorecardCheck) })),
})
export type ScorecardResult = z.infer<typeof scorecardResult>

export const certificateRow = z.object({
  unionId: z.number(),
  ...textColumns('code', 'name'),
  type: z.enum(UNION_TYPES),
  certNo: z.string().nullable(),
  certTo: z.string(),
  /** Negative once expired. */
  daysLeft: z.number(),
})

export const worklistsResult = z.object({
  year: z.number(),
  asAt: z.string(),
  uncovered: z.array(enterpriseRow),
  withoutUnion: z.array(enterpriseRow),
  certificates: z.array(certificateRow),
  withoutSurvey: z.array(z.object({ unionId: z.number(), code: z.string(), name: z.string() })),
})

export const EXPORT_KINDS = [
  'registry',
  'scorecard',
  'unions',
  'enterprises',
  'committee',
  'staff',
  'stations',
  'surveys',
  'uncovered',
  'withoutUnion',
  'certificates',
  'withoutSurvey',
] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

const yearInput = z.object({ year: yearField().optional() }).strict().optional().default({})

export const registryReportsContract = {
  'registry.rates': method({ title: '建会率和入会率', input: yearInput, output: ratesResult, ...reads(REGISTRY_READERS) }),
  'registry.scorecard': method({ title: '小二级达标检查', input: yearInput, output: scorecardResult, ...reads(REGISTRY_READERS) }),
  'registry.dashboard': method({
    title: '组织台账概览',
    input: z
      .object({ year: yearField().optional(), fromYear: yearField('趋势起始年度').optional() })
      .strict()
      .optional()
      .default({}),
    output: z.object({
      year: z.number(),
      counts: z.object({ ...numberColumns('xiaoerji', 'memberUnions', 'members', 'enterprises', 'uncoveredEnterprises', 'enterprisesWithoutUnion') }),
      rates: ratesResult,
      trend: z.array(z.object({ year: z.number(), ...ratesResult.shape.street.shape })),
      /** For a heat map: one row per 小二级, one status per rule in scorecard order. */
      matrix: z.object({ rules: scorecardResult.shape.rules, rows: z.array(z.object({ unionId: z.number(), name: z.string(), statuses: z.array(z.enum(CHECK_STATUSES)) })) }),
    }),
    ...reads(REGISTRY_READERS),
  }),
  'registry.worklists': method({ title: '组织台账待办清单', input: yearInput, output: worklistsResult, ...reads(REGISTRY_READERS) }),
  'registry.export': method({
    title: '导出组织台账',
    input: z.object({ kind: z.enum(EXPORT_KINDS).meta({ title: '导出内容' }), year: yearField().optional() }).strict(),
    output: fileOutput,
    ...reads(REGISTRY_READERS),
  }),
}
