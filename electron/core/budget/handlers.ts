// budget/: each 账套's annual budget — drafts and lines, approval and 预算调整, import and the 预算执行表, the
// budget-line status claims read (usage.ts) and the over-budget setting. Access by role and scope in access.ts.
// The 街镇's 经费保障 plan for its 小二级 lives in funding/.
import type { MethodName } from '../../shared/contract'
import { OVER_BUDGET_MODE_LABELS } from '../../shared/budget-terms'
import { AppError } from '../../shared/errors'
import type { HandlerMap } from '../api/types'
import { ledgers } from '../../../drizzle/schema'
import { toRow } from '../ledger/ledgers'
import { budgetLedger, canRead } from './access'
import { approvalHandlers } from './approval'
import { draftHandlers } from './drafts'
import { budgetExecution } from './execution'
import { exportExecution } from './export'
import { importBudget } from './import'
import { overBudgetMode, setOverBudgetMode } from './settings'
import { budgetLineStatus } from './usage'

type BudgetMethod = Extract<MethodName, `budget.${string}`>

export const budgetHandlers: HandlerMap<BudgetMethod> = {
  ...draftHandlers,
  ...approvalHandlers,
  'budget.ledgers': (ctx) =>
    ctx.core.db
      .select()
      .from(ledgers)
      .orderBy(ledgers.code)
      .all()
      .filter((l) => canRead(ctx, l, 'read'))
      .map((l) => toRow(ctx.core, l)),
  'budget.execution': (ctx, input) => budgetExecution(ctx, input.ledgerIds, input.period),
  'budget.exportExecution': exportExecution,
  'budget.import': importBudget,

  'budget.lineStatus': (ctx, { budgetLineId, excludeClaimId }) => {
    const line = ctx.core.sqlite.prepare('SELECT b.ledger_id AS ledgerId FROM budget_lines bl JOIN budgets b ON b.id = bl.budget_id WHERE bl.id = ?').get(budgetLineId) as
      { ledgerId: number } | undefined
    if (!line) throw new AppError('NOT_FOUND', '预算项目不存在或已删除')
    budgetLedger(ctx, line.ledgerId, 'lines')
    return budgetLineStatus(ctx.core, budgetLineId, { excludeClaimId })
  },

  'budget.settings': (ctx) => ({ overBudgetMode: overBudgetMode(ctx.core) }),

  'budget.saveSettings': (ctx, { overBudgetMode: mode }) => {
    setOverBudgetMode(ctx.core, mode)
    ctx.audit.targets = ['budget:settings']
    ctx.audit.summary = `预算控制设置：${OVER_BUDGET_MODE_LABELS[mode]}`
    return { ok: true }
  },
}
