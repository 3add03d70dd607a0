import { formatPercent } from '../../shared/rate'
import type { BudgetExecution } from '../../shared/contract/budget'
import type { FinalTexts } from '../../shared/contract/yearend'
import { finalTexts } from '../../shared/contract/yearend'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import { SIGNATURES, displayWidth, type PrintSheet, type PrintValue } from '../excel/printable'
import type { LedgerRecord } from '../ledger/access'
import { reportSheets } from '../reports/report-sheets'
import { budgetOf, linesOf } from '../budget/budgets'
import { budgetExecution } from '../budget/execution'
import { yearFlows, yuan } from './final-figures'
import { defaultTexts, noteFigures, noteLines, statementDraft, yearSummary } from './final-notes'

/** The saved texts of a 账套's 决算 for the year, over the defaults (so a new point added later still has its text). */
export function textsOf(core: Core, ledger: LedgerRecord, year: number): FinalTexts {
  const base = defaultTexts(ledger.orgName)
  const row = core.sqlite.prepare('SELECT texts FROM final_account_texts WHERE ledger_id = ? AND year = ?').get(ledger.id, year) as { texts: string } | undefined
  if (!row) return base
  const saved = finalTexts.parse(JSON.parse(row.texts))
  return { notes: { ...base.notes, ...saved.notes }, statement: saved.statement, cover: { ...base.cover, ...saved.cover } }
}

/** Everything the 决算 pack is built from, computed once. */
export function finalData(ctx: HandlerContext, ledgers: LedgerRecord[], year: number) {
  const core = ctx.core
  const budgeted = ledgers.filter((l) => budgetOf(core, l.id, year))
  const exec: BudgetExecution | null = budgeted.length
    ? budgetExecution(
        ctx,
        budgeted.map((l) => l.id),
        `${year}-12`,
      )
    : null
  const summary = yearSummary(core, ledgers, year)
  const figures = noteFigures(summary, exec)
  const reasons = new Map(
    budgeted
      .flatMap((l) => linesOf(core, budgetOf(core, l.id, year)!.id, l.id))
      .filter((l) => l.notes)
      .map((l) => [l.accountCode, l.notes!]),
  )
  const draft = statementDraft(ledgers.length > 1 ? `${ledgers[0].orgName}（汇总）` : ledgers[0].orgName, year, summary, exec, reasons)
  const texts = ledgers.length === 1 ? textsOf(core, ledgers[0], year) : defaultTexts(`${ledgers[0].orgName}（汇总）`)
  return { exec, summary, figures, draft, texts }
}

const info = (year: number) => `${year}年度    单位：元`
const TEXT_WIDTH = 72

/** Text cut into printed lines of the content column (row heights do not grow by themselves in a converted workbook). */
export function wrapText(text: string, width = TEXT_WIDTH): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const ch of paragraph) {
      if (displayWidth(line + ch) > width) {
        lines.push(line)
        line = ''
      }
      line += ch
    }
    lines.push(line)
  }
  return lines
}

/** A two-column text sheet: each item's text wrapped into rows, the item's name on its first row. */
const paragraphs = (name: string, title: string, items: [string, string][], footer: string[] = []): PrintSheet => ({
  name,
  title,
  headers: ['项目', '内容'],
  rows: items.flatMap(([label, text]) => wrapText(text).map((line, i): PrintValue[] => [i === 0 ? label : '', line])),
  orientation: 'portrait',
  widths: [40, TEXT_WIDTH + 2],
  info: '单位：元',
  footer,
})

/**
 * The 决算报告 in the order: cover, 工会01表 (年末/年初), 工会02表 (annual), 预算执行情况表,
 * 收支明细, 资产情况, 附注, 财务情况说明书. A 汇总 takes 01/02 from the 汇总 reports (eliminations listed).
 */
export function finalSheets(ctx: HandlerContext, ledgers: LedgerRecord[], year: number): PrintSheet[] {
  const core = ctx.core
  const { exec, summary, figures, draft, texts } = finalData(ctx, ledgers, year)
  const org = ledgers.length > 1 ? `${ledgers[0].orgName}（汇总）` : ledgers[0].orgName
  const q = (report: 'balance-sheet' | 'income-statement') =>
    ({ report, ledgerIds: ledgers.map((l) => l.id), from: `${year}-01`, to: `${year}-12`, annual: true }) as Parameters<typeof reportSheets>[2]
  const cover = paragraphs(
    '封面',
    `${year}年度工会决算报告`,
    [
      ['编制单位', org],
      ['年度', `${year}年度`],
      ['单位负责人', texts.cover.head],
      ['财务负责人', texts.cover.financeHead],
      ['制表人', texts.cover.preparer],
      ['报送日期', texts.cover.reportDate],
    ],
    ['单位负责人（签章）：                财务负责人（签章）：                制表人（签章）：', '经费审查委员会审查意见：', '（单位公章）'],
  )
  const [balance, ...balanceExtra] = reportSheets(core, ledgers, q('balance-sheet'))
  const [income] = reportSheets(core, ledgers, q('income-statement'))
  const execution: PrintSheet = {
    name: '预算执行情况表',
    title: `${year}年预算执行情况表`,
    headers: ['科目', '明细（支出类型 · 项目 · 资金性质）', '本年预算数', '调整后预算数', '决算数', '执行率', '差异（预算−决算）', '说明'],
    rows: (exec?.rows ?? []).map((r) => [
      r.level === 0 ? r.accountName : `${r.accountCode} ${r.accountName}`,
      r.detail,
      r.original,
      r.budget,
      r.ytd,
      formatPercent(r.rate),
      r.variance,
      r.flags.join('；'),
    ]),
    orientation: 'landscape',
    money: [2, 3, 4, 6],
    widths: [28, 26, 15, 15, 15, 9, 15, 24],
    info: info(year),
    footer: [...(exec?.notes ?? ['本年未编制预算']), ...specialLines(core, ledgers, year), SIGNATURES],
  }
  const detailRows: PrintValue[][] = []
  for (const l of ledgers) {
    for (const f of yearFlows(core, l, year).filter((f) => ['501', '503', '504', '505'].includes(f.code.slice(0, 3)))) {
      detailRows.push([ledgers.length > 1 ? l.code : '', f.code, f.code.length === 3 ? f.name : `  ${f.name}`, f.debit - f.credit])
    }
  }
  const details: PrintSheet = {
    name: '收支明细',
    title: `${year}年支出明细表`,
    headers: ['账套', '科目编码', '科目名称', '本年支出'],
    rows: detailRows,
    orientation: 'portrait',
    money: [3],
    widths: [10, 12, 40, 18],
    info: info(year),
    footer: ['职工活动支出、职工服务支出、维权支出、业务支出按明细科目列示（不含结转凭证）。', SIGNATURES],
  }
  const assets: PrintSheet = {
    name: '资产情况',
    title: `${year}年末固定资产情况表`,
    headers: ['科目编码', '资产类别', '原值', '累计折旧', '净值'],
    rows: [
      ...summary.assets.map((a) => [a.code, a.name, a.cost, a.depreciation, a.cost - a.depreciation]),
      [
        '',
        '合计',
        ...(['cost', 'depreciation'] as const).map((k) => summary.assets.reduce((n, a) => n + a[k], 0)),
        summary.assets.reduce((n, a) => n + a.cost - a.depreciation, 0),
      ],
    ],
    orientation: 'portrait',
    money: [2, 3, 4],
    widths: [12, 36, 16, 16, 16],
    info: info(year),
    footer: [SIGNATURES],
  }
  const notes = paragraphs(
    '附注',
    `${year}年度会计报表附注`,
    noteLines(figures, texts).map((n) => [n.title, n.lines.join('\n') || '无']),
  )
  const statement = paragraphs(
    '财务情况说明书',
    `${year}年度财务情况说明书`,
    (texts.statement || draft)
      .split('\n')
      .filter(Boolean)
      .map((p, i) => [i === 0 ? '' : `（${i}）`, p]),
    [SIGNATURES],
  )
  return [cover, balance, income, execution, details, assets, notes, statement, ...balanceExtra]
}

/** 专项资金 carried over (321 工会资金结转) at the start and end of the year. */
function specialLines(core: Core, ledgers: LedgerRecord[], year: number): string[] {
  let start = 0
  let end = 0
  for (const l of ledgers) {
    const row = core.sqlite
      .prepare(
        `SELECT coalesce(sum(CASE WHEN o.year = ? THEN o.credit - o.debit END), 0) AS s, coalesce(sum(CASE WHEN o.year = ? THEN o.credit - o.debit END), 0) AS e
         FROM opening_balances o JOIN accounts a ON a.id = o.account_id WHERE o.ledger_id = ? AND a.code LIKE '321%'`,
      )
      .get(year, year + 1, l.id) as { s: number; e: number }
    start += row.s
    end += row.e
  }
  return [`专项资金结转：年初 ${yuan(start)}，年末结转下年 ${yuan(end)}`]
}
