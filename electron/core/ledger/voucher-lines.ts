import { and, eq, inArray } from 'drizzle-orm'
import { projects } from '../../../drizzle/schema'
import type { MethodParsedInput } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import { chartOf } from './accounts'

export type LineInput = MethodParsedInput<'vouchers.create'>['lines'][number]

/** One broken rule: the line (index in the voucher) and the input field at fault, when it is about one. */
export interface LineProblem {
  index?: number
  field?: 'accountId' | 'fundNature' | 'spendType' | 'projectId'
  message: string
}

/**
 * Every rule a voucher's lines must keep, checked together so the accountant sees all problems at
 * once: leaf and enabled accounts of this 账套, 资金性质 on income and expenditure, 基本/项目支出 with
 * its project on expenditure, and debits equal to credits. Returns the lines with the dimensions that
 * do not apply cleared, and the problems with their line and field (the entry screen marks the cell,
 * an import names the Excel row and column).
 */
export function lineProblems(core: Core, ledgerId: number, lines: LineInput[]): { cleaned: LineInput[]; problems: LineProblem[] } {
  const chart = new Map(chartOf(core, ledgerId).map((a) => [a.id, a]))
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
  const problems: LineProblem[] = []
  const cleaned = lines.map((line, index) => {
    const problem = (field: LineProblem['field'], message: string) => problems.push({ index, field, message })
    const account = chart.get(line.accountId)
    if (!account) {
      problem('accountId', '科目不属于本账套')
      return line
    }
    const name = `${account.code} ${account.fullName}`
    if (!account.enabled) problem('accountId', `科目 ${name} 已停用`)
    if (!account.isLeaf) problem('accountId', `科目 ${name} 有下级科目，请选择明细科目`)
    if (account.needsFundNature && !line.fundNature) problem('fundNature', '收入、支出科目须选择资金性质（专项/非专项）')
    if (account.needsSpendType && !line.spendType) problem('spendType', '支出科目须选择基本支出或项目支出')
    const spendType = account.needsSpendType ? line.spendType : null
    if (spendType === 'project' && !line.projectId) problem('projectId', '项目支出须选择项目')
    if (line.projectId !== null) {
      const enabled = knownProjects.get(line.projectId)
      if (enabled === undefined) problem('projectId', '项目不属于本账套')
      else if (!enabled) problem('projectId', '项目已停用')
    }
    return { ...line, fundNature: account.needsFundNature ? line.fundNature : null, spendType }
  })
  const debit = lines.reduce((s, l) => s + l.debit, 0)
  const credit = lines.reduce((s, l) => s + l.credit, 0)
  if (debit !== credit) {
    problems.push({ message: `借贷不平衡：借方合计 ${formatFen(debit)}，贷方合计 ${formatFen(credit)}，差额 ${formatFen(debit - credit)}` })
  }
  return { cleaned, problems }
}

/**
 * lineProblems() for a save: any problem refuses it, each carried in `fields` as lines.<index>.<field>;
 * `rowLabel` names a line in the message (another 账套's side of a transfer says whose line it is).
 */
export function checkLines(core: Core, ledgerId: number, lines: LineInput[], rowLabel: (index: number) => string = (i) => `第 ${i + 1} 行`): LineInput[] {
  const { cleaned, problems } = lineProblems(core, ledgerId, lines)
  if (!problems.length) return cleaned
  const fields: Record<string, string> = {}
  for (const p of problems) {
    if (p.index === undefined) continue
    const path = `lines.${p.index}.${p.field}`
    fields[path] = fields[path] ? `${fields[path]}；${p.message}` : p.message
  }
  const text = problems.map((p) => (p.index === undefined ? p.message : `${rowLabel(p.index)}：${p.message}`))
  throw new AppError('VALIDATION', text.join('；'), { fields })
}
