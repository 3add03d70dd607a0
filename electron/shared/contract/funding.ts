import { z } from 'zod'
import { BUDGET_STATUSES, FUNDING_BASES } from '../budget-terms'
import { FUND_NATURES } from '../ledger-terms'
import { MAX_FEN } from '../money'
import { id, ok, optionalText, textColumns } from './fields'
import { method, reads, writes } from './define'
import { LEDGER_READERS } from './ledgers'

const year = z.number().int().min(2000).max(2100).meta({ title: '年度' })
const amount = (label: string) => z.number().int('金额须为整数分').min(0).max(MAX_FEN).meta({ title: label })

/** A 街镇 账套 (its union is the 街镇总工会) with the 小二级 under that union and their 账套, if kept. */
export const streetLedger = z.object({
  ledgerId: z.number(),
  ...textColumns('code', 'name'),
  unionId: z.number(),
  unionName: z.string(),
  xiaoerji: z.array(z.object({ unionId: z.number(), code: z.string(), name: z.string(), ledgerId: z.number().nullable(), ledgerName: z.string().nullable() })),
})
export type StreetLedger = z.infer<typeof streetLedger>

export const fundingRow = z.object({
  unionId: z.number(),
  ...textColumns('code', 'name'),
  ledgerId: z.number().nullable(),
  ledgerName: z.string().nullable(),
  /** Size facts from the registry as at the year: standing member unions, and the year's survey. */
  memberUnions: z.number(),
  members: z.number().nullable(),
  workers: z.number().nullable(),
  planId: z.number().nullable(),
  amount: z.number(),
  basis: z.enum(FUNDING_BASES).nullable(),
  basisNote: z.string().nullable(),
})
export type FundingRow = z.infer<typeof fundingRow>

const planInput = z.object({ ledgerId: id('街镇账套'), year }).strict()

export const syncResult = z.object({
  ledgerId: z.number(),
  ledgerName: z.string(),
  /** 508 in the 街镇's budget, 403 in a 小二级's. */
  accountCode: z.string(),
  amount: z.number(),
  /** created/updated: a draft budget line was written; unchanged; adjust: the budget is approved (预算调整 needed); skipped. */
  action: z.enum(['created', 'updated', 'unchanged', 'adjust', 'skipped']),
  message: z.string(),
})
export type SyncResult = z.infer<typeof syncResult>

export const planActualRow = z.object({
  unionId: z.number(),
  ...textColumns('code', 'name'),
  ledgerName: z.string().nullable(),
  plan: z.number(),
  /** Posted 508 in the 街镇's books naming this 小二级's 账套. */
  transferred: z.number(),
  /** Posted 403 in the 小二级's own books. */
  received: z.number(),
  /** plan − transferred: still to be paid out. */
  unpaid: z.number(),
  /** transferred − received: a difference between the two sets of books. */
  difference: z.number(),
})
export type PlanActualRow = z.infer<typeof planActualRow>

export const fundingContract = {
  'funding.streets': method({ title: '查询街镇账套与小二级', input: z.object({}).strict().optional().default({}), output: z.array(streetLedger), ...reads(LEDGER_READERS) }),
  'funding.get': method({
    title: '查询经费保障计划',
    input: planInput,
    output: z.object({
      rows: z.array(fundingRow),
      total: z.number(),
      /** The 街镇's own budget of the year, if one exists, and its 508 line (年初预算数). */
      budgetStatus: z.enum(BUDGET_STATUSES).nullable(),
      budget508: z.number().nullable(),
    }),
    ...reads(LEDGER_READERS),
  }),
  'funding.save': method({
    title: '保存经费保障计划',
    input: planInput
      .extend({
        rows: z
          .array(
            z
              .object({ unionId: id('小二级'), amount: amount('保障金额'), basis: z.enum(FUNDING_BASES).meta({ title: '测算依据' }), basisNote: optionalText('依据说明', 200) })
              .strict(),
          )
          .max(500)
          .meta({ title: '计划明细' }),
      })
      .strict(),
    output: ok.extend({ total: z.number() }),
    ...writes(['accountant']),
  }),
  'funding.allocate': method({
    title: '按职工数分配经费',
    input: planInput.extend({ total: amount('分配总额') }).strict(),
    output: z.object({
      rows: z.array(z.object({ unionId: z.number(), workers: z.number(), amount: z.number() })),
      /** 小二级 without a survey for the year: they get nothing and are named here. */
      missing: z.array(z.string()),
    }),
    ...reads(LEDGER_READERS),
  }),
  'funding.sync': method({
    title: '经费保障计划同步到预算',
    input: planInput.extend({ fundNature: z.enum(FUND_NATURES).default('general').meta({ title: '资金性质' }) }).strict(),
    output: z.object({ results: z.array(syncResult) }),
    ...writes(['accountant']),
  }),
  'funding.vsActual': method({
    title: '经费保障计划执行对比',
    input: planInput,
    output: z.object({ rows: z.array(planActualRow), totals: planActualRow.pick({ plan: true, transferred: true, received: true, unpaid: true, difference: true }) }),
    ...reads(LEDGER_READERS),
  }),
}
