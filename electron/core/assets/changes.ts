import { eq } from 'drizzle-orm'
import { assetChanges, assets } from '../../../drizzle/schema'
import { ASSET_CATEGORY_LABELS, CAPITAL_ACCOUNT, DISPOSAL_KIND_LABELS } from '../../shared/asset-terms'
import { LEDGER_KEEPERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { periodOf, periodText } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { HandlerContext, HandlerMap } from '../api/types'
import { ledgerFor } from '../ledger/access'
import { ACTIVE_RUN, assetFor, assetRows, storeCard } from './cards'
import { bookDraft, codeLine } from './voucher'

function recordChange(ctx: HandlerContext, assetId: number, kind: string, date: string, note: string, voucherId: number | null = null) {
  ctx.core.db.insert(assetChanges).values({ assetId, kind, date, note, voucherId, createdBy: ctx.user!.id, createdAt: ctx.core.now().toISOString() }).run()
}

export const changeHandlers: HandlerMap<'assets.acquire' | 'assets.transfer' | 'assets.dispose'> = {
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
    const later = ctx.core.sqlite
      .prepare(
        `SELECT max(r.period) AS p FROM asset_depreciation d JOIN depreciation_runs r ON r.id = d.run_id
         WHERE d.asset_id = ? AND r.period >= ? AND ${ACTIVE_RUN}`,
      )
      .get(asset.id, periodOf(input.date)) as { p: number | null }
    if (later.p !== null) {
      throw new AppError('CONFLICT', `${periodText(later.p)} 已对该资产计提折旧，处置当月不提折旧：请先删除或冲销该月的折旧凭证`)
    }
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
}
