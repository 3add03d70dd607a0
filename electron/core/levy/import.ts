import { createHash } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { enterprises, levyEntries, levyImports, levyNameMaps } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { LEVY_CHANNEL_LABELS, LEVY_REQUIRED_COLUMNS, type LevyChannel, type LevyReturnColumn } from '../../shared/levy-terms'
import { formatFen } from '../../shared/money'
import { prepared } from '../api/types'
import { RowProblems, decodeUpload } from '../excel/problems'
import { cellFen, cellText, readRows, type Cell, type SheetRow, type TemplateSpec } from '../excel/sheet'
import { matchedFields, type RawEntry } from './entries'
import { periodInt, periodStr } from './facts'
import { levySettingsOf, saveLevySettings } from './rules'
import { KEEP, levyLedger } from './scope'
import { generateFor } from './vouchers'

/** The published 返拨明细 template (README): keep these names stable. */
const NOTES: Record<LevyReturnColumn, [number, string]> = {
  企业名称: [30, '必填；与组织台账的企业名称一致时按名称匹配（统一社会信用代码优先）'],
  统一社会信用代码: [22, '18 位；有则优先按此匹配企业'],
  所属期: [10, '必填；月份，如 2026-03'],
  工资总额: [16, '必填（或用“计征依据”列）；单位：元，最多两位小数'],
  实缴金额: [14, '必填；企业实际缴纳的工会经费，元'],
  返拨金额: [14, '必填；区总工会返拨到本街镇的金额，元；全部行合计须等于本次到账金额'],
  缴费渠道: [12, '税务代收、自主拨缴 或 财政划拨；不填为税务代收'],
}
export const LEVY_TEMPLATE: TemplateSpec = {
  fileName: 'UnionDesk-返拨明细导入模板.xlsx',
  title: '返拨明细',
  columns: (Object.entries(NOTES) as [string, [number, string]][]).map(([header, [width, note]]) => ({ header, width, note })),
  examples: [['上海某某科技有限公司', '91310000MA1FL00000', '2026-03', 100000, 2000, 1360, '税务代收']],
}

const CHANNELS = new Map(Object.entries(LEVY_CHANNEL_LABELS).map(([k, v]) => [v, k as LevyChannel]))

/** 所属期 as a month: 2026-03, 2026/3, 202603, 2026年3月, or an Excel date (its month). Anything else is not a month. */
function cellPeriod(value: Cell): number | null {
  if (value instanceof Date) return value.getUTCFullYear() * 100 + value.getUTCMonth() + 1
  const m = /^(\d{4})(?:[-/.年]?)(\d{1,2})月?$/.exec(cellText(value))
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null
  return Number(m[1]) * 100 + Number(m[2])
}

interface Parsed extends RawEntry {
  rowNumber: number
  name: string
  uscc: string | null
  channel: LevyChannel
}

/**
 * Reads the 返拨明细 through the saved column mapping (our column → the file's header). 计征依据 stands in
 * for 工资总额. Every bad row is reported with its Excel row number; nothing is written if any is bad.
 */
function parseRows(rows: SheetRow[], col: (c: LevyReturnColumn) => string, problems: RowProblems): Parsed[] {
  const out: Parsed[] = []
  const seen = new Map<string, number>()
  for (const row of rows) {
    const fail = (m: string) => problems.add(row.rowNumber, m)
    const get = (c: LevyReturnColumn) => row.get(col(c))
    const name = cellText(get('企业名称'))
    if (!name) fail('企业名称为空')
    const uscc = cellText(get('统一社会信用代码')).toUpperCase() || null
    const period = cellPeriod(get('所属期'))
    if (period === null) fail(`所属期“${cellText(get('所属期'))}”不是月份，应为 YYYY-MM`)
    const money = (c: LevyReturnColumn, value: Cell) => {
      const fen = cellFen(value)
      if (fen === null || fen < 0) fail(`${c}“${cellText(value)}”不是有效金额（元，最多两位小数，不能为负）`)
      return fen ?? 0
    }
    const payrollCell = get('工资总额') ?? row.get('计征依据')
    const payroll = money('工资总额', payrollCell)
    const paid = money('实缴金额', get('实缴金额'))
    const returned = money('返拨金额', get('返拨金额'))
    const channelText = cellText(get('缴费渠道'))
    const channel = channelText ? CHANNELS.get(channelText) : 'tax'
    if (!channel) fail(`缴费渠道应为 ${[...CHANNELS.keys()].join('、')} 之一`)
    if (returned > paid && paid > 0) fail('返拨金额大于实缴金额')
    const key = `${uscc ?? name}|${period}|${channel}`
    if (seen.has(key)) fail(`与第 ${seen.get(key)} 行是同一企业同一所属期`)
    seen.set(key, row.rowNumber)
    if (name && period !== null && channel) out.push({ rowNumber: row.rowNumber, name, uscc, period, payroll, paid, returned, channel })
  }
  return out
}

/** Enterprise by 统一社会信用代码, then exact name, then the clerk's remembered mapping of that name. */
function matcher(ctx: Parameters<typeof levyLedger>[0], ledgerId: number) {
  return (p: Parsed): number | null => {
    if (p.uscc) {
      const hit = ctx.core.db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.uscc, p.uscc)).get()
      if (hit) return hit.id
    }
    const named = ctx.core.db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.name, p.name)).all()
    if (named.length === 1) return named[0].id
    const mapped = ctx.core.db
      .select({ id: levyNameMaps.enterpriseId })
      .from(levyNameMaps)
      .where(and(eq(levyNameMaps.ledgerId, ledgerId), eq(levyNameMaps.fileName, p.name)))
      .get()
    return mapped?.id ?? null
  }
}

export const importLevyReturns = prepared<'levy.import', { rows: SheetRow[]; hash: string } | { missing: string[] }>(
  async (ctx, input) => {
    levyLedger(ctx, input.ledgerId, KEEP)
    const bytes = decodeUpload(input.content)
    const saved = { ...levySettingsOf(ctx.core, input.ledgerId).columns, ...input.columns }
    const col = (c: LevyReturnColumn) => saved[c] || c
    const required = LEVY_REQUIRED_COLUMNS.filter((c) => c !== '工资总额').map(col)
    try {
      return { rows: await readRows(bytes, required), hash: createHash('sha256').update(bytes).digest('hex') }
    } catch (error) {
      if (error instanceof AppError && error.message.includes('缺少列')) return { missing: required }
      throw error
    }
  },
  (ctx, input, prep) => {
    const ledger = levyLedger(ctx, input.ledgerId, KEEP)
    const settings = levySettingsOf(ctx.core, ledger.id)
    if (input.columns) saveLevySettings(ctx.core, ledger.id, { ...settings, columns: { ...settings.columns, ...input.columns } })
    if ('missing' in prep) {
      throw new AppError('VALIDATION', `返拨明细缺少列：${prep.missing.join('、')}（或在“列对应”中指定文件里的列名）`, { fields: { 第1行: `缺少列：${prep.missing.join('、')}` } })
    }
    const columns = { ...settings.columns, ...input.columns }
    const col = (c: LevyReturnColumn) => columns[c] || c
    const before = ctx.core.db
      .select()
      .from(levyImports)
      .where(and(eq(levyImports.ledgerId, ledger.id), eq(levyImports.fileHash, prep.hash)))
      .get()
    if (before) {
      throw new AppError(
        'CONFLICT',
        `该返拨明细已于 ${before.createdAt.slice(0, 10)} 导入（${before.fileName}，${periodStr(before.period)}，${formatFen(before.amount)} 元），不能重复导入`,
      )
    }
    if (prep.rows.every((r) => r.get(col('工资总额')) === null && r.get('计征依据') === null)) {
      throw new AppError('VALIDATION', '返拨明细缺少列：工资总额（或 计征依据）', { fields: { 第1行: '缺少列：工资总额' } })
    }
    const problems = new RowProblems()
    const parsed = parseRows(prep.rows, col, problems)
    const total = parsed.reduce((s, r) => s + r.returned, 0)
    const match = matcher(ctx, ledger.id)
    const matched = parsed.map((p) => {
      const enterpriseId = match(p)
      if (enterpriseId === null) return { p, enterpriseId, fields: null }
      const fields = matchedFields(ctx.core, ledger.id, settings, enterpriseId, p)
      if (typeof fields === 'string') problems.add(p.rowNumber, fields)
      const again = ctx.core.sqlite
        .prepare('SELECT i.file_name AS file FROM levy_entries e JOIN levy_imports i ON i.id = e.import_id WHERE e.enterprise_id = ? AND e.period = ? AND e.channel = ? LIMIT 1')
        .get(enterpriseId, p.period, p.channel) as { file: string } | undefined
      if (again) problems.add(p.rowNumber, `该企业 ${periodStr(p.period)} 的${LEVY_CHANNEL_LABELS[p.channel]}已在“${again.file}”中导入，疑为重复导入`)
      return { p, enterpriseId, fields: typeof fields === 'string' ? null : fields }
    })
    problems.throwIfAny('台账行')
    if (total !== input.amount) {
      const diff = formatFen(Math.abs(total - input.amount))
      throw new AppError('VALIDATION', `返拨金额合计 ${formatFen(total)} 元与到账金额 ${formatFen(input.amount)} 元不符，相差 ${diff} 元，未导入`, {
        fields: { amount: `文件合计 ${formatFen(total)} 元，相差 ${diff} 元` },
      })
    }
    const entryDate = input.entryDate ?? ctx.core.now().toISOString().slice(0, 10)
    const importId = ctx.core.db
      .insert(levyImports)
      .values({
        ledgerId: ledger.id,
        period: periodInt(input.period),
        fileName: input.fileName,
        fileHash: prep.hash,
        amount: input.amount,
        entryDate,
        createdBy: ctx.user!.id,
        createdAt: ctx.core.now().toISOString(),
      })
      .returning({ id: levyImports.id })
      .get().id
    const unmatched: { entryId: number; rowNumber: number; name: string; uscc: string | null }[] = []
    for (const { p, enterpriseId, fields } of matched) {
      const id = ctx.core.db
        .insert(levyEntries)
        .values({
          ledgerId: ledger.id,
          importId,
          rowNumber: p.rowNumber,
          enterpriseId,
          fileName: p.name,
          fileUscc: p.uscc,
          period: p.period,
          channel: p.channel,
          payroll: p.payroll,
          due: Math.floor((p.payroll * settings.rateBp + 5000) / 10000),
          paid: p.paid,
          returned: p.returned,
          entryDate,
          prep: false,
          ...fields,
        })
        .returning({ id: levyEntries.id })
        .get().id
      if (enterpriseId === null) unmatched.push({ entryId: id, rowNumber: p.rowNumber, name: p.name, uscc: p.uscc })
    }
    const vouchers = input.vouchers && !unmatched.length ? generateFor(ctx, ledger.id, [importId]) : []
    ctx.audit.targets = [`ledger:${ledger.id}`, `levy_import:${importId}`]
    ctx.audit.summary = `导入返拨明细 ${input.fileName}（${input.period}，${parsed.length} 行，${formatFen(total)} 元），未匹配 ${unmatched.length} 行${vouchers.length ? `，生成凭证 ${vouchers.map((v) => `${v.ledgerCode} ${v.label}`).join('、')}` : ''}`
    return { importId, rows: parsed.length, matched: parsed.length - unmatched.length, unmatched, vouchers }
  },
)
