import { z } from 'zod'
import { APPROVING_BODIES, BUDGET_SOURCES, BUDGET_STATUSES, OVER_BUDGET_MODES } from '../budget-terms'
import { FUND_NATURES, SPEND_TYPES } from '../ledger-terms'
import { MAX_FEN } from '../money'
import { empty, id, ok, optionalText, text, byId, savedId, fileOutput, numberColumns, nullableTextColumns, textColumns } from './fields'
import { isoDate } from './dates'
import { method, reads, writes } from './define'
import { upload } from './imports'
import { LEDGER_READERS, ledgerRow } from './ledgers'
import { monthText } from './dates'
import { ledgerIds } from './reports'
import { LEDGER_KEEPERS, LEDGER_MANAGERS } from '../roles'

/**
 * Who works on budgets. The 会计 prepares them in the 账套 they keep; recording the approval or an
 * adjustment (decided by the 委员会 or the 会员（代表）大会, not by the software) is the 会计's or the
 * 系统管理员's. Everyone who reads the 账套 reads its budget, and so does an 审批人 (unscoped, or
 * scoped to that 账套 or to its union); 报账员 additionally read budget lines, for claim forms.
 */
export const BUDGET_KEEPERS = LEDGER_KEEPERS
export const BUDGET_RECORDERS = LEDGER_MANAGERS
export const BUDGET_READERS = [...LEDGER_READERS, 'approver'] as const
export const BUDGET_LINE_READERS = [...BUDGET_READERS, 'clerk'] as const

const year = z.number().int().min(2000).max(2100).meta({ title: '预算年度' })
/** Budget amounts are whole 分 and never negative; an adjustment may take away (negative). */
const amount = (label: string) => z.number().int('金额须为整数分').min(0, '不能为负数').max(MAX_FEN).meta({ title: label })
const change = z
  .number()
  .int('金额须为整数分')
  .min(-MAX_FEN)
  .max(MAX_FEN)
  .refine((n) => n !== 0, '调整金额不能为 0')
  .meta({ title: '调整金额' })

/** What identifies a budget line besides its budget: account, 基本/项目支出, project and 资金性质. */
const lineKey = {
  accountId: id('预算科目'),
  spendType: z.enum(SPEND_TYPES).nullable().default(null).meta({ title: '支出类型' }),
  projectId: z.number().int().positive().nullable().default(null).meta({ title: '项目' }),
  fundNature: z.enum(FUND_NATURES).meta({ title: '资金性质' }),
  notes: optionalText('备注', 200),
}

export const budgetLineRow = z.object({
  ...numberColumns('id', 'accountId'),
  accountCode: z.string(),
  /** 全称 such as 职工活动支出-节日慰问. */
  accountName: z.string(),
  category: z.enum(['income', 'expense']),
  spendType: z.enum(SPEND_TYPES).nullable(),
  projectId: z.number().nullable(),
  projectName: z.string().nullable(),
  fundNature: z.enum(FUND_NATURES),
  /** 年初预算数 (分). */
  original: z.number(),
  /** Σ 预算调整 on this line. */
  adjusted: z.number(),
  /** 调整后预算数 = original + adjusted. */
  budget: z.number(),
  notes: z.string().nullable(),
})
export type BudgetLineRow = z.infer<typeof budgetLineRow>

/** 收支平衡、不列赤字: income + 可动用上年结余 ≥ expenditure, on 调整后 figures. */
export const budgetBalance = z.object({ income: z.number(), priorSurplus: z.number(), expenditure: z.number(), ok: z.boolean(), message: z.string() })

export const budgetView = z.object({
  ...numberColumns('id', 'ledgerId', 'year'),
  status: z.enum(BUDGET_STATUSES),
  priorSurplus: z.number(),
  reviewedOn: z.string().nullable(),
  approvedBody: z.enum(APPROVING_BODIES).nullable(),
  ...nullableTextColumns('approvedOn', 'filedOn', 'notes'),
  lines: z.array(budgetLineRow),
  adjustments: z.array(
    z.object({
      id: z.number(),
      ...textColumns('date', 'reason'),
      approvedBody: z.enum(APPROVING_BODIES).nullable(),
      approvedOn: z.string().nullable(),
      createdBy: z.string(),
      lines: z.array(z.object({ budgetLineId: z.number(), amount: z.number() })),
    }),
  ),
  balance: budgetBalance,
})
export type BudgetView = z.infer<typeof budgetView>

/** One line of the 预算执行表; totals (收入合计, 支出合计) have level 0 and no budgetLineId. */
export const executionRow = z.object({
  key: z.string(),
  level: z.number(),
  budgetLineId: z.number().nullable(),
  category: z.enum(['income', 'expense']),
  ...textColumns('accountCode', 'accountName'),
  /** 基本支出 · 项目名 · 专项 — what else identifies the line. */
  detail: z.string(),
  fundNature: z.enum(FUND_NATURES).nullable(),
  ...numberColumns('original', 'budget', 'month', 'ytd'),
  /** 执行率 in basis points (1234 = 12.34 %), rounded half up; null when the budget is 0. */
  rate: z.number().nullable(),
  priorYtd: z.number(),
  /** 差异 = 调整后预算 − 累计执行 (what is left; negative when over). */
  variance: z.number(),
  flags: z.array(z.string()),
})
export type ExecutionRow = z.infer<typeof executionRow>

export const budgetExecution = z.object({
  ledgers: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), hasBudget: z.boolean() })),
  ...textColumns('period', 'title', 'orgName', 'periodLabel'),
  rows: z.array(executionRow),
  notes: z.array(z.string()),
})
export type BudgetExecution = z.infer<typeof budgetExecution>

const executionInput = z.object({ ledgerIds, period: monthText() }).strict()

export const budgetContract = {
  /** The 账套 whose budgets the caller reads: ledgers.list for 审批人, who are no ledger readers. */
  'budget.ledgers': method({ title: '查询预算账套', input: empty, output: z.array(ledgerRow), ...reads(BUDGET_READERS) }),
  'budget.list': method({
    title: '查询预算',
    input: z.object({ ledgerId: id('账套') }).strict(),
    output: z.array(z.object({ id: z.number(), year: z.number(), status: z.enum(BUDGET_STATUSES), income: z.number(), expenditure: z.number() })),
    ...reads(BUDGET_READERS),
  }),
  'budget.get': method({ title: '查看预算', input: z.object({ ledgerId: id('账套'), year }).strict(), output: budgetView.nullable(), ...reads(BUDGET_READERS) }),
  'budget.create': method({
    title: '新建预算',
    input: z
      .object({
        ledgerId: id('账套'),
        year,
        source: z.enum(BUDGET_SOURCES).default('empty').meta({ title: '编制方式' }),
        priorSurplus: amount('可动用上年结余').default(0),
        notes: optionalText('备注', 200),
      })
      .strict(),
    output: z.object({ id: z.number(), lines: z.number() }),
    ...writes(BUDGET_KEEPERS),
  }),
  'budget.update': method({
    title: '修改预算',
    input: z.object({ id: id('预算'), priorSurplus: amount('可动用上年结余'), notes: optionalText('备注', 200) }).strict(),
    output: ok,
    ...writes(BUDGET_KEEPERS),
  }),
  'budget.delete': method({ title: '删除预算', input: byId('预算'), output: ok, ...writes(BUDGET_KEEPERS) }),
  'budget.saveLine': method({
    title: '保存预算项目',
    input: z.object({ budgetId: id('预算'), id: z.number().int().positive().optional().meta({ title: '预算项目' }), ...lineKey, original: amount('年初预算数') }).strict(),
    output: savedId,
    ...writes(BUDGET_KEEPERS),
  }),
  'budget.deleteLine': method({ title: '删除预算项目', input: byId('预算项目'), output: ok, ...writes(BUDGET_KEEPERS) }),
  'budget.approve': method({
    title: '登记预算批准',
    input: z
      .object({
        id: id('预算'),
        reviewedOn: isoDate('经审会审查日期'),
        approvedBody: z.enum(APPROVING_BODIES).meta({ title: '批准机构' }),
        approvedOn: isoDate('批准日期'),
        filedOn: isoDate('报街镇备案日期').nullable().default(null),
      })
      .strict(),
    output: ok,
    ...writes(BUDGET_RECORDERS),
  }),
  'budget.adjust': method({
    title: '登记预算调整',
    input: z
      .object({
        budgetId: id('预算'),
        date: isoDate('调整日期'),
        reason: text('调整原因', 200),
        approvedBody: z.enum(APPROVING_BODIES).meta({ title: '批准机构' }),
        approvedOn: isoDate('批准日期'),
        /** 经审会 review of the adjustment (printed on the 预算调整表). */
        reviewedOn: isoDate('经审会审查日期').nullable().default(null),
        lines: z
          .array(
            z
              .object({
                /** An existing line, or `add` for a new line (its 年初预算数 is 0). */
                budgetLineId: z.number().int().positive().optional().meta({ title: '预算项目' }),
                add: z.object(lineKey).strict().optional().meta({ title: '新增预算项目' }),
                amount: change,
              })
              .strict()
              .refine((l) => (l.budgetLineId === undefined) !== (l.add === undefined), { message: '每行须选择一个预算项目或新增一个' }),
          )
          .min(1)
          .max(200)
          .meta({ title: '调整明细' }),
      })
      .strict(),
    output: savedId,
    ...writes(BUDGET_RECORDERS),
  }),
  'budget.execution': method({ title: '预算执行表', input: executionInput, output: budgetExecution, ...reads(BUDGET_READERS) }),
  'budget.exportExecution': method({ title: '导出预算执行表', input: executionInput, output: fileOutput, ...reads(BUDGET_READERS) }),
  'budget.import': method({
    title: '导入预算',
    input: z.object({ ledgerId: id('账套'), year, ...upload }).strict(),
    output: z.object({ lines: z.number(), created: z.boolean(), original: z.number() }),
    ...writes(BUDGET_KEEPERS),
  }),
  'budget.lines': method({
    title: '查询预算项目',
    input: z.object({ ledgerId: id('账套'), year }).strict(),
    output: z.array(budgetLineRow.extend({ budgetId: z.number(), status: z.enum(BUDGET_STATUSES) })),
    ...reads(BUDGET_LINE_READERS),
  }),
  'budget.lineStatus': method({
    title: '查询预算余额',
    input: z.object({ budgetLineId: id('预算项目'), excludeClaimId: z.number().int().positive().optional().meta({ title: '报账单' }) }).strict(),
    output: z.object({ budgetLineId: z.number(), budget: z.number(), used: z.number(), pending: z.number(), remaining: z.number() }),
    ...reads(BUDGET_LINE_READERS),
  }),
  'budget.settings': method({ title: '查看预算控制设置', input: empty, output: z.object({ overBudgetMode: z.enum(OVER_BUDGET_MODES) }), ...reads('user') }),
  'budget.saveSettings': method({
    title: '修改预算控制设置',
    input: z.object({ overBudgetMode: z.enum(OVER_BUDGET_MODES).meta({ title: '超预算处理' }) }).strict(),
    output: ok,
    ...writes(['admin']),
    global: true,
  }),
}
