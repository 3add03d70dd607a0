import dayjs from 'dayjs'
import { and, eq } from 'drizzle-orm'
import { assets } from '../../../drizzle/schema'
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, ASSET_ITEMS, assetThreshold, NOMINAL_VALUE, NON_DEPRECIABLE } from '../../shared/asset-terms'
import type { AssetRow } from '../../shared/contract/assets'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { parsePeriodText } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import type { MethodParsedInput } from '../../shared/contract'
import type { Role } from '../../shared/roles'
import type { Core } from '../app'
import type { HandlerContext, HandlerMap } from '../api/types'
import { ledgerFor, type LedgerRecord } from '../ledger/access'

export type AssetRecord = typeof assets.$inferSelect
export type CardInput = MethodParsedInput<'assets.save'>['card']

/** A run counts while its voucher exists and has not been reversed (a deleted draft or a red copy undoes it). */
export const ACTIVE_RUN = `EXISTS (SELECT 1 FROM vouchers v WHERE v.id = r.voucher_id) AND NOT EXISTS (SELECT 1 FROM vouchers x WHERE x.reversal_of = r.voucher_id)`

export const endOfPeriod = (period: string) => dayjs(`${period}-01`).endOf('month').format('YYYY-MM-DD')

export function assetFor(ctx: HandlerContext, id: number, roles: readonly Role[] = LEDGER_KEEPERS): { asset: AssetRecord; ledger: LedgerRecord } {
  const asset = ctx.core.db.select().from(assets).where(eq(assets.id, id)).get()
  if (!asset) throw new AppError('NOT_FOUND', `固定资产（编号 ${id}）不存在`)
  return { asset, ledger: ledgerFor(ctx, asset.ledgerId, roles) }
}

/**
 * The card rules of 第三十二–三十五条 and 附录2, each problem worded for the clerk (the importer puts
 * them on the row): the item belongs to the class, the life is not shorter than the table's minimum,
 * the unit value reaches the threshold (or the card is a batch, or at the nominal ¥1).
 */
export function cardProblems(card: CardInput): { problems: string[]; lifeMonths: number } {
  const problems: string[] = []
  const label = ASSET_CATEGORY_LABELS[card.category]
  const minimum = ASSET_ITEMS[card.category][card.item]
  if (minimum === undefined) problems.push(`资产分类“${card.item}”不属于${label}，可选：${Object.keys(ASSET_ITEMS[card.category]).join('、')}`)
  const depreciable = !NON_DEPRECIABLE.includes(card.category) && card.cost > NOMINAL_VALUE
  const lifeMonths = depreciable ? card.lifeMonths || minimum || 0 : 0
  if (depreciable && minimum !== undefined && lifeMonths < minimum) {
    problems.push(`使用年限 ${lifeMonths} 个月短于附录2 ${label}—${card.item} 的最低 ${minimum} 个月（${minimum / 12} 年）`)
  }
  const threshold = assetThreshold(card.category)
  const unit = Math.floor(card.cost / card.quantity)
  if (threshold !== null && card.cost > NOMINAL_VALUE && unit < threshold && card.cost < threshold) {
    problems.push(`单位价值 ${formatFen(unit)} 元低于${label}的固定资产标准 ${formatFen(threshold)} 元（工会会计制度第三十二条），应作为库存物品（141/30101）或直接列支出`)
  }
  if (card.priorDepreciation > card.cost) problems.push(`已提折旧 ${formatFen(card.priorDepreciation)} 元大于原值`)
  if (!depreciable && card.priorDepreciation > 0) problems.push(`${card.cost <= NOMINAL_VALUE ? '名义金额入账的资产' : label}不计提折旧，已提折旧应为 0`)
  if (!dayjs(card.acquiredOn, 'YYYY-MM-DD', true).isValid() || dayjs(card.acquiredOn).format('YYYY-MM-DD') !== card.acquiredOn)
    problems.push(`入账日期 ${card.acquiredOn} 不是有效日期`)
  return { problems, lifeMonths }
}

/** Insert or update a card after its rules; returns the id. */
export function storeCard(ctx: HandlerContext, ledger: LedgerRecord, card: CardInput, id?: number, voucherId: number | null = null): number {
  const { problems, lifeMonths } = cardProblems(card)
  if (problems.length) throw new AppError('VALIDATION', problems.join('；'), { fields: { card: problems[0] } })
  const taken = ctx.core.db
    .select({ id: assets.id })
    .from(assets)
    .where(and(eq(assets.ledgerId, ledger.id), eq(assets.code, card.code)))
    .get()
  if (taken && taken.id !== id) throw new AppError('CONFLICT', `资产编号 ${card.code} 已存在`, { fields: { code: '已存在' } })
  const values = { ...card, lifeMonths }
  if (id) {
    ctx.core.db.update(assets).set(values).where(eq(assets.id, id)).run()
    return id
  }
  return ctx.core.db
    .insert(assets)
    .values({ ...values, ledgerId: ledger.id, status: 'in_use', voucherId, createdAt: ctx.core.now().toISOString() })
    .returning({ id: assets.id })
    .get().id
}

/**
 * Cards with 原值 and 累计折旧 at the end of `period` (a later 重估 left out) and that month's depreciation, from one query. With
 * `onHand`, only what was on the books at that month end (acquired by then, not disposed by then).
 */
export function assetRows(core: Pick<Core, 'sqlite'>, ledgerId: number, period: string, { onHand = true, id }: { onHand?: boolean; id?: number } = {}): AssetRow[] {
  const p = parsePeriodText(period)
  const end = endOfPeriod(period)
  const rows = core.sqlite
    .prepare(
      `SELECT a.id, a.code, a.name, a.category, a.item, a.ownership, a.quantity,
         a.cost - coalesce((SELECT sum(c.cost_change) FROM asset_changes c WHERE c.asset_id = a.id AND c.date > @end), 0) AS cost, a.acquired_on AS acquiredOn,
         a.life_months AS lifeMonths, a.prior_depreciation AS priorDepreciation, a.department, a.keeper, a.location,
         a.fund_nature AS fundNature, a.project, a.status, a.disposed_on AS disposedOn,
         a.prior_depreciation + coalesce((SELECT sum(d.amount) FROM asset_depreciation d JOIN depreciation_runs r ON r.id = d.run_id
                                          WHERE d.asset_id = a.id AND r.period <= @p AND ${ACTIVE_RUN}), 0) AS accumulated,
         coalesce((SELECT sum(d.amount) FROM asset_depreciation d JOIN depreciation_runs r ON r.id = d.run_id
                   WHERE d.asset_id = a.id AND r.period = @p AND ${ACTIVE_RUN}), 0) AS monthDepreciation,
         (SELECT v.word || '-' || v.number FROM vouchers v WHERE v.id = a.voucher_id) AS voucher
       FROM assets a
       WHERE a.ledger_id = @ledgerId AND (@id IS NULL OR a.id = @id)
         AND (@onHand = 0 OR (a.acquired_on <= @end AND (a.disposed_on IS NULL OR a.disposed_on > @end)))
       ORDER BY a.code`,
    )
    .all({ p, end, ledgerId, onHand: onHand ? 1 : 0, id: id ?? null }) as Omit<AssetRow, 'net'>[]
  // Rows come in the 附录2 class order, then by 资产编号.
  const order = (r: Omit<AssetRow, 'net'>) => ASSET_CATEGORIES.indexOf(r.category)
  return rows.sort((a, b) => order(a) - order(b)).map((r) => ({ ...r, net: r.cost - r.accumulated }))
}

export const cardHandlers: HandlerMap<'assets.save' | 'assets.get'> = {
  /** A card for an asset already on the books: nothing is booked (the opening balances hold it). */
  'assets.save': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    if (input.id) {
      const { asset } = assetFor(ctx, input.id)
      if (asset.ledgerId !== ledger.id) throw new AppError('NOT_FOUND', '资产不属于本账套')
      const booked = ctx.core.sqlite.prepare('SELECT count(*) AS n FROM asset_depreciation WHERE asset_id = ?').get(asset.id) as { n: number }
      if (booked.n && (asset.cost !== input.card.cost || asset.acquiredOn !== input.card.acquiredOn)) {
        throw new AppError('CONFLICT', '该资产已计提过折旧，原值和入账日期不能再改；如需调整请办理资产变动', { fields: { cost: '已计提折旧' } })
      }
      // A booked card (购入, 报账单, 重估) has its 原值 in 162/30104 already: only a 重估 voucher may move it.
      const revalued = ctx.core.sqlite.prepare('SELECT count(*) AS n FROM asset_changes WHERE asset_id = ? AND cost_change <> 0').get(asset.id) as { n: number }
      if ((asset.voucherId !== null || revalued.n > 0) && asset.cost !== input.card.cost) {
        throw new AppError('CONFLICT', '该资产的原值已由凭证记入 162 固定资产，不能直接修改；如需调整请办理资产重估', { fields: { cost: '已记账' } })
      }
    }
    const id = storeCard(ctx, ledger, input.card, input.id)
    ctx.audit.targets = [`ledger:${ledger.id}`, `asset:${id}`]
    ctx.audit.summary = `固定资产卡片 ${input.card.code} ${input.card.name} 原值 ${formatFen(input.card.cost)}`
    return { id }
  },

  'assets.get': (ctx, input) => {
    const { asset, ledger } = assetFor(ctx, input.id, LEDGER_READERS)
    const card = assetRows(ctx.core, ledger.id, '9999-12', { onHand: false, id: asset.id })[0]
    let accumulated = asset.priorDepreciation
    const depreciation = (
      ctx.core.sqlite
        .prepare(
          `SELECT r.period, d.amount, (SELECT v.word || '-' || v.number FROM vouchers v WHERE v.id = r.voucher_id) AS voucher
           FROM asset_depreciation d JOIN depreciation_runs r ON r.id = d.run_id WHERE d.asset_id = ? AND ${ACTIVE_RUN} ORDER BY r.period`,
        )
        .all(asset.id) as { period: number; amount: number; voucher: string }[]
    ).map((d) => ({ period: `${String(d.period).slice(0, 4)}-${String(d.period).slice(4)}`, amount: d.amount, accumulated: (accumulated += d.amount), voucher: d.voucher }))
    const changes = ctx.core.sqlite
      .prepare(
        `SELECT c.date, c.kind, c.note, (SELECT v.word || '-' || v.number FROM vouchers v WHERE v.id = c.voucher_id) AS voucher
         FROM asset_changes c WHERE c.asset_id = ? ORDER BY c.date, c.id`,
      )
      .all(asset.id) as { date: string; kind: string; note: string; voucher: string | null }[]
    return { card, depreciation, changes }
  },
}
