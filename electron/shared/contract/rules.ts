import { z } from 'zod'
import { EVENT_TYPES, GIFT_FORMS, LIMIT_KINDS, RULE_SEVERITIES } from '../budget-terms'
import { CLAIM_ROLES } from '../claim-access'
import { MAX_FEN } from '../money'
import { empty, ok, optionalText, text, byId, savedId, fileOutput, textColumns, nullableTextColumns } from './fields'
import { isoDate } from './dates'
import { upload } from './imports'
import { method, reads, writes } from './define'
import { LEDGER_MANAGERS } from '../roles'

/** Who keeps the 支出标准: the 街镇 accountant, or the 系统管理员. */
export const RULE_KEEPERS = LEDGER_MANAGERS

/** One 支出标准 as the office edits it (reference §9.4); amounts in 分, shares in basis points (6667 ≈ 2/3). */
export const spendingRuleInput = z
  .object({
    id: z.number().int().positive().nullable().default(null).meta({ title: '编号' }),
    jurisdiction: text('适用范围', 60),
    effectiveFrom: isoDate('生效日期'),
    effectiveTo: isoDate('失效日期').nullable().default(null),
    accountPrefix: z
      .string()
      .trim()
      .regex(/^\d{3}(\d{2})*$/, '科目编码应为 3 位一级编码加若干组 2 位')
      .nullable()
      .default(null)
      .meta({ title: '科目' }),
    eventType: z.enum(EVENT_TYPES).nullable().default(null).meta({ title: '事项类型' }),
    beneficiaryScope: optionalText('受益对象', 30).nullable().default(null),
    limitKind: z.enum(LIMIT_KINDS).meta({ title: '限额类型' }),
    amount: z.number().int('金额须为整数分').positive('金额须大于 0').max(MAX_FEN).nullable().default(null).meta({ title: '限额' }),
    shareBp: z.number().int().min(1).max(10000).nullable().default(null).meta({ title: '比例' }),
    forms: z.array(z.enum(GIFT_FORMS)).max(GIFT_FORMS.length).nullable().default(null).meta({ title: '发放形式' }),
    severity: z.enum(RULE_SEVERITIES).meta({ title: '处理' }),
    description: text('说明', 200),
    isExample: z.boolean().default(false).meta({ title: '示例' }),
    enabled: z.boolean().default(true).meta({ title: '启用' }),
  })
  .strict()
  .superRefine((r, ctx) => {
    const needs = (field: 'amount' | 'shareBp' | 'forms', message: string) => {
      const v = r[field]
      if (v === null || (Array.isArray(v) && v.length === 0)) ctx.addIssue({ code: 'custom', path: [field], message })
    }
    if (r.limitKind === 'per_person_event' || r.limitKind === 'per_person_year') needs('amount', '每人限额须填写金额')
    if (r.limitKind === 'share_participants' || r.limitKind === 'share_income') needs('shareBp', '比例类限额须填写比例')
    if (r.limitKind === 'forbidden_form') needs('forms', '须选择禁止的发放形式')
    if (r.effectiveTo !== null && r.effectiveTo < r.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: '失效日期不能早于生效日期' })
    }
  })
export type SpendingRuleInput = z.output<typeof spendingRuleInput>

export const spendingRuleRow = z.object({
  id: z.number(),
  ...textColumns('jurisdiction', 'effectiveFrom'),
  ...nullableTextColumns('effectiveTo', 'accountPrefix'),
  eventType: z.enum(EVENT_TYPES).nullable(),
  beneficiaryScope: z.string().nullable(),
  limitKind: z.enum(LIMIT_KINDS),
  amount: z.number().nullable(),
  shareBp: z.number().nullable(),
  forms: z.array(z.enum(GIFT_FORMS)).nullable(),
  severity: z.enum(RULE_SEVERITIES),
  description: z.string(),
  isExample: z.boolean(),
  enabled: z.boolean(),
})
export type SpendingRuleRow = z.infer<typeof spendingRuleRow>

export const rulesContract = {
  'rules.list': method({
    title: '查询支出标准',
    input: empty,
    output: z.object({ rules: z.array(spendingRuleRow), builtin: z.string() }),
    ...reads([...CLAIM_ROLES, 'admin']),
  }),
  'rules.save': method({ title: '保存支出标准', input: spendingRuleInput, output: savedId, ...writes(RULE_KEEPERS), global: true }),
  'rules.delete': method({ title: '删除支出标准', input: byId('支出标准'), output: ok, ...writes(RULE_KEEPERS), global: true }),
  'rules.export': method({ title: '导出支出标准', input: empty, output: fileOutput, ...reads([...CLAIM_ROLES, 'admin']) }),
  'rules.import': method({
    title: '导入支出标准',
    input: z.object(upload).strict(),
    output: z.object({ rows: z.number(), created: z.number(), updated: z.number() }),
    ...writes(RULE_KEEPERS),
    global: true,
  }),
}
