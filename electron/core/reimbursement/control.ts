import { CLAIM_STATUSES_IN_FLIGHT } from '../../shared/budget-terms'
import type { BudgetCheckRow, RuleFinding } from '../../shared/contract/claims'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import { overBudgetMode } from '../budget/settings'
import { budgetLineStatus } from '../budget/usage'
import { NOT_CLOSING } from '../reports/figures'
import { checkRules, type HistoryLine, type RuleContext } from '../rules/engine'
import { ensureExampleRules, listRules } from '../rules/store'
import { todayOf } from '../system/time'
import type { ClaimRecord } from './access'
import { budgetLineFacts } from './options'
import { claimYear, type StoredLine } from './lines'

const yuan = (fen: number) => `¥${formatFen(fen)}`

/** Budget control per budget line the claim draws on: 调整后预算, 已用, 在途 (other claims), 本单, 剩余. */
export function budgetRows(core: Core, claim: ClaimRecord, lines: StoredLine[]): BudgetCheckRow[] {
  const mine = new Map<number, number>()
  for (const l of lines) if (l.budgetLineId !== null) mine.set(l.budgetLineId, (mine.get(l.budgetLineId) ?? 0) + l.amount)
  return [...mine].map(([budgetLineId, thisClaim]) => {
    const status = budgetLineStatus(core, budgetLineId, { excludeClaimId: claim.id })
    // A paid claim's own amount is already in `used` (its voucher is posted), so it is not counted twice.
    const counted = claim.status === 'paid' ? 0 : thisClaim
    const remaining = status.remaining - counted
    return {
      budgetLineId,
      label: budgetLineFacts(core, budgetLineId).label,
      budget: status.budget,
      used: status.used,
      pending: status.pending,
      thisClaim,
      remaining,
      over: remaining < 0,
    }
  })
}

function incomeOfYear(core: Core, ledgerId: number, year: number): number {
  const row = core.sqlite
    .prepare(
      `SELECT coalesce(sum(l.credit - l.debit), 0) AS income
       FROM voucher_lines l JOIN accounts a ON a.id = l.account_id JOIN vouchers v ON v.id = l.voucher_id
       WHERE l.ledger_id = ? AND l.posted = 1 AND l.period BETWEEN ? AND ?
         AND substr(a.code, 1, 3) IN ('401', '402', '403', '404', '405') AND ${NOT_CLOSING}`,
    )
    .get(ledgerId, year * 100 + 1, year * 100 + 12) as { income: number }
  return row.income
}

/** Lines of the union's other claims of the year that are under way or paid: per-person and share caps count them. */
function historyOf(core: Core, claim: ClaimRecord, year: number): HistoryLine[] {
  const statuses = [...CLAIM_STATUSES_IN_FLIGHT, 'paid']
  const rows = core.sqlite
    .prepare(
      `SELECT a.code AS accountCode, cl.event_type AS eventType, cl.amount, cl.beneficiary_list AS names
       FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id JOIN accounts a ON a.id = cl.account_id
       WHERE c.id <> ? AND c.ledger_id = ? AND c.union_id IS ? AND c.number LIKE ?
         AND c.status IN (${statuses.map(() => '?').join(', ')})`,
    )
    .all(claim.id, claim.ledgerId, claim.unionId, `BX${year}-%`, ...statuses) as (Omit<HistoryLine, 'names'> & { names: string | null })[]
  return rows.map((r) => ({ ...r, names: r.names ? (JSON.parse(r.names) as string[]) : null }))
}

export function ruleContext(core: Core, claim: ClaimRecord): RuleContext {
  const year = claimYear(claim)
  const survey =
    claim.unionId === null
      ? undefined
      : (core.sqlite.prepare('SELECT members FROM surveys WHERE union_id = ? AND year = ?').get(claim.unionId, year) as { members: number } | undefined)
  return { date: todayOf(core), members: survey?.members ?? null, income: incomeOfYear(core, claim.ledgerId, year), history: historyOf(core, claim, year) }
}

export function ruleFindings(core: Core, claim: ClaimRecord, lines: StoredLine[]): RuleFinding[] {
  ensureExampleRules(core)
  const ruleLines = lines.map((l) => ({
    lineNo: l.lineNo,
    accountCode: l.accountCode,
    eventType: l.eventType,
    form: l.form,
    amount: l.amount,
    beneficiaries: l.beneficiaryList?.length || l.beneficiaries,
    names: l.beneficiaryList,
    participants: l.participants,
  }))
  return checkRules(listRules(core), ruleLines, ruleContext(core, claim))
}

/**
 * Budget control and the 支出标准, enforced on submit and on approval: a 禁止 finding or an over-budget
 * line (unless the office set budget control to warn) refuses the step with the figures; what only
 * warns is returned for the claim's history.
 */
export function enforceControls(core: Core, claim: ClaimRecord, lines: StoredLine[]): string | null {
  const over = budgetRows(core, claim, lines).filter((r) => r.over)
  const overText = over.map(
    (r) => `预算项目“${r.label}”超预算：调整后预算 ${yuan(r.budget)}，已用 ${yuan(r.used)}，在途 ${yuan(r.pending)}，本单 ${yuan(r.thisClaim)}，超出 ${yuan(-r.remaining)}`,
  )
  const findings = ruleFindings(core, claim, lines)
  const blocked = findings.filter((f) => f.severity === 'block').map((f) => f.message)
  const budgetBlocks = over.length > 0 && overBudgetMode(core) === 'block'
  if (blocked.length || budgetBlocks) {
    throw new AppError('CONFLICT', [...(budgetBlocks ? overText : []), ...blocked].join('；'))
  }
  const warnings = [...overText.map((t) => `警告：${t}`), ...findings.map((f) => `警告：${f.message}`)]
  return warnings.length ? warnings.join('；') : null
}
