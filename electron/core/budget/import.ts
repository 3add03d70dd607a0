import { inArray } from 'drizzle-orm'
import { budgetLines } from '../../../drizzle/schema'
import type { BudgetImportKind } from '../../shared/contract/imports'
import { AppError } from '../../shared/errors'
import { FUND_NATURE_LABELS, SPEND_TYPE_LABELS, needsSpendType, type FundNature, type SpendType } from '../../shared/ledger-terms'
import { prepared } from '../api/types'
import { RowProblems, decodeUpload } from '../excel/problems'
import { cellFen, cellText, readRows, type SheetRow, type TemplateSpec } from '../excel/sheet'
import { chartOf } from '../ledger/accounts'
import { budgetLedger } from './access'
import { assertDraft, assertUnclaimed, budgetOf, checkLine, linesOf } from './budgets'
import { createDraft, insertLine, touch } from './drafts'
import type { NewLine } from './sources'

/** The published budget template (README): keep these names stable. */
const NOTES = {
  科目编码: [12, '收入类或支出类科目编码，一级或明细均可，如 401、50105'],
  科目名称: [24, '用于核对：须与该编码的科目名称（或全称）一致；可不填'],
  支出类型: [10, '支出科目（521 除外）填 基本支出 或 项目支出；不填时有项目为项目支出，否则为基本支出；收入科目不填'],
  项目: [16, '项目编码或名称；项目支出必填'],
  资金性质: [10, '专项 或 非专项'],
  年初预算数: [16, '单位：元，最多两位小数，不能为负数'],
  备注: [24, '可不填'],
} as const
type Column = keyof typeof NOTES
const REQUIRED: Column[] = ['科目编码', '资金性质', '年初预算数']

export const BUDGET_TEMPLATES: Record<BudgetImportKind, TemplateSpec> = {
  budget: {
    fileName: 'UnionDesk-预算导入模板.xlsx',
    title: '预算',
    columns: (Object.entries(NOTES) as [Column, readonly [number, string]][]).map(([header, [width, note]]) => ({ header, width, note })),
    examples: [
      ['401', '会费收入', '', '', '非专项', 60000, ''],
      ['40302', '专项转移支付补助', '', '', '专项', 20000, ''],
      ['50105', '会员活动支出', '基本支出', '', '非专项', 45000, '节日慰问'],
    ],
  },
}

const byLabel = <K extends string>(labels: Record<K, string>) => new Map(Object.entries(labels).map(([k, v]) => [v as string, k as K]))
const SPEND = byLabel(SPEND_TYPE_LABELS)
const FUND = byLabel(FUND_NATURE_LABELS)

/**
 * 导入预算: the file's lines become the draft budget of that year — created if there is none, its
 * lines replaced if it is still a draft; an approved budget changes only through 预算调整. Every row
 * goes through the same checks as the form, and nothing is written unless all rows pass.
 */
export const importBudget = prepared<'budget.import', SheetRow[]>(
  (_ctx, input) => readRows(decodeUpload(input.content), REQUIRED),
  (ctx, input, rows) => {
    const ledger = budgetLedger(ctx, input.ledgerId, 'keep')
    const existing = budgetOf(ctx.core, ledger.id, input.year)
    if (existing) assertDraft(existing)
    const chart = new Map(chartOf(ctx.core, ledger.id, { postings: false }).map((a) => [a.code, a]))
    const projects = ctx.core.sqlite.prepare('SELECT id, code, name FROM projects WHERE ledger_id = ?').all(ledger.id) as { id: number; code: string; name: string }[]
    const problems = new RowProblems()
    const seen = new Map<string, number>()
    const lines: NewLine[] = []
    for (const row of rows) {
      const text = (c: Column) => cellText(row.get(c))
      const fail = (message: string) => problems.add(row.rowNumber, message)
      const code = text('科目编码')
      const account = chart.get(code)
      if (!account) fail(`科目编码“${code}”不存在`)
      const name = text('科目名称')
      if (account && name && name !== account.name && name !== account.fullName) fail(`科目名称“${name}”与科目 ${code}“${account.name}”不符`)
      const fundNature = FUND.get(text('资金性质')) as FundNature | undefined
      if (!fundNature) fail('资金性质应为“专项”或“非专项”')
      const projectText = text('项目')
      const project = projectText ? projects.find((p) => p.code === projectText || p.name === projectText) : undefined
      if (projectText && !project) fail(`项目“${projectText}”不存在`)
      const spendText = text('支出类型')
      let spendType = (SPEND.get(spendText) ?? null) as SpendType | null
      if (spendText && !spendType) fail('支出类型应为“基本支出”或“项目支出”')
      const spendTyped = account !== undefined && needsSpendType(account.category, code)
      if (!spendText && spendTyped) spendType = project ? 'project' : 'basic'
      const original = cellFen(row.get('年初预算数'))
      if (original === null || original < 0) fail('年初预算数不是有效金额（不能为负，最多两位小数）')
      if (!account || !fundNature || original === null || original < 0 || (projectText && !project) || (spendText && !spendType)) continue
      const line = { accountId: account.id, spendType, projectId: project?.id ?? null, fundNature, original, notes: text('备注') || null }
      try {
        checkLine(ctx.core, ledger.id, line)
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        fail(error.message)
        continue
      }
      const key = `${line.accountId}|${spendType}|${line.projectId}|${fundNature}`
      if (seen.has(key)) fail(`与第 ${seen.get(key)} 行是同一预算项目（科目、支出类型、项目和资金性质相同）`)
      seen.set(key, row.rowNumber)
      lines.push(line)
    }
    problems.throwIfAny('预算项目')
    let budgetId = existing?.id
    if (budgetId === undefined) budgetId = createDraft(ctx, ledger.id, input.year)
    else {
      const old = linesOf(ctx.core, budgetId, ledger.id).map((l) => l.id)
      assertUnclaimed(ctx.core, old)
      if (old.length) ctx.core.db.delete(budgetLines).where(inArray(budgetLines.id, old)).run()
      touch(ctx.core, budgetId)
    }
    for (const line of lines) insertLine(ctx.core, budgetId, line)
    const original = lines.reduce((n, l) => n + l.original, 0)
    ctx.audit.targets = [`ledger:${ledger.id}`, `budget:${budgetId}`]
    ctx.audit.summary = `从 ${input.fileName} 导入 ${ledger.code} ${input.year}年预算 ${lines.length} 个项目，年初预算数合计 ${original} 分`
    return { lines: lines.length, created: !existing, original }
  },
)
