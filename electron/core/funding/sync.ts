import { and, eq, isNull } from 'drizzle-orm'
import { accounts, budgetLines, budgets, ledgers } from '../../../drizzle/schema'
import type { SyncResult } from '../../shared/contract/funding'
import type { FundNature } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { HandlerContext, HandlerMap } from '../api/types'
import { holdsLedgerRole, type LedgerRecord } from '../ledger/access'
import { streetFor } from '../transfers/scope'
import { fundingRows } from './plan'

interface Target {
  ledger: LedgerRecord
  /** Level-1 account the line sits on: the execution covers its detail accounts. */
  code: '508' | '403'
  amount: number
  fundNature: FundNature
}

const result = (t: Target, action: SyncResult['action'], message: string): SyncResult => ({
  ledgerId: t.ledger.id,
  ledgerName: t.ledger.name,
  accountCode: t.code,
  amount: t.amount,
  action,
  message,
})

/**
 * Write one plan total onto a budget line: 年初预算数 of the line on the level-1 account with this
 * 资金性质 and no project, in the year's draft budget (created if missing). An approved budget is
 * never touched here; it changes only through 预算调整, which the result asks for.
 */
function syncLine(ctx: HandlerContext, year: number, t: Target): SyncResult | null {
  const { core } = ctx
  const account = core.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.ledgerId, t.ledger.id), eq(accounts.code, t.code)))
    .get()
  if (!account) return result(t, 'skipped', `账套中没有 ${t.code} 科目`)
  let budget = core.db
    .select()
    .from(budgets)
    .where(and(eq(budgets.ledgerId, t.ledger.id), eq(budgets.year, year)))
    .get()
  const lineKey = (budgetId: number) =>
    and(eq(budgetLines.budgetId, budgetId), eq(budgetLines.accountId, account.id), eq(budgetLines.fundNature, t.fundNature), isNull(budgetLines.projectId))
  const line = budget && core.db.select().from(budgetLines).where(lineKey(budget.id)).get()
  if (!line && t.amount === 0) return null
  if (budget?.status === 'approved') {
    const current = line
      ? (core.sqlite.prepare('SELECT ? + coalesce(sum(amount), 0) AS n FROM budget_adjustment_lines WHERE budget_line_id = ?').get(line.original, line.id) as { n: number }).n
      : 0
    if (current === t.amount) return result(t, 'unchanged', `已批准的预算与计划一致（${formatFen(t.amount)}）`)
    return result(t, 'adjust', `${year} 年预算已批准，${t.code} 现为 ${formatFen(current)}，须通过预算调整改为 ${formatFen(t.amount)}`)
  }
  const now = core.now().toISOString()
  if (!budget) {
    budget = core.db.insert(budgets).values({ ledgerId: t.ledger.id, year, status: 'draft', createdBy: ctx.user!.id, createdAt: now, updatedAt: now }).returning().get()
  }
  if (line?.original === t.amount) return result(t, 'unchanged', `预算与计划一致（${formatFen(t.amount)}）`)
  if (line) core.db.update(budgetLines).set({ original: t.amount }).where(eq(budgetLines.id, line.id)).run()
  else {
    core.db
      .insert(budgetLines)
      .values({
        budgetId: budget.id,
        accountId: account.id,
        spendType: t.code === '508' ? 'basic' : null,
        fundNature: t.fundNature,
        original: t.amount,
        notes: '经费保障计划',
      })
      .run()
  }
  core.db.update(budgets).set({ updatedAt: now }).where(eq(budgets.id, budget.id)).run()
  return result(t, line ? 'updated' : 'created', `${line ? '已更新' : '已写入'}编制中的 ${year} 年预算：${formatFen(t.amount)}`)
}

export const fundingSyncHandlers: HandlerMap<'funding.sync'> = {
  /**
   * One action: the 街镇's 508 补助下级支出 line gets the plan's sum, each 小二级 账套's 403 上级补助收入
   * line its own amount. A 小二级 账套 the caller keeps no books for is reported, not written.
   */
  'funding.sync': (ctx, input) => {
    const scope = streetFor(ctx, input.ledgerId, ['accountant'])
    const rows = fundingRows(ctx.core, scope, input.year)
    const total = rows.reduce((s, r) => s + r.amount, 0)
    const results: SyncResult[] = []
    const push = (r: SyncResult | null) => r && results.push(r)
    push(syncLine(ctx, input.year, { ledger: scope.ledger, code: '508', amount: total, fundNature: input.fundNature }))
    for (const r of rows) {
      if (r.ledgerId === null) {
        if (r.amount > 0) results.push({ ledgerId: 0, ledgerName: r.name, accountCode: '403', amount: r.amount, action: 'skipped', message: '该小二级没有账套，无法写入其预算' })
        continue
      }
      const ledger = ctx.core.db.select().from(ledgers).where(eq(ledgers.id, r.ledgerId)).get()!
      const target: Target = { ledger, code: '403', amount: r.amount, fundNature: input.fundNature }
      if (!holdsLedgerRole(ctx.user!, ledger.id, ['accountant'])) push(r.amount > 0 ? result(target, 'skipped', '您在该账套没有会计权限，未写入') : null)
      else push(syncLine(ctx, input.year, target))
    }
    ctx.audit.targets = results.filter((r) => r.ledgerId).map((r) => `ledger:${r.ledgerId}`)
    ctx.audit.summary = `${input.year} 年经费保障计划同步到预算：${results.map((r) => `${r.ledgerName} ${r.accountCode} ${r.message}`).join('；')}`
    return { results }
  },
}
