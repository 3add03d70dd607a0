import { and, eq, inArray } from 'drizzle-orm'
import { claimLines, projects } from '../../../drizzle/schema'
import type { MethodParsedInput } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { FundNature, SpendType } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { chartOf } from '../ledger/accounts'
import type { ClaimRecord } from './access'
import { budgetLineFacts } from './options'

export type ClaimLineInput = MethodParsedInput<'claims.save'>['lines'][number]

export interface StoredLine {
  lineNo: number
  accountId: number
  accountCode: string
  accountName: string
  summary: string
  amount: number
  invoiceCode: string | null
  invoiceNo: string | null
  invoiceDate: string | null
  beneficiaries: number | null
  beneficiaryList: string[] | null
  participants: number | null
  budgetLineId: number | null
  eventType: string | null
  form: string | null
  fundNature: FundNature
  spendType: SpendType | null
  projectId: number | null
}

/** A claim's year is the one in its number (BX2026-0001): budgets and per-year caps follow it. */
export const claimYear = (claim: Pick<ClaimRecord, 'number'>) => Number(claim.number.slice(2, 6))

export function loadLines(core: Core, claimId: number): StoredLine[] {
  const rows = core.sqlite
    .prepare(
      `SELECT cl.line_no AS lineNo, cl.account_id AS accountId, a.code AS accountCode, a.name AS accountName, cl.summary, cl.amount,
              cl.invoice_code AS invoiceCode, cl.invoice_no AS invoiceNo, cl.invoice_date AS invoiceDate, cl.beneficiaries, cl.beneficiary_list AS beneficiaryList, cl.participants,
              cl.budget_line_id AS budgetLineId, cl.event_type AS eventType, cl.form, cl.fund_nature AS fundNature,
              cl.spend_type AS spendType, cl.project_id AS projectId
       FROM claim_lines cl JOIN accounts a ON a.id = cl.account_id WHERE cl.claim_id = ? ORDER BY cl.line_no`,
    )
    .all(claimId) as (Omit<StoredLine, 'beneficiaryList'> & { beneficiaryList: string | null })[]
  return rows.map((r) => ({ ...r, beneficiaryList: r.beneficiaryList ? (JSON.parse(r.beneficiaryList) as string[]) : null }))
}

/**
 * Every rule a claim's lines keep, reported together: a leaf, enabled expenditure account of the
 * claim's 账套; a budget line of that 账套 and year covering the account (its 资金性质, 基本/项目支出 and
 * project are taken over); a project for 项目支出; no name twice in a beneficiary list.
 */
export function checkClaimLines(core: Core, ledgerId: number, year: number, lines: ClaimLineInput[]): (ClaimLineInput & { fundNature: FundNature })[] {
  const chart = new Map(chartOf(core, ledgerId, { postings: false }).map((a) => [a.id, a]))
  const projectIds = lines.map((l) => l.projectId).filter((p): p is number => p !== null)
  const ownProjects = new Set(
    projectIds.length
      ? core.db
          .select({ id: projects.id })
          .from(projects)
          .where(and(eq(projects.ledgerId, ledgerId), inArray(projects.id, projectIds)))
          .all()
          .map((p) => p.id)
      : [],
  )
  const problems: string[] = []
  const checked = lines.map((line, i) => {
    const at = `第 ${i + 1} 行`
    const account = chart.get(line.accountId)
    if (!account || account.category !== 'expense') {
      problems.push(`${at}：请选择本账套的支出科目`)
      return { ...line, fundNature: line.fundNature ?? 'general' }
    }
    if (!account.enabled || !account.isLeaf) problems.push(`${at}：科目 ${account.code} ${account.fullName} ${account.enabled ? '有下级科目，请选择明细科目' : '已停用'}`)
    let { fundNature, spendType, projectId } = line
    if (line.budgetLineId !== null) {
      const budget = budgetLineFacts(core, line.budgetLineId)
      if (budget.ledgerId !== ledgerId || budget.year !== year) problems.push(`${at}：预算项目不属于本账套 ${year} 年度预算`)
      else if (!account.code.startsWith(budget.accountCode)) problems.push(`${at}：科目 ${account.code} 不在预算项目“${budget.label}”的科目之下`)
      ;({ fundNature, spendType, projectId } = budget)
    }
    spendType = account.needsSpendType ? (spendType ?? 'basic') : null
    if (spendType === 'project' && projectId === null) problems.push(`${at}：项目支出须选择项目`)
    if (projectId !== null && line.budgetLineId === null && !ownProjects.has(projectId)) problems.push(`${at}：项目不属于本账套`)
    const names = line.beneficiaryList
    const twice = names?.filter((n, j) => names.indexOf(n) !== j) ?? []
    if (twice.length) problems.push(`${at}：受益人名单中重复：${[...new Set(twice)].join('、')}`)
    return {
      ...line,
      beneficiaries: names?.length ? names.length : line.beneficiaries,
      beneficiaryList: names?.length ? names : null,
      fundNature: fundNature ?? 'general',
      spendType,
      projectId: spendType === 'project' || line.budgetLineId !== null ? projectId : null,
    }
  })
  if (problems.length) throw new AppError('VALIDATION', problems.join('；'))
  return checked
}

export function replaceLines(core: Core, claimId: number, lines: ReturnType<typeof checkClaimLines>): void {
  core.db.delete(claimLines).where(eq(claimLines.claimId, claimId)).run()
  lines.forEach((line, i) =>
    core.db
      .insert(claimLines)
      .values({ ...line, claimId, lineNo: i + 1 })
      .run(),
  )
}
