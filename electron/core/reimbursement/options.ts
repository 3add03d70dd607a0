import { CLAIM_ROLES } from '../../shared/claim-access'
import type { MethodResult } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import { FUND_NATURES, SPEND_TYPE_LABELS, isStabilisationFund, type FundNature, type SpendType } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { budgetLineStatus } from '../budget/usage'
import { chartOf } from '../ledger/accounts'
import { getSetting, setSetting } from '../system/settings'
import { claimLedgers } from './access'
import { streetAbove } from './pooled'

const THRESHOLD_KEY = 'claims.collectiveThreshold'
/** ¥5,000: above it the approver records a 集体决策 (the office may change it). */
const DEFAULT_THRESHOLD = 500_000

export function collectiveThreshold(core: Core): number {
  let stored = NaN
  try {
    stored = Number(JSON.parse(getSetting(core.db, THRESHOLD_KEY) ?? 'null'))
  } catch {
    // A hand-edited, unreadable value: the default applies until the setting is saved again.
  }
  return Number.isSafeInteger(stored) && stored > 0 ? stored : DEFAULT_THRESHOLD
}

export interface BudgetLineFacts {
  id: number
  ledgerId: number
  year: number
  accountId: number
  accountCode: string
  label: string
  fundNature: FundNature
  spendType: SpendType | null
  projectId: number | null
}

const LINE_SQL = `SELECT bl.id, b.ledger_id AS ledgerId, b.year, bl.account_id AS accountId, a.code AS accountCode, a.name AS accountName,
         bl.fund_nature AS fundNature, bl.spend_type AS spendType, bl.project_id AS projectId, p.name AS projectName
  FROM budget_lines bl JOIN budgets b ON b.id = bl.budget_id JOIN accounts a ON a.id = bl.account_id
  LEFT JOIN projects p ON p.id = bl.project_id`

type LineRow = Omit<BudgetLineFacts, 'label'> & { accountName: string; projectName: string | null }

const withLabel = ({ accountName, projectName, ...r }: LineRow): BudgetLineFacts => ({
  ...r,
  fundNature: (FUND_NATURES as readonly string[]).includes(r.fundNature) ? r.fundNature : 'general',
  label: `${r.year}年 ${r.accountCode} ${accountName}${r.spendType ? `（${SPEND_TYPE_LABELS[r.spendType]}）` : ''}${projectName ? ` ${projectName}` : ''}`,
})

/**
 * The expenditure lines of a 账套's budget for a year, read here until the budget section's contract
 * offers them (a claim only draws on expenditure lines).
 */
export function expenditureBudgetLines(core: Core, ledgerId: number, year: number): BudgetLineFacts[] {
  return (core.sqlite.prepare(`${LINE_SQL} WHERE b.ledger_id = ? AND b.year = ? AND a.category = 'expense' ORDER BY a.code, bl.id`).all(ledgerId, year) as LineRow[]).map(withLabel)
}

export function budgetLineFacts(core: Core, id: number): BudgetLineFacts {
  const row = core.sqlite.prepare(`${LINE_SQL} WHERE bl.id = ?`).get(id) as LineRow | undefined
  if (!row) throw new AppError('NOT_FOUND', `预算项目（编号 ${id}）不存在`)
  return withLabel(row)
}

type Options = MethodResult<'claims.options'>

export const claimOptionHandlers: HandlerMap<'claims.scope' | 'claims.options' | 'claims.settings' | 'claims.saveSettings'> = {
  'claims.scope': (ctx) => claimLedgers(ctx).map(({ ledger, unions }) => ({ id: ledger.id, code: ledger.code, name: ledger.name, unionId: ledger.unionId, unions })),

  'claims.options': (ctx, input): Options => {
    if (!claimLedgers(ctx, CLAIM_ROLES).some((l) => l.ledger.id === input.ledgerId)) {
      throw new AppError('FORBIDDEN', '您不能在该账套中报账')
    }
    const leaves = (ledgerId: number) => chartOf(ctx.core, ledgerId, { postings: false }).filter((a) => a.enabled && a.isLeaf)
    const chart = leaves(input.ledgerId)
    const pick = (test: (code: string, category: string) => boolean, from = chart) =>
      from.filter((a) => test(a.code, a.category)).map((a) => ({ id: a.id, code: a.code, name: a.fullName, mnemonic: a.mnemonic }))
    const street = streetAbove(ctx.core, input.ledgerId)
    return {
      accounts: pick((code, category) => category === 'expense' && !isStabilisationFund(code)),
      budgetLines: expenditureBudgetLines(ctx.core, input.ledgerId, input.year).map((l) => ({
        ...l,
        remaining: budgetLineStatus(ctx.core, l.id).remaining,
      })),
      payAccounts: { own_account: pick((code) => code.startsWith('102')), pooled: pick((code) => code.startsWith('135')) },
      streetBankAccounts: street ? pick((code) => code.startsWith('102'), leaves(street)) : [],
      collectiveThreshold: collectiveThreshold(ctx.core),
    }
  },

  'claims.settings': (ctx) => ({ collectiveThreshold: collectiveThreshold(ctx.core) }),

  'claims.saveSettings': (ctx, input) => {
    setSetting(ctx.core.db, THRESHOLD_KEY, JSON.stringify(input.collectiveThreshold))
    ctx.audit.targets = ['claims:settings']
    ctx.audit.summary = `集体决策金额改为 ¥${formatFen(input.collectiveThreshold)}`
    return { ok: true }
  },
}
