import { z } from 'zod'
import { FUND_NATURES, SIDES } from '../ledger-terms'
import { id, ok, numberColumns, textColumns } from './fields'
import { method, reads, writes } from './define'
import { LEDGER_KEEPERS, LEDGER_READERS, accountCode } from './ledgers'
import { monthText } from './dates'
import { fen } from './vouchers'
import { LEDGER_CLOSERS } from '../roles'

export const periodRow = z.object({
  period: z.string(),
  closed: z.boolean(),
  ...numberColumns('drafts', 'reviewed', 'posted'),
  /** Voucher numbers missing from the sequence, e.g. ["记-3", "记-7"]. */
  gaps: z.array(z.string()),
})

export const balanceRow = z.object({
  accountId: z.number(),
  ...textColumns('code', 'name'),
  level: z.number(),
  normalSide: z.enum(SIDES),
  ...numberColumns('openingDebit', 'openingCredit', 'debit', 'credit', 'yearDebit', 'yearCredit', 'closingDebit', 'closingCredit'),
})
export type BalanceRow = z.infer<typeof balanceRow>

const openingTotals = { totalDebit: z.number(), totalCredit: z.number(), totalYtdDebit: z.number(), totalYtdCredit: z.number() }

const range = { ledgerId: id('账套'), from: monthText('起始期间'), to: monthText('截止期间') }

export const periodsContract = {
  'opening.get': method({
    title: '查询期初余额',
    input: z.object({ ledgerId: id('账套') }).strict(),
    output: z.object({
      period: z.string(),
      editable: z.boolean(),
      /** A 账套 opened after January also carries 本年累计借方/贷方; 年初余额 is computed from them. */
      midYear: z.boolean(),
      rows: z.array(z.object({ accountId: z.number(), code: z.string(), ...numberColumns('debit', 'credit', 'ytdDebit', 'ytdCredit', 'yearStartDebit', 'yearStartCredit') })),
      ...openingTotals,
    }),
    ...reads(LEDGER_READERS),
  }),
  'opening.set': method({
    title: '录入期初余额',
    input: z
      .object({
        ledgerId: id('账套'),
        entries: z
          .array(
            z
              .object({
                accountCode,
                debit: fen('借方余额').default(0),
                credit: fen('贷方余额').default(0),
                ytdDebit: fen('本年累计借方').default(0),
                ytdCredit: fen('本年累计贷方').default(0),
              })
              .strict(),
          )
          .min(1)
          .max(2000)
          .meta({ title: '期初余额' }),
      })
      .strict(),
    output: z.object(openingTotals),
    ...writes(LEDGER_KEEPERS),
  }),
  'periods.list': method({ title: '查询会计期间', input: z.object({ ledgerId: id('账套') }).strict(), output: z.array(periodRow), ...reads(LEDGER_READERS) }),
  'periods.renumber': method({
    title: '断号整理',
    input: z.object({ ledgerId: id('账套'), period: monthText() }).strict(),
    output: z.object({ renumbered: z.number() }),
    ...writes(LEDGER_KEEPERS),
  }),
  'periods.close': method({
    title: '期末结账',
    input: z.object({ ledgerId: id('账套'), period: monthText() }).strict(),
    /** warnings: e.g. the month's 固定资产折旧 has not been made. */
    output: z.object({ closingVouchers: z.array(z.string()), warnings: z.array(z.string()) }),
    ...writes(LEDGER_CLOSERS),
  }),
  'periods.reopen': method({ title: '反结账', input: z.object({ ledgerId: id('账套'), period: monthText() }).strict(), output: ok, ...writes(['admin']) }),
  'years.close': method({
    title: '年度结转',
    input: z.object({ ledgerId: id('账套'), year: z.number().int().min(2000).max(2100).meta({ title: '年度' }) }).strict(),
    output: z.object({ vouchers: z.array(z.string()), nextYearOpeningAccounts: z.number(), warnings: z.array(z.string()) }),
    ...writes(LEDGER_CLOSERS),
  }),
  'balances.trial': method({
    title: '科目余额表',
    input: z
      .object({
        ...range,
        maxLevel: z.number().int().min(1).max(6).optional().meta({ title: '科目级次' }),
        hideZero: z.boolean().default(true),
        /**
         * 辅助核算 filters: only lines tagged with this project and/or 资金性质. Openings carry neither, so a
         * filtered table has movements only: opening 0, closing the range's net, 借 and 贷 need not agree.
         */
        projectId: id('项目').optional(),
        fundNature: z.enum(FUND_NATURES).optional().meta({ title: '资金性质' }),
      })
      .strict(),
    output: z.object({ rows: z.array(balanceRow), totals: balanceRow.omit({ accountId: true, code: true, name: true, level: true, normalSide: true }) }),
    ...reads(LEDGER_READERS),
  }),
  'balances.account': method({
    title: '科目余额',
    input: z.object({ ...range, accountId: id('科目') }).strict(),
    output: balanceRow.extend({ direction: z.enum(['借', '贷', '平']), closing: z.number() }),
    ...reads(LEDGER_READERS),
  }),
}
