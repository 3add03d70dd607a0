import { and, eq, isNull } from 'drizzle-orm'
import { levyEntries } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { HandlerContext } from '../api/types'
import { chartOf } from '../ledger/accounts'
import type { LedgerRecord } from '../ledger/access'
import { voucherLabel } from '../ledger/voucher-store'
import { draftSide } from '../transfers/create'
import { enterpriseAt, partyName, recipientOf } from './facts'
import { isSmallOrMicro, ruleOn } from './rules'
import { leafUnder, line, type VoucherRef } from './vouchers'

/**
 * Reference §4 entry 9: when a unit that paid 建会筹备金 founds its union, the 筹备金 held in 215 (booked,
 * not yet split) is split by the rule in force that day — Dr 215 / Cr 402 本级留成 / Cr 211 上解 (and
 * 手续费) / Cr 21202 returned to the new union's 小二级 (or to the union itself when it keeps a 账套) —
 * in one draft voucher. Shares are taken over the held amount; the 街镇 gets the remainder of the 分.
 */
export function foundUnion(ctx: HandlerContext, ledger: LedgerRecord, enterpriseId: number, date: string): VoucherRef {
  const e = enterpriseAt(ctx.core, enterpriseId, Number(date.slice(0, 4)))
  if (!e) throw new AppError('NOT_FOUND', `企业（编号 ${enterpriseId}）不存在`)
  if (!e.hasUnion) throw new AppError('VALIDATION', `“${e.name}”在组织台账中尚未建会，请先在“企业”中登记是否建会`, { fields: { enterpriseId: '尚未建会' } })
  const held = ctx.core.db
    .select()
    .from(levyEntries)
    .where(and(eq(levyEntries.ledgerId, ledger.id), eq(levyEntries.enterpriseId, enterpriseId), eq(levyEntries.prep, true), isNull(levyEntries.foundedVoucherId)))
    .all()
  const unbooked = held.filter((r) => r.voucherId === null)
  if (unbooked.length) throw new AppError('VALIDATION', `“${e.name}”还有 ${unbooked.length} 笔筹备金尚未生成入账凭证，请先生成并记账`)
  const total = held.reduce((s, r) => s + r.prepAmount, 0)
  if (!total) throw new AppError('VALIDATION', `“${e.name}”没有待分配的建会筹备金`)
  const rule = ruleOn(ctx.core, ledger.id, date, isSmallOrMicro(e.size))
  if (!rule) throw new AppError('VALIDATION', `没有 ${date} 适用的经费分成比例，请先“设置经费分成比例”`)
  const recipient = recipientOf(ctx.core, e)
  const lowerBp = recipient === null ? 0 : rule.lowerBp
  const upper = Math.floor((total * (rule.upperBp + rule.feeBp) + 5000) / 10000)
  const lower = Math.floor((total * lowerBp + 5000) / 10000)
  const own = total - upper - lower
  const chart = chartOf(ctx.core, ledger.id, { postings: false })
  const summary = `${e.name}建会，分配建会筹备金`
  const lines = [line(leafUnder(chart, '215', ledger.name, '筹备金'), summary, 'debit', total, e.name)]
  if (own) lines.push(line(leafUnder(chart, '402', ledger.name), `${summary}（本级留成）`, 'credit', own, null))
  if (upper) lines.push(line(leafUnder(chart, '211', ledger.name), `${summary}（上解上级）`, 'credit', upper, null))
  if (lower) lines.push(line(leafUnder(chart, '21202', ledger.name), `${summary}（返还）`, 'credit', lower, partyName(ctx.core, recipient!)))
  const voucher = draftSide(ctx, ledger, date, '记', lines)
  ctx.core.sqlite.prepare("UPDATE vouchers SET origin = 'levy' WHERE id = ?").run(voucher.id)
  for (const r of held) ctx.core.db.update(levyEntries).set({ foundedVoucherId: voucher.id }).where(eq(levyEntries.id, r.id)).run()
  ctx.audit.targets = [`ledger:${ledger.id}`, `enterprise:${enterpriseId}`, `voucher:${voucher.id}`]
  ctx.audit.summary = `${summary} ${formatFen(total)} 元：本级 ${formatFen(own)}，上解 ${formatFen(upper)}，返还 ${formatFen(lower)}（${voucherLabel(voucher)}）`
  return { ledgerCode: ledger.code, label: voucherLabel(voucher), voucherId: voucher.id }
}
