import { labelled } from '../labelled'
import { z } from 'zod'
import { MONEY_PATTERNS, TRANSFER_KINDS } from '../budget-terms'
import { FUND_NATURES, VOUCHER_STATUSES, VOUCHER_WORDS } from '../ledger-terms'
import { MAX_FEN } from '../money'
import { id, ok, text, byId, fileOutput, textColumns, numberColumns } from './fields'
import { isoDate } from './dates'
import { method, reads, writes } from './define'
import { LEDGER_READERS } from './ledgers'
import { monthText } from './dates'

const optionalId = (label: string) => z.number().int().positive().nullable().default(null).meta({ title: label })

export const transferInput = z
  .object({
    kind: z.enum(TRANSFER_KINDS).meta({ title: '划拨类型' }),
    moneyPattern: z.enum(MONEY_PATTERNS).meta({ title: '资金存放方式' }),
    fromLedgerId: id('街镇账套'),
    toLedgerId: id('小二级账套'),
    date: isoDate('划拨日期'),
    word: z.enum(VOUCHER_WORDS).default('记').meta({ title: '凭证字' }),
    amount: z.number().int('金额须为整数分').min(1, '金额须大于 0').max(MAX_FEN).meta({ title: '金额' }),
    summary: text('摘要', 60),
    /** 508/403 split into 一般性 (非专项) and 专项 transfer-payment detail accounts. */
    fundNature: z.enum(FUND_NATURES).default('general').meta({ title: '资金性质' }),
    /** The 街镇's bank account (a 102 detail); chosen when the chart has several. */
    fromBankAccountId: optionalId('街镇银行账户'),
    /** The 小二级's receiving account: its 102 (own account) or, for 代管资金 payouts, 101/102. */
    toBankAccountId: optionalId('小二级收款账户'),
    fundingPlanId: optionalId('经费保障计划'),
  })
  .strict()
export type TransferInput = z.infer<typeof transferInput>

const side = z.object({
  ledgerId: z.number(),
  ledgerName: z.string(),
  voucherId: z.number().nullable(),
  label: z.string().nullable(),
  status: z.enum(VOUCHER_STATUSES).nullable(),
  /** The voucher's debit total as it stands now (it may have been changed while a draft). */
  amount: z.number().nullable(),
  /** The red-ink reversal, if one exists, and whether it is posted. */
  reversalLabel: z.string().nullable(),
  reversalPosted: z.boolean(),
})

export const [PAIR_STATES, PAIR_STATE_LABELS] = labelled({ pending: '待审核记账', partly_posted: '一方已记账', matched: '双方已记账', reversed: '双方已冲销', mismatch: '不一致' })
export type PairState = (typeof PAIR_STATES)[number]

export const transferRow = z.object({
  id: z.number(),
  kind: z.enum(TRANSFER_KINDS),
  moneyPattern: z.enum(MONEY_PATTERNS),
  date: z.string(),
  amount: z.number(),
  summary: z.string(),
  fundingPlanId: z.number().nullable(),
  from: side,
  to: side,
  state: z.enum(PAIR_STATES),
  /** What does not match, in words (empty when nothing is wrong). */
  problems: z.array(z.string()),
})
export type TransferRow = z.infer<typeof transferRow>

const rangeInput = z
  .object({ ledgerId: id('街镇账套'), from: monthText('起始期间'), to: monthText('截止期间') })
  .strict()
  .refine((q) => q.from <= q.to, { message: '起始期间不能晚于截止期间', path: ['to'] })

export const [MISMATCH_KINDS, MISMATCH_LABELS] = labelled({
  missing: '一方凭证缺失',
  reversed: '仅一方冲销',
  unposted: '仅一方记账',
  amount: '金额不一致',
  pool_balance: '代管资金余额不符（135 ≠ 215）',
  subsidy_year: '本年补助不符（508 ≠ 403）',
  unlinked: '未通过划拨生成的内部往来',
})
export type MismatchKind = (typeof MISMATCH_KINDS)[number]

export const mismatchRow = z.object({
  kind: z.enum(MISMATCH_KINDS),
  transferId: z.number().nullable(),
  /** The 小二级 (by its 账套 name) the problem concerns. */
  ...textColumns('party', 'detail'),
  upper: z.number().nullable(),
  lower: z.number().nullable(),
})
export type MismatchRow = z.infer<typeof mismatchRow>

export const balanceRow = z.object({
  ledgerId: z.number(),
  ledgerName: z.string(),
  /** 215 (街镇 side, credit balance) vs 135 (小二级 side, debit balance) as at the end of `to`. */
  ...numberColumns('payable215', 'receivable135'),
  /** 508 paid by the 街镇 vs 403 received by the 小二级, in the year of `to` up to `to`. */
  ...numberColumns('paid508', 'received403'),
})

export const transfersContract = {
  'transfers.create': method({
    title: '上代下划拨',
    input: transferInput,
    output: z.object({ id: z.number(), fromLabel: z.string(), toLabel: z.string() }),
    ...writes(['accountant']),
  }),
  'transfers.reverse': method({
    title: '冲销上代下划拨',
    input: z.object({ id: id('划拨'), date: isoDate('冲销日期') }).strict(),
    output: z.object({ fromLabel: z.string(), toLabel: z.string() }),
    ...writes(['accountant']),
  }),
  'transfers.cancel': method({ title: '撤销上代下划拨', input: byId('划拨'), output: ok, ...writes(['accountant']) }),
  'transfers.list': method({ title: '查询上代下划拨', input: rangeInput, output: z.array(transferRow), ...reads(LEDGER_READERS) }),
  'transfers.reconcile': method({
    title: '内部往来核对',
    input: rangeInput,
    output: z.object({ pairs: z.array(transferRow), mismatches: z.array(mismatchRow), balances: z.array(balanceRow) }),
    ...reads(LEDGER_READERS),
  }),
  'transfers.export': method({
    title: '导出内部往来核对',
    input: z
      .object({ report: z.enum(['reconciliation', 'funding-vs-actual']).meta({ title: '报表' }), ledgerId: id('街镇账套'), from: monthText('起始期间'), to: monthText('截止期间') })
      .strict(),
    output: fileOutput,
    ...reads(LEDGER_READERS),
  }),
}
