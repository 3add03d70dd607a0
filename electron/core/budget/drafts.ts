import { eq, inArray } from 'drizzle-orm'
import { budgetLines, budgets } from '../../../drizzle/schema'
import { BUDGET_SOURCE_LABELS } from '../../shared/budget-terms'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import { budgetLedger } from './access'
import { DUPLICATE_LINE, assertDraft, assertUnclaimed, balanceOf, budgetFor, budgetOf, checkLine, linesOf, sameLine, viewOf } from './budgets'
import { startingLines, type NewLine } from './sources'

export function insertLine(core: Core, budgetId: number, line: NewLine): number {
  return core.db
    .insert(budgetLines)
    .values({ budgetId, ...line, notes: line.notes || null })
    .returning({ id: budgetLines.id })
    .get().id
}

/** A new draft budget (the caller has checked the 会计's right to the 账套). */
export function createDraft(ctx: HandlerContext, ledgerId: number, year: number, fields: { priorSurplus?: number; notes?: string | null } = {}): number {
  if (budgetOf(ctx.core, ledgerId, year)) throw new AppError('CONFLICT', `${year}年预算已存在，请直接修改`, { fields: { year: '该年度预算已存在' } })
  const now = ctx.core.now().toISOString()
  return ctx.core.db
    .insert(budgets)
    .values({ ledgerId, year, status: 'draft', priorSurplus: fields.priorSurplus ?? 0, notes: fields.notes || null, createdBy: ctx.user!.id, createdAt: now, updatedAt: now })
    .returning({ id: budgets.id })
    .get().id
}

export function touch(core: Core, budgetId: number): void {
  core.db.update(budgets).set({ updatedAt: core.now().toISOString() }).where(eq(budgets.id, budgetId)).run()
}

function note(ctx: HandlerContext, ledgerId: number, budgetId: number, summary: string): void {
  ctx.audit.targets = [`ledger:${ledgerId}`, `budget:${budgetId}`]
  ctx.audit.summary = summary
}

type DraftMethods = 'budget.list' | 'budget.get' | 'budget.create' | 'budget.update' | 'budget.delete' | 'budget.saveLine' | 'budget.deleteLine' | 'budget.lines'

export const draftHandlers: HandlerMap<DraftMethods> = {
  'budget.list': (ctx, { ledgerId }) => {
    budgetLedger(ctx, ledgerId, 'read')
    const rows = ctx.core.db.select().from(budgets).where(eq(budgets.ledgerId, ledgerId)).orderBy(budgets.year).all()
    return rows.map((b) => {
      const { income, expenditure } = balanceOf(linesOf(ctx.core, b.id, ledgerId), b.priorSurplus)
      return { id: b.id, year: b.year, status: b.status as 'draft' | 'approved', income, expenditure }
    })
  },

  'budget.get': (ctx, { ledgerId, year }) => {
    budgetLedger(ctx, ledgerId, 'read')
    const budget = budgetOf(ctx.core, ledgerId, year)
    return budget ? viewOf(ctx.core, budget) : null
  },

  'budget.create': (ctx, input) => {
    const ledger = budgetLedger(ctx, input.ledgerId, 'keep')
    const lines = startingLines(ctx.core, ledger.id, input.year, input.source)
    const id = createDraft(ctx, ledger.id, input.year, input)
    for (const line of lines) insertLine(ctx.core, id, line)
    note(ctx, ledger.id, id, `新建 ${ledger.code} ${input.year}年预算（${BUDGET_SOURCE_LABELS[input.source]}，${lines.length} 个项目）`)
    return { id, lines: lines.length }
  },

  'budget.update': (ctx, input) => {
    const { budget, ledger } = budgetFor(ctx, input.id, 'keep')
    assertDraft(budget)
    ctx.core.db
      .update(budgets)
      .set({ priorSurplus: input.priorSurplus, notes: input.notes || null, updatedAt: ctx.core.now().toISOString() })
      .where(eq(budgets.id, budget.id))
      .run()
    note(ctx, ledger.id, budget.id, `修改 ${ledger.code} ${budget.year}年预算：可动用上年结余 ${formatFen(input.priorSurplus)} 元`)
    return { ok: true }
  },

  'budget.delete': (ctx, { id }) => {
    const { budget, ledger } = budgetFor(ctx, id, 'keep')
    assertDraft(budget)
    const lineIds = linesOf(ctx.core, id, ledger.id).map((l) => l.id)
    assertUnclaimed(ctx.core, lineIds)
    if (lineIds.length) ctx.core.db.delete(budgetLines).where(inArray(budgetLines.id, lineIds)).run()
    ctx.core.db.delete(budgets).where(eq(budgets.id, id)).run()
    note(ctx, ledger.id, id, `删除 ${ledger.code} ${budget.year}年预算（编制中）`)
    return { ok: true }
  },

  'budget.saveLine': (ctx, { budgetId, id, original, notes, ...key }) => {
    const { budget, ledger } = budgetFor(ctx, budgetId, 'keep')
    assertDraft(budget)
    checkLine(ctx.core, ledger.id, key)
    if (sameLine(ctx.core, budgetId, key, id)) throw new AppError('CONFLICT', DUPLICATE_LINE)
    let lineId = id
    if (lineId === undefined) lineId = insertLine(ctx.core, budgetId, { ...key, original, notes: notes ?? null })
    else {
      const changed = ctx.core.db
        .update(budgetLines)
        .set({ ...key, original, notes: notes || null })
        .where(eq(budgetLines.id, lineId))
        .returning({ budgetId: budgetLines.budgetId })
        .get()
      if (changed?.budgetId !== budgetId) throw new AppError('NOT_FOUND', '预算项目不存在或不属于该预算')
    }
    touch(ctx.core, budgetId)
    note(ctx, ledger.id, budgetId, `保存 ${budget.year}年预算项目 #${lineId}：年初预算数 ${formatFen(original)} 元`)
    return { id: lineId }
  },

  'budget.deleteLine': (ctx, { id }) => {
    const line = ctx.core.db.select().from(budgetLines).where(eq(budgetLines.id, id)).get()
    if (!line) throw new AppError('NOT_FOUND', '预算项目不存在或已删除')
    const { budget, ledger } = budgetFor(ctx, line.budgetId, 'keep')
    assertDraft(budget)
    assertUnclaimed(ctx.core, [id])
    ctx.core.db.delete(budgetLines).where(eq(budgetLines.id, id)).run()
    touch(ctx.core, budget.id)
    note(ctx, ledger.id, budget.id, `删除 ${budget.year}年预算项目 #${id}`)
    return { ok: true }
  },

  'budget.lines': (ctx, { ledgerId, year }) => {
    budgetLedger(ctx, ledgerId, 'lines')
    const budget = budgetOf(ctx.core, ledgerId, year)
    if (!budget) return []
    const status = budget.status as 'draft' | 'approved'
    return linesOf(ctx.core, budget.id, ledgerId).map((l) => ({ ...l, budgetId: budget.id, status }))
  },
}
