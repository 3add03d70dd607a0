import { z } from 'zod'
import { FUND_NATURES } from '../ledger-terms'
import { id, textColumns } from './fields'
import { method, reads } from './define'
import { LEDGER_READERS, accountCode } from './ledgers'
import { monthText } from './dates'
import { balanceRow } from './periods'
import { isMultiColumnAccount } from './books'
import { voucherNumber } from './voucher-summary'

export const statementRow = z.object({
  ...textColumns('key', 'label'),
  /** 0 a total line (bold), 1 an item, 2 an item under an item (e.g. 减：累计折旧). */
  level: z.number(),
  /** One amount in 分 per column; assets and expenditure positive in their normal direction. */
  values: z.array(z.number()),
  /** The level-1 accounts (or 结转结余 sub-accounts) the line is read from, for drill-down to 明细账; empty on totals. */
  codes: z.array(z.string()),
})
export type StatementRow = z.infer<typeof statementRow>

export const statementCheck = z.object({ label: z.string(), ok: z.boolean(), detail: z.string() })

const statementHeader = {
  /** 工会01表 / 工会02表 */
  ...textColumns('tableNo', 'title', 'orgName'),
  /** 2026年3月31日 or 2026年3月 or 2026年度 */
  periodLabel: z.string(),
  unit: z.literal('元'),
  columns: z.array(z.string()),
  checks: z.array(statementCheck),
  /** Plain-language remarks printed under the statement (e.g. months not yet closed). */
  notes: z.array(z.string()),
}

export const balanceSheet = z.object({ ...statementHeader, assets: z.array(statementRow), liabilities: z.array(statementRow) })
export type BalanceSheet = z.infer<typeof balanceSheet>
export const incomeStatement = z.object({ ...statementHeader, rows: z.array(statementRow) })
export type IncomeStatement = z.infer<typeof incomeStatement>

/** 科目余额表 line of a 汇总: level-1 accounts summed over the chosen 账套, internal transfers taken out. */
export const consolidatedTrialRow = balanceRow.omit({ accountId: true, level: true, normalSide: true })
export type ConsolidatedTrialRow = z.infer<typeof consolidatedTrialRow>

/** One side of an internal transfer: the line in one 账套 that names the other 账套 as its 往来单位. */
export const internalLine = z.object({
  ledgerCode: z.string(),
  voucherId: z.number(),
  ...textColumns('voucherLabel', 'period', 'accountCode', 'summary', 'counterpart'),
  /** debit − credit, in 分. */
  net: z.number(),
})
export type InternalLine = z.infer<typeof internalLine>

/** 212/402: a levy relay, matched but not adjusted; 215/135: the 报账制 pool's balances (voucherId 0, at 年初 and 期末). */
export const INTERNAL_PAIRS = ['508/403', '212/131', '212/402', '215/135'] as const
export const elimination = z.object({
  pair: z.enum(INTERNAL_PAIRS),
  amount: z.number(),
  /** 215/135: the 街镇's 215 minus the 小二级's 135 — shown, never netted (0 for line pairs). */
  difference: z.number(),
  upper: internalLine,
  lower: internalLine,
})
export type Elimination = z.infer<typeof elimination>

export const consolidation = z.object({
  ledgers: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
  period: z.string(),
  trial: z.array(consolidatedTrialRow),
  balanceSheet,
  incomeStatement,
  eliminations: z.array(elimination),
  /** Lines naming another chosen 账套 that found no matching line there: left in, listed for checking. */
  unmatched: z.array(internalLine),
  notes: z.array(z.string()),
})
export type Consolidation = z.infer<typeof consolidation>

export const ledgerIds = z.array(id('账套')).min(1).max(500).meta({ title: '账套' })

/** Report names of `reports.export` and of `uniondesk export <report>`: a published interface, keep them stable. */
export const REPORT_KINDS = [
  'trial-balance',
  'general-ledger',
  'detail-ledger',
  'multi-column',
  'cash-journal',
  'bank-journal',
  'voucher-journal',
  'aux-balance',
  'balance-sheet',
  'income-statement',
  'voucher-summary',
] as const
export type ReportKind = (typeof REPORT_KINDS)[number]
/** Reports that may sum several 账套 (汇总, with internal transfers eliminated). */
export const CONSOLIDATING_REPORTS: readonly ReportKind[] = ['trial-balance', 'balance-sheet', 'income-statement']

/** Names a running export so its progress can be followed and it can be cancelled; chosen by the client. */
export const exportJobId = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, '任务编号应为 8–64 位字母、数字或连字符')
  .meta({ title: '任务编号' })

export const reportExportInput = z
  .object({
    report: z.enum(REPORT_KINDS).meta({ title: '报表' }),
    ledgerIds,
    from: monthText('起始期间'),
    /** Statements are "as at" / "for" this month. */
    to: monthText('截止期间'),
    /** 工会02表 in its annual form (本年数 | 上年数) for the year of `to`. */
    annual: z.boolean().default(false).meta({ title: '年报' }),
    accountCode: accountCode.optional(),
    /** 科目余额表 only: its 辅助核算 filter, as on the screen (movements of the tagged lines). */
    projectId: id('项目').optional(),
    fundNature: z.enum(FUND_NATURES).optional().meta({ title: '资金性质' }),
    /** 凭证汇总表 only: the 凭证号 range within the month (CLI --from/--to). */
    fromNumber: voucherNumber('起始凭证号').optional(),
    toNumber: voucherNumber('截止凭证号').optional(),
    /** Progress events carry it, and reports.cancelExport stops the export by it; one is made up if absent. */
    jobId: exportJobId.optional(),
  })
  .strict()
  // 多栏式 has one column per 二级科目 of one expenditure account: there is no "all accounts" form.
  .refine((q) => q.report !== 'multi-column' || isMultiColumnAccount(q.accountCode ?? ''), { message: '多栏式明细账请指定 501–510 的一级支出科目', path: ['accountCode'] })
  .refine((q) => q.report === 'trial-balance' || (q.projectId === undefined && q.fundNature === undefined), {
    message: '只有科目余额表可以按项目或资金性质筛选',
    path: ['projectId'],
  })
  .refine((q) => q.report === 'voucher-summary' || (q.fromNumber === undefined && q.toNumber === undefined), { message: '只有凭证汇总表可以指定凭证号范围', path: ['fromNumber'] })
  .refine((q) => q.report !== 'voucher-summary' || q.from === q.to, { message: '凭证汇总表按月汇总，请指定一个月份（YYYY-MM）', path: ['from'] })
  .refine((q) => q.fromNumber === undefined || q.toNumber === undefined || q.fromNumber <= q.toNumber, { message: '起始凭证号不能大于截止凭证号', path: ['toNumber'] })
  .refine((q) => q.ledgerIds.length === 1 || (q.projectId === undefined && q.fundNature === undefined), { message: '汇总报表不能按项目或资金性质筛选', path: ['projectId'] })
export type ReportExportInput = z.output<typeof reportExportInput>

export const reportsContract = {
  'reports.balanceSheet': method({
    title: '资产负债表（工会01表）',
    input: z.object({ ledgerId: id('账套'), period: monthText() }).strict(),
    output: balanceSheet,
    ...reads(LEDGER_READERS),
  }),
  'reports.incomeStatement': method({
    title: '收入支出表（工会02表）',
    input: z
      .object({
        ledgerId: id('账套'),
        /** A month gives 本月数 | 本年累计数; a year gives the annual report, 本年数 | 上年数. */
        period: monthText().optional(),
        year: z.number().int().min(2000).max(2100).optional().meta({ title: '年度' }),
      })
      .strict()
      .refine((q) => (q.period === undefined) !== (q.year === undefined), { message: '请指定月份或年度之一' }),
    output: incomeStatement,
    ...reads(LEDGER_READERS),
  }),
  'reports.consolidated': method({ title: '汇总报表', input: z.object({ ledgerIds, period: monthText() }).strict(), output: consolidation, ...reads(LEDGER_READERS) }),
  'reports.export': method({
    title: '导出账簿报表',
    input: reportExportInput,
    /**
     * The workbook is written to a file as its rows are read, then handed out once by `download`:
     * browser mode fetches GET /api/exports/<download>?token=…, the desktop asks main to save it.
     */
    output: z.object({ jobId: z.string(), fileName: z.string(), download: z.string(), rows: z.number(), bytes: z.number() }),
    ...reads(LEDGER_READERS),
  }),
  'reports.exportJournal': method({
    title: '导出记账文本',
    input: z.object({ ledgerId: id('账套') }).strict(),
    /** The 账套 as an hledger/ledger journal, handed out once by `download` like reports.export. */
    output: z.object({ fileName: z.string(), download: z.string(), vouchers: z.number(), bytes: z.number() }),
    ...reads(LEDGER_READERS),
  }),
  'reports.cancelExport': method({
    title: '取消导出',
    input: z.object({ jobId: exportJobId }).strict(),
    /** false when no export of yours runs under that id (it may have just finished). */
    output: z.object({ cancelled: z.boolean() }),
    ...reads(LEDGER_READERS),
  }),
}
