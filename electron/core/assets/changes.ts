import { eq } from 'drizzle-orm'
import { assetChanges, assets } from '../../../drizzle/schema'
import { ASSET_CATEGORY_LABELS, CAPITAL_ACCOUNT, DISPOSAL_KIND_LABELS } from '../../shared/asset-terms'
import { REVALUATION_REASON_LABELS } from '../../shared/contract/assets'
import { LEDGER_KEEPERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { periodOf, periodText } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { HandlerContext, HandlerMap } from '../api/types'
import { ledgerFor } from '../ledger/access'
import { ACTIVE_RUN, assetFor, assetRows, storeCard } from './cards'
import { bookDraft, codeLine } from './voucher'

export function recordChange(ctx: HandlerContext, assetId: number, kind: string, date: string, note: string, voucherId: number | null = null, costChange = 0) {
  ctx.core.db.insert(assetChanges).values({ assetId, kind, date, note, costChange, voucherId, createdBy: ctx.user!.id, createdAt: ctx.core.now().toISOString() }).run()
}

/** The last month already depreciated for the asset from `date`'s month on, if any: a change there would rewrite it. */
function depreciatedFrom(ctx: HandlerContext, assetId: number, date: string): number | null {
  const row = ctx.core.sqlite
    .prepare(
      `SELECT max(r.period) AS p FROM asset_depreciation d JOIN depreciation_runs r ON r.id = d.run_id
       WHERE d.asset_id = ? AND r.period >= ? AND ${ACTIVE_RUN}`,
    )
    .get(assetId, periodOf(date)) as { p: number | null }
  return row.p
}

export const changeHandlers: HandlerMap<'assets.acquire' | 'assets.transfer' | 'assets.dispose' | 'assets.revalue'> = {
  /**
   * Purchase (reference §4 #12, usage notes of 301): one voucher with both parts — the expenditure
   * (507 detail of the class / 102) and the mirror 162 固定资产 / 30104 资产基金—固定资产 — and the card.
   */
  'assets.acquire': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    const { card } = input
    const summary = `购入${card.name}`
    const spend = { fundNature: card.fundNature, spendType: input.spendType, projectId: input.spendType === 'project' ? input.projectId : null }
    const voucher = bookDraft(ctx, ledger, card.acquiredOn, 'asset', [
      codeLine(ctx.core, ledger, input.expenseAccountCode || CAPITAL_ACCOUNT[card.category], summary, card.cost, 0, spend),
      codeLine(ctx.core, ledger, input.payAccountCode, summary, 0, card.cost),
      codeLine(ctx.core, ledger, '162', summary, card.cost, 0),
      codeLine(ctx.core, ledger, '30104', summary, 0, card.cost),
    ])
    if (card.priorDepreciation) throw new AppError('VALIDATION', '新购入的资产没有已提折旧', { fields: { priorDepreciation: '应为 0' } })
    const id = storeCard(ctx, ledger, card, undefined, voucher.id)
    recordChange(ctx, id, '购入', card.acquiredOn, `${ASSET_CATEGORY_LABELS[card.category]} ${card.item}，原值 ${formatFen(card.cost)}`, voucher.id)
    ctx.audit.targets = [`ledger:${ledger.id}`, `asset:${id}`]
    ctx.audit.summary = `购入固定资产 ${card.code} ${card.name} ${formatFen(card.cost)} 元，凭证 ${voucher.label}（草稿）`
    return { id, voucher: voucher.label }
  },

  'assets.transfer': (ctx, input) => {
    const { asset } = assetFor(ctx, input.id)
    if (asset.status !== 'in_use') throw new AppError('CONFLICT', `资产 ${asset.code} 已处置，不能调拨`)
    const note = `使用部门 ${asset.department || '—'} → ${input.department}；使用人 ${asset.keeper || '—'} → ${input.keeper || '—'}；存放地点 ${asset.location || '—'} → ${input.location || '—'}`
    ctx.core.db.update(assets).set({ department: input.department, keeper: input.keeper, location: input.location }).where(eq(assets.id, asset.id)).run()
    recordChange(ctx, asset.id, '调拨', input.date, note)
    ctx.audit.targets = [`asset:${asset.id}`]
    ctx.audit.summary = `资产调拨 ${asset.code}：${note}`
    return { ok: true as const }
  },

  /**
   * Disposal through 182 待处理财产损溢 in one voucher: the card leaves (Dr 182 net value, Dr 163 / Cr 162),
   * the mirror is reversed (Dr 30104 / Cr 182) and proceeds pass through 182 to 408 其他收入. Not
   * depreciated in the month it leaves, so a month already depreciated must be reversed first.
   */
  'assets.dispose': (ctx, input) => {
    const { asset, ledger } = assetFor(ctx, input.id)
    if (asset.status !== 'in_use') throw new AppError('CONFLICT', `资产 ${asset.code} 已处置`)
    if (input.date < asset.acquiredOn) throw new AppError('VALIDATION', '处置日期早于入账日期', { fields: { date: '早于入账日期' } })
    const later = depreciatedFrom(ctx, asset.id, input.date)
    if (later !== null) throw new AppError('CONFLICT', `${periodText(later)} 已对该资产计提折旧，处置当月不提折旧：请先删除或冲销该月的折旧凭证`)
    const row = assetRows(ctx.core, ledger.id, periodText(periodOf(input.date)), { onHand: false, id: asset.id })[0]
    const accumulated = row.accumulated
    const net = asset.cost - accumulated
    const summary = `${DISPOSAL_KIND_LABELS[input.kind]}${asset.name}（${asset.code}）`
    const line = (code: string, debit: number, credit: number, extra = {}) => codeLine(ctx.core, ledger, code, summary, debit, credit, extra)
    const lines = [
      ...(net ? [line('182', net, 0)] : []),
      ...(accumulated ? [line('163', accumulated, 0)] : []),
      line('162', 0, asset.cost),
      ...(net ? [line('30104', net, 0), line('182', 0, net)] : []),
      ...(input.proceeds
        ? [
            line(input.proceedsAccountCode, input.proceeds, 0),
            line('182', 0, input.proceeds),
            line('182', input.proceeds, 0),
            line('408', 0, input.proceeds, { fundNature: 'general' }),
          ]
        : []),
    ]
    const voucher = bookDraft(ctx, ledger, input.date, 'asset', lines)
    ctx.core.db.update(assets).set({ status: 'disposed', disposedOn: input.date, disposalVoucherId: voucher.id }).where(eq(assets.id, asset.id)).run()
    const note = `${DISPOSAL_KIND_LABELS[input.kind]}：原值 ${formatFen(asset.cost)}，累计折旧 ${formatFen(accumulated)}，净值 ${formatFen(net)}${input.proceeds ? `，处置收入 ${formatFen(input.proceeds)}` : ''}${input.note ? `；${input.note}` : ''}`
    recordChange(ctx, asset.id, '处置', input.date, note, voucher.id)
    ctx.audit.targets = [`ledger:${ledger.id}`, `asset:${asset.id}`]
    ctx.audit.summary = `资产处置 ${asset.code} ${note}，凭证 ${voucher.label}（草稿）`
    return { voucher: voucher.label }
  },

  /**
   * 重估 (only on the grounds REVALUATION_REASONS lists, with the report or approval named): 原值 moves to
   * the new figure and the mirror with it — up Dr 162 / Cr 30104, down Dr 30104 / Cr 162 — in one draft.
   * Months after the date must not be depreciated yet (they would have used the old 原值).
   */
  'assets.revalue': (ctx, input) => {
    const { asset, ledger } = assetFor(ctx, input.id)
    if (asset.status !== 'in_use') throw new AppError('CONFLICT', `资产 ${asset.code} 已处置，不能重估`)
    if (input.date < asset.acquiredOn) throw new AppError('VALIDATION', '重估日期早于入账日期', { fields: { date: '早于入账日期' } })
    const delta = input.cost - asset.cost
    if (delta === 0) throw new AppError('VALIDATION', '重估后原值与现原值相同，无需重估', { fields: { cost: '与现原值相同' } })
    const later = depreciatedFrom(ctx, asset.id, input.date)
    if (later !== null && later > periodOf(input.date)) {
      throw new AppError('CONFLICT', `${periodText(later)} 已按原原值计提折旧，重估须在最后一次计提的月份或之后办理，或先冲销以后月份的折旧凭证`, {
        fields: { date: '晚于已计提月份' },
      })
    }
    const { accumulated } = assetRows(ctx.core, ledger.id, periodText(periodOf(input.date)), { onHand: false, id: asset.id })[0]
    if (input.cost < accumulated) {
      throw new AppError('VALIDATION', `重估后原值 ${formatFen(input.cost)} 元低于已提累计折旧 ${formatFen(accumulated)} 元`, { fields: { cost: '低于累计折旧' } })
    }
    const summary = `${asset.name}（${asset.code}）重估${delta > 0 ? '增值' : '减值'}`
    const amount = Math.abs(delta)
    const [debit, credit] = delta > 0 ? ['162', '30104'] : ['30104', '162']
    const voucher = bookDraft(ctx, ledger, input.date, 'asset', [codeLine(ctx.core, ledger, debit, summary, amount, 0), codeLine(ctx.core, ledger, credit, summary, 0, amount)])
    ctx.core.db.update(assets).set({ cost: input.cost }).where(eq(assets.id, asset.id)).run()
    const note = `${REVALUATION_REASON_LABELS[input.reason]}：原值 ${formatFen(asset.cost)} → ${formatFen(input.cost)}（${delta > 0 ? '+' : '−'}${formatFen(amount)}）；${input.note}`
    recordChange(ctx, asset.id, '重估', input.date, note, voucher.id, delta)
    ctx.audit.targets = [`ledger:${ledger.id}`, `asset:${asset.id}`]
    ctx.audit.summary = `资产重估 ${asset.code} ${note}，凭证 ${voucher.label}（草稿）`
    return { voucher: voucher.label }
  },
}
