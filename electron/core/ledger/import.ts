/**
 * Import of the 账务处理 workbooks: vouchers and opening balances, with their published templates
 * (README: keep the column names stable). Rows are checked whole; any problem writes nothing.
 */
import { count, eq } from 'drizzle-orm'
import { projects, vouchers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { FUND_NATURE_LABELS, FUND_NATURES, periodOf, type FundNature } from '../../shared/ledger-terms'
import { prepared, type HandlerContext, type HandlerMap } from '../api/types'
import { cellDate, cellFen, cellText, readRows, type SheetRow, type TemplateSpec } from '../excel/sheet'
import { RowProblems, decodeUpload } from '../excel/problems'
import { cached } from '../db/cached'
import { ledgerFor, type LedgerRecord } from './access'
import { chartOf } from './accounts'
import { chartById, checkLines, type LineField, type LineInput } from './voucher-lines'
import { assertOpenDate, assertOpeningBalanced, insertVoucher, nextNumber, voucherLabel } from './voucher-store'
import type { LedgerImportKind } from '../../shared/contract/imports'
import { openingEntryProblems, openingHandlers } from './opening'

/** The template column each line rule is about (支出类型 follows from 项目 in the template). */
const LINE_COLUMNS: Record<LineField, string> = { accountId: '科目编码', fundNature: '资金性质', spendType: '项目', projectId: '项目' }

/** The published voucher template (README): keep these names stable. */
const VOUCHER_COLUMNS = ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '项目', '资金性质', '附件数'] as const
/** 日期 to 贷方金额 must be there; 项目, 资金性质 and 附件数 may be left out of older workbooks. */
const REQUIRED = [...VOUCHER_COLUMNS.slice(0, 7)]

interface Group {
  key: string
  date: string
  word: string
  fileNumber: number
  attachments: number
  rows: number[]
  lines: LineInput[]
}

/** Rows with the same month, 字 and 号 form one voucher; every problem is reported with its row. */
function groupRows(ctx: HandlerContext, ledger: LedgerRecord, rows: SheetRow[], problems: RowProblems): Group[] {
  const chart = new Map(chartOf(ctx.core, ledger.id).map((a) => [a.code, a]))
  const projectList = ctx.core.db.select().from(projects).where(eq(projects.ledgerId, ledger.id)).all()
  const projectOf = new Map(
    projectList.flatMap(
      (p) =>
        [
          [p.name, p],
          [p.code, p],
        ] as const,
    ),
  )
  const natureOf = new Map(FUND_NATURES.map((n) => [FUND_NATURE_LABELS[n], n] as [string, FundNature]))
  const groups = new Map<string, Group>()
  for (const row of rows) {
    const at = row.rowNumber
    const date = cellDate(row.get('日期'))
    const word = cellText(row.get('凭证字')) || '记'
    const number = Number(cellText(row.get('凭证号')))
    const summary = cellText(row.get('摘要'))
    const account = chart.get(cellText(row.get('科目编码')))
    const debit = cellFen(row.get('借方金额'))
    const credit = cellFen(row.get('贷方金额'))
    const projectText = cellText(row.get('项目'))
    const natureText = cellText(row.get('资金性质'))
    const attachments = Number(cellText(row.get('附件数')) || 0)
    if (!date) problems.add(at, '日期应为 YYYY-MM-DD 格式的有效日期')
    if (!ledger.voucherWords.includes(word)) problems.add(at, `凭证字“${word}”未在本账套启用`)
    if (!Number.isInteger(number) || number < 1) problems.add(at, '凭证号应为正整数')
    if (!summary) problems.add(at, '摘要不能为空')
    if (summary.length > 100) problems.add(at, '摘要不能超过 100 个字')
    if (!account) problems.add(at, `科目编码“${cellText(row.get('科目编码'))}”不存在`)
    if (debit === null) problems.add(at, '借方金额不是有效金额（最多两位小数）')
    if (credit === null) problems.add(at, '贷方金额不是有效金额（最多两位小数）')
    if (debit !== null && credit !== null && (debit === 0) === (credit === 0)) problems.add(at, '借方金额和贷方金额须且只能填写一个')
    if (natureText && !natureOf.has(natureText)) problems.add(at, '资金性质只能填“专项”或“非专项”')
    if (!Number.isInteger(attachments) || attachments < 0) problems.add(at, '附件数应为非负整数')
    const project = projectText ? projectOf.get(projectText) : undefined
    if (projectText && !project) problems.add(at, `项目“${projectText}”不存在，请先在“项目”中添加`)
    if (!date || !account || debit === null || credit === null) continue
    const key = `${periodOf(date)}|${word}|${number}`
    const group = groups.get(key) ?? { key, date, word, fileNumber: number, attachments, rows: [], lines: [] }
    if (group.date !== date) problems.add(at, `与同一凭证（${word}-${number}）的其他行日期不一致`)
    groups.set(key, group)
    group.rows.push(at)
    group.lines.push({
      summary,
      accountId: account.id,
      debit,
      credit,
      fundNature: natureOf.get(natureText) ?? null,
      spendType: account.needsSpendType ? (project ? 'project' : 'basic') : null,
      projectId: project?.id ?? null,
      counterpart: null,
    })
  }
  return [...groups.values()].sort((a, b) => a.date.localeCompare(b.date) || a.word.localeCompare(b.word) || a.fileNumber - b.fileNumber)
}

function refusalOf(check: () => unknown): AppError | null {
  try {
    check()
    return null
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
}

export const importVouchers = prepared<'import.vouchers', SheetRow[]>(
  (_ctx, input) => readRows(decodeUpload(input.content), REQUIRED),
  (ctx, input, rows) => {
    const ledger = ledgerFor(ctx, input.ledgerId, ['accountant', 'admin'])
    if (input.post && !ctx.user!.roles.includes('admin')) {
      throw new AppError('FORBIDDEN', '导入为已记账凭证（其他软件中已审核的账簿）须由系统管理员操作')
    }
    const problems = new RowProblems()
    const groups = groupRows(ctx, ledger, rows, problems)
    // Row-level problems first: a voucher missing a bad row would only add a misleading imbalance.
    problems.throwIfAny('凭证')
    // Read once for the whole file, not per voucher: the chart, and each month's open/closed state.
    const chart = chartById(ctx.core, ledger.id)
    const months = new Map<number, AppError | null>()
    for (const g of groups) {
      try {
        const period = periodOf(g.date)
        if (!months.has(period))
          months.set(
            period,
            refusalOf(() => assertOpenDate(ctx.core, ledger, g.date)),
          )
        const refused = months.get(period)
        if (refused) throw refused
        g.lines = checkLines(ctx.core, ledger.id, g.lines, (i) => `${g.word}-${g.fileNumber} 的第 ${g.rows[i]} 行`, { chart })
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        const lineFaults = Object.entries(error.fields ?? {})
          .map(([path, message]) => ({ match: /^lines\.(\d+)\.(\w+)$/.exec(path), message }))
          .filter((f) => f.match)
        // A line rule names its Excel row and column; a rule of the whole voucher (balance, caps) its first row.
        for (const { match, message } of lineFaults) {
          const row = g.rows[Number(match![1])]
          problems.add(row, `${g.word}-${g.fileNumber} 的第 ${row} 行：${message}`, LINE_COLUMNS[match![2] as LineField])
        }
        if (!lineFaults.length) problems.add(g.rows[0], error.message)
      }
    }
    problems.throwIfAny('凭证')
    const none = (ctx.core.db.select({ n: count() }).from(vouchers).where(eq(vouchers.ledgerId, ledger.id)).get()?.n ?? 0) === 0
    if (none || input.post) assertOpeningBalanced(ctx.core, ledger)
    const labels: string[] = []
    const post = cached(ctx.core.sqlite, `UPDATE vouchers SET status = 'posted', posted_by = ?, posted_at = ? WHERE id = ?`)
    const postedAt = ctx.core.now().toISOString()
    // Numbered here, one month and word after another: asking the index for each voucher's max(number) cost ≈ 10–25 µs × 20,000.
    const next = new Map<string, number>()
    for (const g of groups) {
      const key = `${periodOf(g.date)}|${g.word}`
      const number = next.get(key) ?? nextNumber(ctx.core, ledger.id, periodOf(g.date), g.word)
      next.set(key, number + 1)
      const v = insertVoucher(ctx.core, { ledger, date: g.date, word: g.word, attachments: g.attachments, origin: 'import', lines: g.lines, userId: ctx.user!.id, number })
      if (input.post) post.run(ctx.user!.id, postedAt, v.id)
      labels.push(`${v.date.slice(0, 7)} ${voucherLabel(v)}`)
    }
    const lines = groups.reduce((n, g) => n + g.lines.length, 0)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `从 ${input.fileName} 导入 ${groups.length} 张凭证（${lines} 行）${input.post ? '，按已审核账簿直接记账' : '，为草稿'}：${labels[0]} 至 ${labels.at(-1)}`
    return { vouchers: groups.length, lines, first: labels[0], last: labels.at(-1)!, posted: input.post }
  },
)

/** The published opening-balance template (README): keep these names stable. */
const OPENING_COLUMNS = ['科目编码', '借方余额', '贷方余额', '本年累计借方', '本年累计贷方'] as const
/** Workbooks made from the earlier three-column template still import (累计 then 0). */
const REQUIRED_COLUMNS = OPENING_COLUMNS.slice(0, 3)

export const importOpening = prepared<'import.openingBalances', SheetRow[]>(
  (_ctx, input) => readRows(decodeUpload(input.content), [...REQUIRED_COLUMNS]),
  (ctx, input, rows) => {
    const ledger = ledgerFor(ctx, input.ledgerId, ['accountant'])
    const chart = new Map(chartOf(ctx.core, ledger.id).map((a) => [a.code, a]))
    const problems = new RowProblems()
    const seen = new Map<string, number>()
    const entries = rows.flatMap((row) => {
      const code = cellText(row.get('科目编码'))
      const debit = cellFen(row.get('借方余额'))
      const credit = cellFen(row.get('贷方余额'))
      const ytdDebit = cellFen(row.get('本年累计借方'))
      const ytdCredit = cellFen(row.get('本年累计贷方'))
      const account = chart.get(code)
      if (!account) problems.add(row.rowNumber, `科目编码“${code}”不存在`, '科目编码')
      else if (!account.isLeaf) problems.add(row.rowNumber, `科目 ${code} ${account.name} 有下级科目，请在明细科目填写`, '科目编码')
      if (debit === null || credit === null || ytdDebit === null || ytdCredit === null) {
        problems.add(row.rowNumber, '金额无效（最多两位小数）')
        return []
      }
      const entry = { accountCode: code, debit, credit, ytdDebit, ytdCredit }
      if (debit !== 0 && credit !== 0) problems.add(row.rowNumber, '借方余额和贷方余额只能填写一个')
      if (account?.isLeaf) for (const p of openingEntryProblems(ledger, account, entry)) problems.add(row.rowNumber, p)
      if (seen.has(code)) problems.add(row.rowNumber, `科目 ${code} 与第 ${seen.get(code)} 行重复`, '科目编码')
      seen.set(code, row.rowNumber)
      return account ? [entry] : []
    })
    problems.throwIfAny('期初余额')
    const set = openingHandlers['opening.set']
    if (typeof set !== 'function') throw new AppError('INTERNAL', 'opening.set 不是同步处理函数')
    const totals = set(ctx, { ledgerId: ledger.id, entries })
    ctx.audit.summary = `从 ${input.fileName} 导入 ${entries.length} 个科目的期初余额；合计借方 ${totals.totalDebit} 分，贷方 ${totals.totalCredit} 分`
    return { accounts: entries.length, ...totals }
  },
)

const VOUCHER_NOTES: Record<(typeof VOUCHER_COLUMNS)[number], [width: number, note: string]> = {
  日期: [12, '凭证日期，如 2026-01-05；须在未结账的期间内'],
  凭证字: [8, '记、收、付、转等，须是本账套启用的凭证字；不填为“记”'],
  凭证号: [8, '同一月份内凭证字和凭证号相同的行组成一张凭证；导入后按日期重新连续编号'],
  摘要: [28, '每行必填，最多 100 字'],
  科目编码: [12, '须为本账套已启用的末级科目编码，如 50105'],
  借方金额: [14, '单位：元，最多两位小数；借方、贷方只能填一个；红字填负数'],
  贷方金额: [14, '同上'],
  项目: [16, '项目编码或名称；支出科目填了项目即为项目支出，不填为基本支出'],
  资金性质: [10, '收入、支出科目必填：专项 或 非专项'],
  附件数: [8, '原始凭证张数，每张凭证填在第一行即可'],
}

const OPENING_NOTES: Record<(typeof OPENING_COLUMNS)[number], [width: number, note: string]> = {
  科目编码: [12, '末级科目编码，如 102、32205'],
  借方余额: [16, '单位：元，最多两位小数；借方、贷方只能填一个'],
  贷方余额: [16, '同上；合计借方须等于合计贷方'],
  本年累计借方: [16, '年中建账（启用期间不是 1 月）才填：1 月至启用前一月的借方发生额；收入、支出科目余额为 0，累计借贷方相等'],
  本年累计贷方: [16, '同上，贷方发生额；合计本年累计借方须等于合计本年累计贷方。1 月启用的账套留空'],
}

const columns = <K extends string>(notes: Record<K, [number, string]>) =>
  (Object.entries(notes) as [K, [number, string]][]).map(([header, [width, note]]) => ({ header, width, note }))

/** The 账务处理 templates; excel/templates.ts serves them with the registry's through import.template. */
export const LEDGER_TEMPLATES: Record<LedgerImportKind, TemplateSpec> = {
  vouchers: {
    fileName: 'UnionDesk-凭证导入模板.xlsx',
    title: '凭证',
    columns: columns(VOUCHER_NOTES),
    examples: [
      ['2026-01-05', '记', 1, '收取会费', '102', 5000, '', '', '', 1],
      ['2026-01-05', '记', 1, '收取会费', '401', '', 5000, '', '非专项', ''],
    ],
  },
  'opening-balances': {
    fileName: 'UnionDesk-期初余额导入模板.xlsx',
    title: '期初余额',
    columns: columns(OPENING_NOTES),
    examples: [
      ['102', 100000, ''],
      ['32205', '', 100000],
    ],
  },
}

export const importHandlers: HandlerMap<'import.vouchers' | 'import.openingBalances'> = {
  'import.vouchers': importVouchers,
  'import.openingBalances': importOpening,
}
