import { and, eq } from 'drizzle-orm'
import { budgets, fundingPlans, transfers } from '../../../drizzle/schema'
import type { FundingBasis } from '../../shared/budget-terms'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import type { FundingRow } from '../../shared/contract/funding'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { holdsLedgerRole } from '../ledger/access'
import { yearFacts } from '../registry/facts'
import { streetFor, streetLedgers, type StreetScope } from '../transfers/scope'

/**
 * The 经费保障 table of a 街镇 账套 for a year: each 小二级 standing that year (or holding a plan row)
 * with its size facts from the registry, so the office can argue the amounts (第十三条).
 */
export function fundingRows(core: Core, scope: StreetScope, year: number): FundingRow[] {
  const facts = new Map(yearFacts(core, year).xiaoerji.map((x) => [x.union.id, x]))
  const plans = new Map(
    core.db
      .select()
      .from(fundingPlans)
      .where(and(eq(fundingPlans.ledgerId, scope.ledger.id), eq(fundingPlans.year, year)))
      .all()
      .map((p) => [p.unionId, p]),
  )
  return scope.street.xiaoerji
    .filter((x) => facts.has(x.unionId) || plans.has(x.unionId))
    .map((x) => {
      const f = facts.get(x.unionId)
      const p = plans.get(x.unionId)
      return {
        ...x,
        memberUnions: f?.memberUnions ?? 0,
        members: f?.survey?.members ?? null,
        workers: f?.survey?.workers ?? null,
        planId: p?.id ?? null,
        amount: p?.amount ?? 0,
        basis: (p?.basis as FundingBasis | undefined) ?? null,
        basisNote: p?.basisNote ?? null,
      }
    })
}

/**
 * 按职工数分配: each share is ⌊total × workers ÷ all workers⌋ (BigInt, so no float and no overflow),
 * and the few 分 left over go to the largest share, so the amounts add up to the total exactly.
 */
export function allocateByWeight(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0)
  if (sum <= 0) throw new AppError('VALIDATION', '参与分配的小二级职工数合计为 0，请先录入年度调查的职工人数')
  const shares = weights.map((w) => Number((BigInt(total) * BigInt(w)) / BigInt(sum)))
  const rest = total - shares.reduce((s, a) => s + a, 0)
  const largest = weights.indexOf(Math.max(...weights))
  shares[largest] += rest
  return shares
}

export const fundingPlanHandlers: HandlerMap<'funding.streets' | 'funding.get' | 'funding.save' | 'funding.allocate'> = {
  'funding.streets': (ctx) => streetLedgers(ctx.core).filter((s) => holdsLedgerRole(ctx.user!, s.ledgerId, LEDGER_READERS)),

  'funding.get': (ctx, input) => {
    const scope = streetFor(ctx, input.ledgerId, LEDGER_READERS)
    const rows = fundingRows(ctx.core, scope, input.year)
    const budget = ctx.core.db
      .select({ id: budgets.id, status: budgets.status })
      .from(budgets)
      .where(and(eq(budgets.ledgerId, scope.ledger.id), eq(budgets.year, input.year)))
      .get()
    const line508 = budget
      ? (ctx.core.sqlite
          .prepare(`SELECT sum(bl.original) AS total FROM budget_lines bl JOIN accounts a ON a.id = bl.account_id WHERE bl.budget_id = ? AND a.code LIKE '508%'`)
          .get(budget.id) as { total: number | null })
      : null
    return {
      rows,
      total: rows.reduce((s, r) => s + r.amount, 0),
      budgetStatus: (budget?.status as 'draft' | 'approved' | undefined) ?? null,
      budget508: line508?.total ?? null,
    }
  },

  /** Upsert the rows sent; an amount of 0 removes a row, unless a transfer already points at it. */
  'funding.save': (ctx, input) => {
    const scope = streetFor(ctx, input.ledgerId, ['accountant'])
    const known = new Map(scope.street.xiaoerji.map((x) => [x.unionId, x]))
    const seen = new Set<number>()
    const now = ctx.core.now().toISOString()
    for (const [i, row] of input.rows.entries()) {
      const x = known.get(row.unionId)
      if (!x) throw new AppError('VALIDATION', `第 ${i + 1} 行：不是“${scope.street.unionName}”下属的小二级`)
      if (seen.has(row.unionId)) throw new AppError('VALIDATION', `第 ${i + 1} 行：${x.name} 重复出现`)
      seen.add(row.unionId)
      if (row.basis === 'other' && !row.basisNote) throw new AppError('VALIDATION', `${x.name}：测算依据为“其他”时须填写依据说明`, { fields: { basisNote: '请说明依据' } })
      const key = and(eq(fundingPlans.ledgerId, scope.ledger.id), eq(fundingPlans.year, input.year), eq(fundingPlans.unionId, row.unionId))
      const existing = ctx.core.db.select({ id: fundingPlans.id }).from(fundingPlans).where(key).get()
      const linked = existing && ctx.core.db.select({ id: transfers.id }).from(transfers).where(eq(transfers.fundingPlanId, existing.id)).get()
      const values = { amount: row.amount, basis: row.basis, basisNote: row.basisNote || null }
      if (existing && row.amount === 0 && !linked) ctx.core.db.delete(fundingPlans).where(eq(fundingPlans.id, existing.id)).run()
      else if (existing) ctx.core.db.update(fundingPlans).set(values).where(eq(fundingPlans.id, existing.id)).run()
      else if (row.amount > 0) {
        ctx.core.db
          .insert(fundingPlans)
          .values({ ledgerId: scope.ledger.id, year: input.year, unionId: row.unionId, ...values, createdBy: ctx.user!.id, createdAt: now })
          .run()
      }
    }
    const total = fundingRows(ctx.core, scope, input.year).reduce((s, r) => s + r.amount, 0)
    ctx.audit.targets = [`ledger:${scope.ledger.id}`]
    ctx.audit.summary = `保存 ${input.year} 年经费保障计划（${scope.ledger.name}），合计 ${formatFen(total)} 元`
    return { ok: true, total }
  },

  'funding.allocate': (ctx, input) => {
    const scope = streetFor(ctx, input.ledgerId, LEDGER_READERS)
    const rows = fundingRows(ctx.core, scope, input.year)
    const amounts = allocateByWeight(
      input.total,
      rows.map((r) => r.workers ?? 0),
    )
    return {
      rows: rows.map((r, i) => ({ unionId: r.unionId, workers: r.workers ?? 0, amount: amounts[i] })),
      missing: rows.filter((r) => r.workers === null).map((r) => r.name),
    }
  },
}
