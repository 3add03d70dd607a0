import { count, eq } from 'drizzle-orm'
import { projects, vouchers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { FUND_NATURE_LABELS, FUND_NATURES, periodOf, type FundNature } from '../../shared/ledger-terms'
import { prepared, type HandlerContext } from '../api/types'
import { cellDate, cellFen, cellText, readRows, type SheetRow } from '../excel/sheet'
import { RowProblems, decodeUpload } from '../excel/problems'
import { cached } from '../db/cached'
import { ledgerFor, type LedgerRecord } from './access'
import { chartOf } from './accounts'
import { chartById, checkLines, type LineField, type LineInput } from './voucher-lines'
import { assertOpenDate, assertOpeningBalanced, insertVoucher, voucherLabel } from './voucher-store'

/** The template column each line rule is about (支出类型 follows from 项目 in the template). */
const LINE_COLUMNS: Record<LineField, string> = { accountId: '科目编码', fundNature: '资金性质', spendType: '项目', projectId: '项目' }

/** The published voucher template (README): keep these names stable. */
export const VOUCHER_COLUMNS = ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '项目', '资金性质', '附件数'] as const
const REQUIRED = ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额']

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
    for (const g of groups) {
      const v = insertVoucher(ctx.core, { ledger, date: g.date, word: g.word, attachments: g.attachments, origin: 'import', lines: g.lines, userId: ctx.user!.id })
      if (input.post) post.run(ctx.user!.id, postedAt, v.id)
      labels.push(`${v.date.slice(0, 7)} ${voucherLabel(v)}`)
    }
    const lines = groups.reduce((n, g) => n + g.lines.length, 0)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `从 ${input.fileName} 导入 ${groups.length} 张凭证（${lines} 行）${input.post ? '，按已审核账簿直接记账' : '，为草稿'}：${labels[0]} 至 ${labels.at(-1)}`
    return { vouchers: groups.length, lines, first: labels[0], last: labels.at(-1)!, posted: input.post }
  },
)
