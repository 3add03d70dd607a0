import { and, eq, inArray } from 'drizzle-orm'
import { projects } from '../../../drizzle/schema'
import type { MethodParsedInput } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { MAX_LINE_FEN, MAX_VOUCHER_FEN, formatFen } from '../../shared/money'
import type { Core } from '../app'
import type { AccountRow } from '../../shared/contract/ledgers'
import { chartOf } from './accounts'

export type LineInput = MethodParsedInput<'vouchers.create'>['lines'][number]
/** The line input a rule is about (the entry grid's cell, the import's column). */
export type LineField = 'accountId' | 'fundNature' | 'spendType' | 'projectId'

/** The 账套's chart by id, without the has-postings scan (an import reads it once for all its vouchers). */
export const chartById = (core: Core, ledgerId: number) => new Map(chartOf(core, ledgerId, { postings: false }).map((a) => [a.id, a]))

/**
 * Every rule a voucher's lines must keep, checked together so the accountant sees all problems at
 * once: leaf and enabled accounts of this 账套, 资金性质 on income and expenditure, 基本/项目支出 with
 * its project on expenditure, amounts within the caps (money.ts), and debits equal to credits. Returns
 * the lines with the dimensions that do not apply cleared. A 常用凭证 (`template`) is checked the same
 * way, except that it may leave amounts blank; it must balance once any amount is given.
 */
export function checkLines(
  core: Core,
  ledgerId: number,
  lines: LineInput[],
  rowLabel: (index: number) => string = (i) => `第 ${i + 1} 行`,
  { template = false, chart = chartById(core, ledgerId) }: { template?: boolean; chart?: Map<number, AccountRow> } = {},
): LineInput[] {
  const projectIds = [...new Set(lines.map((l) => l.projectId).filter((p): p is number => p !== null))]
  const knownProjects = new Map(
    projectIds.length
      ? core.db
          .select({ id: projects.id, enabled: projects.enabled })
          .from(projects)
          .where(and(eq(projects.ledgerId, ledgerId), inArray(projects.id, projectIds)))
          .all()
          .map((p) => [p.id, p.enabled])
      : [],
  )
  const problems: string[] = []
  // lines.<i>.<field> → message: the entry grid marks the cell, an import names the Excel column (data, not text).
  const fields: Record<string, string> = {}
  const cleaned = lines.map((line, i) => {
    const at = rowLabel(i)
    const fault = (field: LineField, message: string) => {
      problems.push(`${at}：${message}`)
      fields[`lines.${i}.${field}`] ??= message
    }
    const account = chart.get(line.accountId)
    if (!account) {
      fault('accountId', '科目不属于本账套')
      return line
    }
    const name = `${account.code} ${account.fullName}`
    if (Math.abs(line.debit) > MAX_LINE_FEN || Math.abs(line.credit) > MAX_LINE_FEN) problems.push(`${at}：单行金额不能超过 ${formatFen(MAX_LINE_FEN)} 元`)
    if (template && line.debit !== 0 && line.credit !== 0) problems.push(`${at}：每行只能填写借方或贷方金额之一`)
    if (!account.enabled) fault('accountId', `科目 ${name} 已停用`)
    if (!account.isLeaf) fault('accountId', `科目 ${name} 有下级科目，请选择明细科目`)
    if (account.needsFundNature && !line.fundNature) fault('fundNature', '收入、支出科目须选择资金性质（专项/非专项）')
    if (account.needsSpendType && !line.spendType) fault('spendType', '支出科目须选择基本支出或项目支出')
    const spendType = account.needsSpendType ? line.spendType : null
    if (spendType === 'project' && !line.projectId) fault('projectId', '项目支出须选择项目')
    if (line.projectId !== null) {
      const enabled = knownProjects.get(line.projectId)
      if (enabled === undefined) fault('projectId', '项目不属于本账套')
      else if (!enabled) fault('projectId', '项目已停用')
    }
    return { ...line, fundNature: account.needsFundNature ? line.fundNature : null, spendType }
  })
  const debit = lines.reduce((s, l) => s + l.debit, 0)
  const credit = lines.reduce((s, l) => s + l.credit, 0)
  if (Math.abs(debit) > MAX_VOUCHER_FEN || Math.abs(credit) > MAX_VOUCHER_FEN) {
    problems.push(`一张凭证的借方或贷方合计不能超过 ${formatFen(MAX_VOUCHER_FEN)} 元（请分成几张凭证）`)
  }
  const blankTemplate = template && lines.every((l) => l.debit === 0 && l.credit === 0)
  if (debit !== credit && !blankTemplate) {
    problems.push(`借贷不平衡：借方合计 ${formatFen(debit)}，贷方合计 ${formatFen(credit)}，差额 ${formatFen(debit - credit)}`)
  }
  if (problems.length) throw new AppError('VALIDATION', problems.join('；'), Object.keys(fields).length ? { fields } : {})
  return cleaned
}
