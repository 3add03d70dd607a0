import { assetDepreciation, depreciationRuns } from '../../../drizzle/schema'
import { ASSET_CATEGORY_LABELS, NOMINAL_VALUE, NON_DEPRECIABLE } from '../../shared/asset-terms'
import type { AssetRow } from '../../shared/contract/assets'
import { LEDGER_KEEPERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { parsePeriodText, periodOf } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import type { HandlerContext, HandlerMap } from '../api/types'
import { ledgerFor, type LedgerRecord } from '../ledger/access'
import { closedThrough } from '../ledger/ledgers'
import { ACTIVE_RUN, assetRows, endOfPeriod } from './cards'
import { bookDraft, codeLine } from './voucher'

const monthsBetween = (from: number, to: number) => (Math.floor(to / 100) - Math.floor(from / 100)) * 12 + (to % 100) - (from % 100)

/**
 * One asset's depreciation for a month (第三十五条): straight line over its life, no residual value;
 * from the month it is added, not in the month it leaves, nothing once fully depreciated, nothing for
 * the classes that are not depreciated or a ¥1 nominal value. The month the life ends takes whatever is
 * left, so the total is exactly 原值.
 */
export function monthAmount(asset: AssetRow, accumulatedBefore: number, period: number): number {
  if (NON_DEPRECIABLE.includes(asset.category) || asset.cost <= NOMINAL_VALUE || asset.lifeMonths <= 0) return 0
  const added = periodOf(asset.acquiredOn)
  if (period < added) return 0
  if (asset.disposedOn && periodOf(asset.disposedOn) <= period) return 0
  const left = asset.cost - accumulatedBefore
  if (left <= 0) return 0
  if (monthsBetween(added, period) + 1 >= asset.lifeMonths) return left
  return Math.min(Math.round(asset.cost / asset.lifeMonths), left)
}

/** What each asset on hand would get for the month (accumulated up to the month before). */
export function dueFor(core: Core, ledgerId: number, month: string): { asset: AssetRow; amount: number }[] {
  const p = parsePeriodText(month)
  return assetRows(core, ledgerId, month)
    .map((asset) => ({ asset, amount: monthAmount(asset, asset.accumulated - asset.monthDepreciation, p) }))
    .filter((d) => d.amount > 0)
}

export function activeRun(core: Core, ledgerId: number, period: number): { voucher: string } | undefined {
  return core.sqlite
    .prepare(
      `SELECT (SELECT v.word || '-' || v.number FROM vouchers v WHERE v.id = r.voucher_id) AS voucher
       FROM depreciation_runs r WHERE r.ledger_id = ? AND r.period = ? AND ${ACTIVE_RUN}`,
    )
    .get(ledgerId, period) as { voucher: string } | undefined
}

/** Month-end closing's warning: assets need depreciation this month and none was made. */
export function depreciationMissing(core: Core, ledgerId: number, month: string): string | null {
  if (activeRun(core, ledgerId, parsePeriodText(month))) return null
  const due = dueFor(core, ledgerId, month)
  if (!due.length) return null
  const amount = due.reduce((n, d) => n + d.amount, 0)
  return `${month} 尚未计提固定资产折旧（${due.length} 项资产，应提 ${formatFen(amount)} 元），请在“固定资产”中计提`
}

/** What month-end closing (periods.close, and years.close for December) warns of: a warning, not a refusal. */
export function closingWarnings(core: Core, ledgerId: number, month: string): string[] {
  const missing = depreciationMissing(core, ledgerId, month)
  return missing ? [missing] : []
}

export function depreciate(ctx: HandlerContext, ledger: LedgerRecord, month: string) {
  const period = parsePeriodText(month)
  const closed = closedThrough(ctx.core, ledger.id)
  if (closed !== null && period <= closed) throw new AppError('CONFLICT', `${month} 已结账，不能计提折旧`, { fields: { month: '期间已结账' } })
  const done = activeRun(ctx.core, ledger.id, period)
  if (done) throw new AppError('CONFLICT', `${month} 已计提折旧（凭证 ${done.voucher}），不能重复计提`, { fields: { month: '已计提' } })
  const due = dueFor(ctx.core, ledger.id, month)
  if (!due.length) throw new AppError('CONFLICT', `${month} 没有需要计提折旧的固定资产`)
  const byCategory = new Map<string, number>()
  for (const d of due) byCategory.set(d.asset.category, (byCategory.get(d.asset.category) ?? 0) + d.amount)
  const lines = [...byCategory].flatMap(([category, amount]) => {
    const summary = `计提${Number(month.slice(5))}月折旧—${ASSET_CATEGORY_LABELS[category as keyof typeof ASSET_CATEGORY_LABELS]}`
    return [codeLine(ctx.core, ledger, '30104', summary, amount, 0), codeLine(ctx.core, ledger, '163', summary, 0, amount)]
  })
  const voucher = bookDraft(ctx, ledger, endOfPeriod(month), 'depreciation', lines)
  const runId = ctx.core.db
    .insert(depreciationRuns)
    .values({ ledgerId: ledger.id, period, voucherId: voucher.id, createdBy: ctx.user!.id, createdAt: ctx.core.now().toISOString() })
    .returning({ id: depreciationRuns.id })
    .get().id
  for (const d of due) ctx.core.db.insert(assetDepreciation).values({ runId, assetId: d.asset.id, amount: d.amount }).run()
  const amount = due.reduce((n, d) => n + d.amount, 0)
  return { voucher: voucher.label, assets: due.length, amount }
}

export const depreciationHandlers: HandlerMap<'assets.depreciate'> = {
  /** One draft voucher per month and 账套: Dr 30104 资产基金 / Cr 163 累计折旧, a pair of lines per class. */
  'assets.depreciate': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    const result = depreciate(ctx, ledger, input.month)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `${input.month} 计提折旧 ${result.assets} 项 ${formatFen(result.amount)} 元，凭证 ${result.voucher}（草稿）`
    return result
  },
}
