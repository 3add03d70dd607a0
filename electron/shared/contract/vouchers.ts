import { z } from 'zod'
import { FUND_NATURES, SPEND_TYPES, VOUCHER_ORIGINS, VOUCHER_STATUSES, VOUCHER_WORDS } from '../ledger-terms'
import { MAX_FEN, MAX_LINE_FEN, formatFen } from '../money'
import { id, ok, optionalText, byId, textColumns, numberColumns, nullableTextColumns } from './fields'
import { isoDate } from './dates'
import { method, reads, writes } from './define'
import { LEDGER_KEEPERS, LEDGER_READERS } from './ledgers'
import { LEDGER_CLOSERS } from '../roles'

/** Amounts cross the boundary as integer 分; a red (negative) amount is allowed on either side. */
export const fen = (label: string) => z.number().int('金额须为整数分').min(-MAX_FEN).max(MAX_FEN).meta({ title: label })

/** A voucher line's amount: within the per-line cap (money.ts), red (negative) allowed. */
const lineFen = (label: string) =>
  z
    .number()
    .int('金额须为整数分')
    .min(-MAX_LINE_FEN, `单行金额不能超过 ${formatFen(MAX_LINE_FEN)} 元`)
    .max(MAX_LINE_FEN, `单行金额不能超过 ${formatFen(MAX_LINE_FEN)} 元`)
    .meta({ title: label })

/** A line's fields; templates use them as they are, vouchers add the one-side-only rule. */
export const voucherLineFields = z
  .object({
    summary: z.string().trim().min(1).max(100).meta({ title: '摘要' }),
    accountId: id('科目'),
    debit: lineFen('借方金额').default(0),
    credit: lineFen('贷方金额').default(0),
    fundNature: z.enum(FUND_NATURES).nullable().default(null).meta({ title: '资金性质' }),
    spendType: z.enum(SPEND_TYPES).nullable().default(null).meta({ title: '支出类型' }),
    projectId: z.number().int().positive().nullable().default(null).meta({ title: '项目' }),
    counterpart: z.string().trim().max(60).nullable().default(null).meta({ title: '往来单位' }),
  })
  .strict()
  .meta({ title: '分录' })

export const voucherLineInput = voucherLineFields.refine((l) => (l.debit === 0) !== (l.credit === 0), { message: '每行须且只能填写借方或贷方金额之一' })

const voucherBody = {
  date: isoDate('凭证日期'),
  word: z.enum(VOUCHER_WORDS).default('记').meta({ title: '凭证字' }),
  attachments: z.number().int().min(0).max(9999).default(0).meta({ title: '附件张数' }),
  lines: z.array(voucherLineInput).min(2).max(200).meta({ title: '分录' }),
}

export const voucherLineView = z.object({
  lineNo: z.number(),
  summary: z.string(),
  accountId: z.number(),
  ...textColumns('accountCode', 'accountName'),
  ...numberColumns('debit', 'credit'),
  fundNature: z.enum(FUND_NATURES).nullable(),
  spendType: z.enum(SPEND_TYPES).nullable(),
  projectId: z.number().nullable(),
  ...nullableTextColumns('projectName', 'counterpart'),
})

export const voucherHeader = z.object({
  ...numberColumns('id', 'ledgerId'),
  ...textColumns('period', 'word'),
  number: z.number(),
  /** 记-15 */
  ...textColumns('label', 'date'),
  attachments: z.number(),
  status: z.enum(VOUCHER_STATUSES),
  origin: z.enum(VOUCHER_ORIGINS),
  summary: z.string(),
  total: z.number(),
  createdBy: z.string(),
  ...nullableTextColumns('reviewedBy', 'postedBy', 'cashierBy'),
  reversalOf: z.number().nullable(),
  reversedBy: z.number().nullable(),
})
export type VoucherHeader = z.infer<typeof voucherHeader>

export const voucherView = voucherHeader.extend({ lines: z.array(voucherLineView), totalInWords: z.string(), needsCashier: z.boolean() })
export type VoucherView = z.infer<typeof voucherView>

const ids = z.array(id('凭证')).min(1).max(1000).meta({ title: '凭证' })
const batchResult = z.object({ done: z.number() })
export const VOUCHER_BATCH_ACTIONS = ['review', 'unreview', 'cashierSign', 'cashierUnsign', 'post'] as const
export type VoucherBatchAction = (typeof VOUCHER_BATCH_ACTIONS)[number]
const voucherRef = z.object({ id: z.number(), label: z.string() })

export const vouchersContract = {
  'vouchers.create': method({
    title: '新增凭证',
    input: z.object({ ledgerId: id('账套'), ...voucherBody }).strict(),
    output: z.object({ id: z.number(), label: z.string() }),
    ...writes(LEDGER_KEEPERS),
  }),
  'vouchers.update': method({ title: '修改凭证', input: z.object({ id: id('凭证'), ...voucherBody }).strict(), output: ok, ...writes(LEDGER_KEEPERS) }),
  'vouchers.delete': method({ title: '删除凭证', input: byId('凭证'), output: ok, ...writes(LEDGER_KEEPERS) }),
  'vouchers.get': method({ title: '查看凭证', input: byId('凭证'), output: voucherView, ...reads(LEDGER_READERS) }),
  'vouchers.search': method({
    title: '查询凭证',
    input: z
      .object({
        ledgerId: id('账套'),
        from: isoDate('开始日期').optional(),
        to: isoDate('结束日期').optional(),
        accountId: z.number().int().positive().optional().meta({ title: '科目' }),
        minAmount: fen('最小金额').optional(),
        maxAmount: fen('最大金额').optional(),
        text: optionalText('摘要', 50),
        status: z.enum(VOUCHER_STATUSES).optional().meta({ title: '状态' }),
        createdBy: z.number().int().positive().optional().meta({ title: '制单人' }),
        /** 待出纳签字: cash or bank vouchers not posted and not signed (the 出纳's to-do). */
        unsigned: z.boolean().optional().meta({ title: '待出纳签字' }),
        page: z.number().int().min(1).default(1).meta({ title: '页码' }),
        pageSize: z.number().int().min(1).max(500).default(50).meta({ title: '每页条数' }),
      })
      .strict(),
    output: z.object({ total: z.number(), rows: z.array(voucherHeader) }),
    ...reads(LEDGER_READERS),
  }),
  'vouchers.review': method({ title: '审核凭证', input: z.object({ ids }).strict(), output: batchResult, ...writes(['reviewer']) }),
  'vouchers.unreview': method({ title: '取消审核', input: z.object({ ids }).strict(), output: batchResult, ...writes(['reviewer']) }),
  'vouchers.cashierSign': method({ title: '出纳签字', input: z.object({ ids }).strict(), output: batchResult, ...writes(['cashier']) }),
  'vouchers.cashierUnsign': method({ title: '取消出纳签字', input: z.object({ ids }).strict(), output: batchResult, ...writes(['cashier']) }),
  'vouchers.post': method({ title: '凭证记账', input: z.object({ ids }).strict(), output: batchResult, ...writes(LEDGER_CLOSERS) }),
  /** The list's 批量审核/出纳签字/记账: each voucher on its own, refusals listed with the reason instead of stopping the rest. */
  'vouchers.batch': method({
    title: '批量处理凭证',
    input: z.object({ action: z.enum(VOUCHER_BATCH_ACTIONS).meta({ title: '操作' }), ids }).strict(),
    output: z.object({ done: z.array(voucherRef), refused: z.array(voucherRef.extend({ reason: z.string() })) }),
    ...writes(['reviewer', 'cashier', 'accountant']),
  }),
  'vouchers.reverse': method({
    title: '红字冲销',
    input: z.object({ id: id('凭证'), date: isoDate('冲销日期') }).strict(),
    output: z.object({ id: z.number(), label: z.string() }),
    ...writes(LEDGER_KEEPERS),
  }),
  'vouchers.copy': method({
    title: '复制凭证',
    input: z.object({ id: id('凭证'), date: isoDate('新凭证日期') }).strict(),
    output: z.object({ id: z.number(), label: z.string() }),
    ...writes(LEDGER_KEEPERS),
  }),
}
