import { eq } from 'drizzle-orm'
import { assets, claims } from '../../../drizzle/schema'
import { assetClassOfAccount } from '../../shared/asset-terms'
import type { MethodResult } from '../../shared/contract'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { Role } from '../../shared/roles'
import type { HandlerContext, HandlerMap } from '../api/types'
import { ledgerFor } from '../ledger/access'
import { storeCard } from './cards'
import { recordChange } from './changes'
import { bookDraft, codeLine } from './voucher'

type ClaimLine = MethodResult<'assets.claimLines'>['lines'][number]

function paidClaim(ctx: HandlerContext, claimId: number, roles: readonly Role[]) {
  const claim = ctx.core.db.select().from(claims).where(eq(claims.id, claimId)).get()
  if (!claim) throw new AppError('NOT_FOUND', `报账单（编号 ${claimId}）不存在`)
  const ledger = ledgerFor(ctx, claim.ledgerId, roles)
  const paidOn = claim.voucherId ? ((ctx.core.sqlite.prepare('SELECT date FROM vouchers WHERE id = ?').get(claim.voucherId) as { date: string } | undefined)?.date ?? null) : null
  return { claim, ledger, paidOn }
}

/** A claim's lines as asset candidates: why a line cannot make a card, the card it made, the card it would make. */
function assetLines(ctx: HandlerContext, claimId: number, claimNumber: string, status: string, paidOn: string | null): (ClaimLine & { id: number })[] {
  const rows = ctx.core.sqlite
    .prepare(
      `SELECT cl.id, cl.line_no AS lineNo, cl.summary, a.code AS accountCode, a.name AS accountName, cl.amount, cl.fund_nature AS fundNature,
              coalesce((SELECT p.name FROM projects p WHERE p.id = cl.project_id), '') AS project,
              (SELECT s.id FROM assets s WHERE s.claim_line_id = cl.id) AS assetId, (SELECT s.code FROM assets s WHERE s.claim_line_id = cl.id) AS assetCode
       FROM claim_lines cl JOIN accounts a ON a.id = cl.account_id WHERE cl.claim_id = ? ORDER BY cl.line_no`,
    )
    .all(claimId) as (Omit<ClaimLine, 'reason' | 'asset' | 'proposal'> & { id: number; assetId: number | null; assetCode: string | null })[]
  return rows.map(({ assetId, assetCode, ...line }) => {
    const cls = assetClassOfAccount(line.accountCode)
    const reason =
      status !== 'paid'
        ? '报账单尚未付款（或已冲销），付款后才能生成资产卡片'
        : !cls
          ? `${line.accountCode} ${line.accountName} 不是购置资产的资本性支出科目（507 下除 50705 大型修缮外的明细）`
          : assetId
            ? `已生成资产卡片 ${assetCode}`
            : ''
    const proposal = {
      code: `${claimNumber}-${line.lineNo}`,
      name: line.summary.slice(0, 60),
      cost: line.amount,
      fundNature: line.fundNature,
      project: line.project,
      ...(paidOn ? { acquiredOn: paidOn } : {}),
      ...(cls ? { category: cls[0], ...(cls[1] ? { item: cls[1] } : {}) } : {}),
    }
    return { ...line, reason, asset: assetId ? { id: assetId, code: assetCode! } : null, proposal }
  })
}

export const fromClaimHandlers: HandlerMap<'assets.claimLines' | 'assets.fromClaim'> = {
  'assets.claimLines': (ctx, input) => {
    const { claim, paidOn } = paidClaim(ctx, input.claimId, LEDGER_READERS)
    return { claimNumber: claim.number, paidOn, lines: assetLines(ctx, claim.id, claim.number, claim.status, paidOn).map(({ id: _id, ...l }) => l) }
  },

  /**
   * 生成资产卡片 from a paid 报账单 line: the claim's voucher already booked the expenditure (507 / 102),
   * so only the mirror is written — Dr 162 固定资产 / Cr 30104 资产基金—固定资产, one draft — and the card
   * keeps the line, so the same line can never make a second card (nor a second mirror).
   */
  'assets.fromClaim': (ctx, input) => {
    const { claim, ledger, paidOn } = paidClaim(ctx, input.claimId, LEDGER_KEEPERS)
    const line = assetLines(ctx, claim.id, claim.number, claim.status, paidOn).find((l) => l.lineNo === input.lineNo)
    if (!line) throw new AppError('NOT_FOUND', `报账单 ${claim.number} 没有第 ${input.lineNo} 行`, { fields: { lineNo: '不存在' } })
    if (line.reason) throw new AppError('CONFLICT', `报账单 ${claim.number} 第 ${line.lineNo} 行：${line.reason}`, { fields: { lineNo: line.reason } })
    const { card } = input
    if (card.cost !== line.amount) {
      throw new AppError('VALIDATION', `原值 ${formatFen(card.cost)} 元应等于报账单行金额 ${formatFen(line.amount)} 元（支出已由报账凭证记账，资产基金须与之一致）`, {
        fields: { cost: '应等于报账金额' },
      })
    }
    if (card.priorDepreciation) throw new AppError('VALIDATION', '新购入的资产没有已提折旧', { fields: { priorDepreciation: '应为 0' } })
    if (paidOn && card.acquiredOn < paidOn.slice(0, 8) + '01') {
      throw new AppError('VALIDATION', `入账日期不能早于报账单付款月份（${paidOn.slice(0, 7)}）`, { fields: { acquiredOn: '早于付款月份' } })
    }
    const summary = `${card.name}入账（${claim.number}）`
    const voucher = bookDraft(ctx, ledger, card.acquiredOn, 'asset', [
      codeLine(ctx.core, ledger, '162', summary, card.cost, 0),
      codeLine(ctx.core, ledger, '30104', summary, 0, card.cost),
    ])
    const id = storeCard(ctx, ledger, card, undefined, voucher.id)
    ctx.core.db.update(assets).set({ claimLineId: line.id }).where(eq(assets.id, id)).run()
    recordChange(
      ctx,
      id,
      '购入',
      card.acquiredOn,
      `由报账单 ${claim.number} 第 ${line.lineNo} 行生成（${line.accountCode} ${line.accountName}），原值 ${formatFen(card.cost)}`,
      voucher.id,
    )
    ctx.audit.targets = [`ledger:${ledger.id}`, `asset:${id}`, `claim:${claim.id}`]
    ctx.audit.summary = `由报账单 ${claim.number} 第 ${line.lineNo} 行生成资产卡片 ${card.code} ${card.name}，凭证 ${voucher.label}（草稿，仅 162/30104）`
    return { id, voucher: voucher.label }
  },
}
