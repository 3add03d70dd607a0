import { z } from 'zod'
import { id, fileOutput, textColumns, numberColumns, nullableTextColumns } from './fields'
import { method, reads, writes } from './define'
import { BUDGET_READERS } from './budget'
import { LEDGER_READERS } from './ledgers'
import { exportJobId, ledgerIds } from './reports'

/**
 * 年度预算表、决算报告与会计档案 (issue 18): the budget table and its adjustments, the 决算报告 of a
 * closed year with its editable 附注 and 财务情况说明书, and the sealed year archive.
 */
const year = z.number().int().min(2000).max(2100).meta({ title: '年度' })
const format = z.enum(['xlsx', 'pdf']).default('xlsx').meta({ title: '文件格式' })
const file = fileOutput

/** One row of the 工会经费收支预算表; money in 分, 增减率 in basis points (null: no base). */
export const budgetTableRow = z.object({
  kind: z.enum(['section', 'group', 'account', 'detail', 'total']),
  ...textColumns('code', 'name'),
  ...numberColumns('lastBudget', 'lastActual', 'budget', 'change'),
  rate: z.number().nullable(),
  notes: z.string(),
})
export type BudgetTableRow = z.infer<typeof budgetTableRow>

export const budgetTable = z.object({
  ...textColumns('title', 'orgName'),
  year: z.number(),
  ledgers: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), status: z.string() })),
  rows: z.array(budgetTableRow),
  /** 补助下级支出 by 小二级 (a 街镇's own block); empty elsewhere. */
  funding: z.array(budgetTableRow),
  balance: z.object({ income: z.number(), priorSurplus: z.number(), expenditure: z.number(), difference: z.number(), ok: z.boolean(), message: z.string() }),
  notes: z.array(z.string()),
})
export type BudgetTable = z.infer<typeof budgetTable>

/** Keys of the 附注 (reference §5.5) in their printed order. */
export const NOTE_KEYS = ['compliance', 'position', 'policies', 'items', 'disposals', 'nominal', 'priorYear', 'other'] as const
export type NoteKey = (typeof NOTE_KEYS)[number]
export const NOTE_TITLES: Record<NoteKey, string> = {
  compliance: '一、遵循《工会会计制度》的声明',
  position: '二、财务状况和预算执行情况',
  policies: '三、重要会计政策和会计估计及其变更',
  items: '四、重要报表项目的说明',
  disposals: '五、重大资产处置和重大损失',
  nominal: '六、以名义金额计量的资产',
  priorYear: '七、以前年度结转结余调整情况',
  other: '八、有助于理解和分析会计报表的其他事项',
}
/** Points filled from the books; their saved text is an addition printed after the figures. */
export const DATA_NOTES: readonly NoteKey[] = ['position', 'items', 'disposals', 'nominal', 'priorYear']

export const finalTexts = z.object({
  notes: z.record(z.enum(NOTE_KEYS), z.string().max(4000)).meta({ title: '附注' }),
  statement: z.string().max(20000).meta({ title: '财务情况说明书' }),
  cover: z
    .object({
      head: z.string().max(20).default(''),
      financeHead: z.string().max(20).default(''),
      preparer: z.string().max(20).default(''),
      reportDate: z.string().max(20).default(''),
    })
    .meta({ title: '封面' }),
})
export type FinalTexts = z.infer<typeof finalTexts>

export const finalAccountsView = z.object({
  ...numberColumns('ledgerId', 'year'),
  closed: z.boolean(),
  openMonths: z.array(z.string()),
  sealed: z.boolean(),
  /** Figures from the books, per 附注 point: the lines printed before the saved text. */
  figures: z.record(z.string(), z.array(z.string())),
  texts: finalTexts,
  /** The generated draft of the 财务情况说明书 (what "重新生成" puts in). */
  draft: z.string(),
})

export const archiveStatus = z.object({
  ...numberColumns('ledgerId', 'year'),
  ...nullableTextColumns('sealedAt', 'sealedBy'),
  files: z.number(),
  manifestSha256: z.string().nullable(),
})

const ledgerYear = { ledgerId: id('账套'), year }
const ARCHIVERS = ['accountant', 'admin'] as const

export const yearendContract = {
  'yearend.budgetTable': method({ title: '工会经费收支预算表', input: z.object({ ledgerIds, year }).strict(), output: budgetTable, ...reads(BUDGET_READERS) }),
  'yearend.exportBudgetTable': method({ title: '导出工会经费收支预算表', input: z.object({ ledgerIds, year, format }).strict(), output: file, ...reads(BUDGET_READERS) }),
  'yearend.exportBudgetAdjustments': method({ title: '导出预算调整表', input: z.object({ ...ledgerYear, format }).strict(), output: file, ...reads(BUDGET_READERS) }),
  'yearend.finalAccounts': method({ title: '决算报告', input: z.object(ledgerYear).strict(), output: finalAccountsView, ...reads(LEDGER_READERS) }),
  'yearend.saveTexts': method({
    title: '保存决算附注和财务情况说明书',
    input: z.object({ ...ledgerYear, texts: finalTexts }).strict(),
    output: z.object({ ok: z.literal(true) }),
    ...writes(['accountant']),
  }),
  'yearend.exportFinalAccounts': method({ title: '导出决算报告', input: z.object({ ledgerIds, year, format }).strict(), output: file, ...reads(LEDGER_READERS) }),
  'yearend.printVouchers': method({
    title: '凭证批量打印',
    input: z
      .object({
        ledgerId: id('账套'),
        period: z
          .string()
          .regex(/^\d{4}-\d{2}$/, '应为 YYYY-MM')
          .meta({ title: '月份' }),
        fromNumber: z.number().int().positive().optional().meta({ title: '起始凭证号' }),
        toNumber: z.number().int().positive().optional().meta({ title: '截止凭证号' }),
        format,
      })
      .strict(),
    output: file,
    ...reads(LEDGER_READERS),
  }),
  'yearend.archiveStatus': method({ title: '年度归档状态', input: z.object(ledgerYear).strict(), output: archiveStatus, ...reads(LEDGER_READERS) }),
  'yearend.archive': method({
    title: '年度归档',
    input: z.object({ ...ledgerYear, jobId: exportJobId.optional() }).strict(),
    output: z.object({ fileName: z.string(), download: z.string(), files: z.number(), bytes: z.number() }),
    ...reads(ARCHIVERS),
  }),
  'yearend.seal': method({ title: '封存年度会计档案', input: z.object(ledgerYear).strict(), output: archiveStatus, ...writes(ARCHIVERS) }),
  'yearend.unseal': method({
    title: '解除年度档案封存',
    input: z.object({ ...ledgerYear, reason: z.string().trim().min(4, '请写明原因（至少 4 个字）').max(500).meta({ title: '原因' }) }).strict(),
    output: archiveStatus,
    ...writes(['admin']),
  }),
}
