import { eq } from 'drizzle-orm'
import { budgetAdjustmentLines, budgetAdjustments, budgets } from '../../../drizzle/schema'
import { APPROVING_BODY_LABELS } from '../../shared/budget-terms'
import type { BudgetLineRow } from '../../shared/contract/budget'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { HandlerMap } from '../api/types'
import { DUPLICATE_LINE, balanceOf, budgetFor, checkLine, linesOf, sameLine } from './budgets'
import { insertLine, touch } from './drafts'

function notBefore(later: string | null, earlier: string, field: string, message: string): void {
  if (later !== null && later < earlier) throw new AppError('VALIDATION', message, { fields: { [field]: message } })
}

/**
 * Approval freezes the lines: from then on only 预算调整 change them. Both are records of decisions
 * taken by the union's bodies; the core checks the dates follow each other and the budget balances.
 */
export const approvalHandlers: HandlerMap<'budget.approve' | 'budget.adjust'> = {
  'budget.approve': (ctx, input) => {
    const { budget, ledger } = budgetFor(ctx, input.id, 'record')
    if (budget.status !== 'draft') throw new AppError('CONFLICT', `${budget.year}年预算已于 ${budget.approvedOn} 批准`)
    const lines = linesOf(ctx.core, budget.id, ledger.id)
    if (!lines.length) throw new AppError('VALIDATION', '预算还没有任何项目，不能登记批准')
    notBefore(input.approvedOn, input.reviewedOn, 'approvedOn', '批准日期不能早于经审会审查日期')
    notBefore(input.filedOn, input.approvedOn, 'filedOn', '报街镇备案日期不能早于批准日期')
    const balance = balanceOf(lines, budget.priorSurplus)
    if (!balance.ok) throw new AppError('VALIDATION', `不能批准：${balance.message}`)
    ctx.core.db
      .update(budgets)
      .set({ status: 'approved', reviewedOn: input.reviewedOn, approvedBody: input.approvedBody, approvedOn: input.approvedOn, filedOn: input.filedOn })
      .where(eq(budgets.id, budget.id))
      .run()
    touch(ctx.core, budget.id)
    ctx.audit.targets = [`ledger:${ledger.id}`, `budget:${budget.id}`]
    ctx.audit.summary = `登记 ${ledger.code} ${budget.year}年预算批准：${APPROVING_BODY_LABELS[input.approvedBody]} ${input.approvedOn} 批准；${balance.message}`
    return { ok: true }
  },

  'budget.adjust': (ctx, input) => {
    const { budget, ledger } = budgetFor(ctx, input.budgetId, 'record')
    if (budget.status !== 'approved') throw new AppError('CONFLICT', '预算尚未批准：编制中的预算请直接修改预算项目')
    notBefore(input.date, budget.approvedOn!, 'date', `调整日期不能早于预算批准日期 ${budget.approvedOn}`)
    type Line = Pick<BudgetLineRow, 'id' | 'accountCode' | 'accountName' | 'category' | 'budget'>
    const existing = new Map<number, Line>(linesOf(ctx.core, budget.id, ledger.id).map((l) => [l.id, l]))
    const seen = new Set<number>()
    const changes = input.lines.map((change, i) => {
      const row = `第 ${i + 1} 行`
      let lineId = change.budgetLineId
      if (change.add) {
        const { notes, ...key } = change.add
        checkLine(ctx.core, ledger.id, key)
        if (sameLine(ctx.core, budget.id, key)) throw new AppError('CONFLICT', `${row}：${DUPLICATE_LINE}`)
        // A new line starts from a 年初预算数 of 0; the adjustment gives it its amount.
        lineId = insertLine(ctx.core, budget.id, { ...key, original: 0, notes: notes ?? null })
        const account = ctx.core.sqlite.prepare('SELECT code, name, category FROM accounts WHERE id = ?').get(key.accountId) as {
          code: string
          name: string
          category: 'income' | 'expense'
        }
        existing.set(lineId, { id: lineId, accountCode: account.code, accountName: account.name, category: account.category, budget: 0 })
      }
      const line = existing.get(lineId!)
      if (!line) throw new AppError('NOT_FOUND', `${row}：预算项目不存在或不属于该预算`)
      if (seen.has(line.id)) throw new AppError('VALIDATION', `${row}：同一预算项目在一次调整中只能出现一次`)
      seen.add(line.id)
      line.budget += change.amount
      if (line.budget < 0) throw new AppError('VALIDATION', `${row}：${line.accountCode} ${line.accountName} 调整后预算数为 ${formatFen(line.budget)} 元，不能为负数`)
      return { lineId: line.id, amount: change.amount }
    })
    const balance = balanceOf([...existing.values()], budget.priorSurplus)
    if (!balance.ok) throw new AppError('VALIDATION', `调整后${balance.message}`)
    const { id } = ctx.core.db
      .insert(budgetAdjustments)
      .values({
        budgetId: budget.id,
        date: input.date,
        reason: input.reason,
        approvedBody: input.approvedBody,
        approvedOn: input.approvedOn,
        reviewedOn: input.reviewedOn,
        createdBy: ctx.user!.id,
        createdAt: ctx.core.now().toISOString(),
      })
      .returning({ id: budgetAdjustments.id })
      .get()
    for (const c of changes) ctx.core.db.insert(budgetAdjustmentLines).values({ adjustmentId: id, budgetLineId: c.lineId, amount: c.amount }).run()
    touch(ctx.core, budget.id)
    const net = changes.reduce((n, c) => n + c.amount, 0)
    ctx.audit.targets = [`ledger:${ledger.id}`, `budget:${budget.id}`]
    ctx.audit.summary = `登记 ${ledger.code} ${budget.year}年预算调整（${input.date}，${input.reason}）：${changes.length} 个项目，净额 ${formatFen(net)} 元`
    return { id }
  },
}
