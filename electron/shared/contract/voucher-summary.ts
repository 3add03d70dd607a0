import { z } from 'zod'
import { VOUCHER_WORDS } from '../ledger-terms'
import { id, textColumns, numberColumns } from './fields'
import { method, reads } from './define'
import { LEDGER_READERS } from './ledgers'
import { monthText } from './dates'

/** A voucher-number bound of 凭证汇总表 (numbers run per month and 凭证字). */
export const voucherNumber = (label: string) => z.number().int().min(1, `${label}应为正整数`).max(99999).meta({ title: label })

export const voucherSummaryFilter = {
  fromNumber: voucherNumber('起始凭证号').optional(),
  toNumber: voucherNumber('截止凭证号').optional(),
  word: z.enum(VOUCHER_WORDS).optional().meta({ title: '凭证字' }),
  /** Only posted vouchers; by default every voucher in the range is summed (the 科目汇总表 is made before posting). */
  postedOnly: z.boolean().default(false).meta({ title: '只含已记账凭证' }),
}

export const voucherSummaryRow = z.object({ code: z.string(), name: z.string(), debit: z.number(), credit: z.number() })

export const voucherSummary = z.object({
  ...textColumns('orgName', 'period'),
  /** 2026年3月 记-1 至 记-25 */
  rangeLabel: z.string(),
  vouchers: z.number(),
  /** Of which not yet posted. */
  ...numberColumns('unposted', 'attachments'),
  /** Level-1 accounts with movements, in code order. */
  rows: z.array(voucherSummaryRow),
  ...numberColumns('totalDebit', 'totalCredit'),
})
export type VoucherSummary = z.infer<typeof voucherSummary>

export const voucherSummaryContract = {
  'reports.voucherSummary': method({
    title: '凭证汇总表',
    input: z
      .object({ ledgerId: id('账套'), period: monthText(), ...voucherSummaryFilter })
      .strict()
      .refine((q) => q.fromNumber === undefined || q.toNumber === undefined || q.fromNumber <= q.toNumber, { message: '起始凭证号不能大于截止凭证号', path: ['toNumber'] }),
    output: voucherSummary,
    ...reads(LEDGER_READERS),
  }),
}
