import { and, eq, isNull } from 'drizzle-orm'
import { ledgers, levyEntries, levyImports, unions } from '../../../drizzle/schema'
import type { AccountRow } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import type { HandlerContext, HandlerFn } from '../api/types'
import { chartOf } from '../ledger/accounts'
import type { LineInput } from '../ledger/voucher-lines'
import { voucherLabel } from '../ledger/voucher-store'
import { draftSide, transferHandlers } from '../transfers/create'
import { streetLedgers } from '../transfers/scope'
import { partyName, periodStr } from './facts'

/** A leaf under `code`; with several, the one whose name contains `prefer` (e.g. 筹备金), else refused. */
export function leafUnder(chart: AccountRow[], code: string, ledgerName: string, prefer?: string): AccountRow {
  const leaves = chart.filter((a) => a.isLeaf && a.enabled && a.code.startsWith(code))
  const named = prefer ? leaves.filter((a) => a.name.includes(prefer)) : []
  if (named.length) return named[0]
  if (leaves.length === 1) return leaves[0]
  if (!leaves.length) throw new AppError('VALIDATION', `账套“${ledgerName}”没有可用的 ${code} 科目，请先在“科目设置”中增设或启用`)
  if (prefer) throw new AppError('VALIDATION', `账套“${ledgerName}”的科目 ${code} 有多个明细科目，请增设名称含“${prefer}”的明细科目`)
  return leaves[0]
}

export const line = (a: AccountRow, summary: string, side: 'debit' | 'credit', amount: number, counterpart: string | null): LineInput => ({
  summary,
  accountId: a.id,
  debit: side === 'debit' ? amount : 0,
  credit: side === 'credit' ? amount : 0,
  fundNature: a.needsFundNature ? 'general' : null,
  spendType: a.needsSpendType ? 'basic' : null,
  projectId: null,
  counterpart: counterpart?.slice(0, 60) ?? null,
})

const createTransfer = transferHandlers['transfers.create'] as HandlerFn<'transfers.create'>

export interface VoucherRef {
  ledgerCode: string
  label: string
  voucherId: number
}

/**
 * Reference §4 entries 3 and 9 for one 返拨 (one import): in the 街镇 账套 Dr 102 (the money received) /
 * Cr 402 (本级留成) / Cr 21202 per recipient (往来单位 = its 账套's name, so the 汇总 pairs the relay) /
 * Cr 215 per 筹备金 enterprise; then each 小二级 with a 账套 gets its relay through the paired transfer
 * (21202 ↔ 402, pooled 21202/215 ↔ 135/402 for 报账制). Everything is a draft, reviewed and posted as usual.
 */
export function generateFor(ctx: HandlerContext, ledgerId: number, importIds: number[]): VoucherRef[] {
  const street = streetLedgers(ctx.core).find((s) => s.ledgerId === ledgerId)!
  const ledger = ctx.core.db.select().from(ledgers).where(eq(ledgers.id, ledgerId)).get()!
  const refs: VoucherRef[] = []
  for (const importId of importIds) {
    const imp = ctx.core.db.select().from(levyImports).where(eq(levyImports.id, importId)).get()!
    if (imp.voucherId !== null) throw new AppError('CONFLICT', `返拨明细“${imp.fileName}”已生成凭证`)
    const rows = ctx.core.db.select().from(levyEntries).where(eq(levyEntries.importId, importId)).all()
    const open = rows.filter((r) => r.enterpriseId === null)
    if (open.length) {
      throw new AppError(
        'VALIDATION',
        `返拨明细“${imp.fileName}”还有 ${open.length} 行未对应企业（${open
          .slice(0, 3)
          .map((r) => `第 ${r.rowNumber} 行 ${r.fileName}`)
          .join('、')}），请先对应后再生成凭证`,
      )
    }
    const chart = chartOf(ctx.core, ledgerId, { postings: false })
    const summary = `${periodStr(imp.period)} 工会经费返拨`
    const lines: LineInput[] = [line(leafUnder(chart, '102', ledger.name), summary, 'debit', imp.amount, null)]
    const own = rows.reduce((s, r) => s + r.streetAmount, 0)
    if (own) lines.push(line(leafUnder(chart, '402', ledger.name), `${summary}（本级留成）`, 'credit', own, null))
    const perRecipient = new Map<number, number>()
    for (const r of rows) if (r.lowerAmount) perRecipient.set(r.recipientId!, (perRecipient.get(r.recipientId!) ?? 0) + r.lowerAmount)
    const payable = leafUnder(chart, '21202', ledger.name)
    for (const [unionId, amount] of perRecipient) lines.push(line(payable, `${summary}（应付下级转拨）`, 'credit', amount, partyName(ctx.core, unionId)))
    const prepAccount = rows.some((r) => r.prepAmount) ? leafUnder(chart, '215', ledger.name, '筹备金') : null
    for (const r of rows) if (r.prepAmount) lines.push(line(prepAccount!, `${summary}（建会筹备金）`, 'credit', r.prepAmount, r.fileName))
    const voucher = draftSide(ctx, ledger, imp.entryDate, '记', lines)
    ctx.core.sqlite.prepare("UPDATE vouchers SET origin = 'levy' WHERE id = ?").run(voucher.id)
    ctx.core.db.update(levyImports).set({ voucherId: voucher.id }).where(eq(levyImports.id, importId)).run()
    ctx.core.db.update(levyEntries).set({ voucherId: voucher.id }).where(eq(levyEntries.importId, importId)).run()
    refs.push({ ledgerCode: ledger.code, label: voucherLabel(voucher), voucherId: voucher.id })
    for (const [unionId, amount] of perRecipient) {
      const x = street.xiaoerji.find((u) => u.unionId === unionId && u.ledgerId !== null)
      if (!x) continue
      const mode = ctx.core.db.select({ mode: unions.accountingMode }).from(unions).where(eq(unions.id, unionId)).get()?.mode
      const t = createTransfer(ctx, {
        kind: 'levy',
        moneyPattern: mode === 'reimbursement' ? 'pooled' : 'own_account',
        fromLedgerId: ledgerId,
        toLedgerId: x.ledgerId!,
        date: imp.entryDate,
        word: '记',
        amount,
        summary: `转拨${periodStr(imp.period)}工会经费`,
        fundNature: 'general',
        fromBankAccountId: null,
        toBankAccountId: null,
        fundingPlanId: null,
      })
      refs.push({ ledgerCode: ledger.code, label: t.fromLabel, voucherId: transferVoucher(ctx, t.id, 'from') })
      refs.push({ ledgerCode: ledgerOfUnionCode(ctx, x.ledgerId!), label: t.toLabel, voucherId: transferVoucher(ctx, t.id, 'to') })
    }
  }
  return refs
}

const transferVoucher = (ctx: HandlerContext, id: number, side: 'from' | 'to') =>
  (ctx.core.sqlite.prepare(`SELECT ${side}_voucher_id AS v FROM transfers WHERE id = ?`).get(id) as { v: number }).v
const ledgerOfUnionCode = (ctx: HandlerContext, ledgerId: number) => (ctx.core.sqlite.prepare('SELECT code FROM ledgers WHERE id = ?').get(ledgerId) as { code: string }).code

/** The imports a 生成凭证 call covers: one import, or every import of a month not yet booked. */
export function importsToBook(ctx: HandlerContext, ledgerId: number, input: { importId?: number; period?: string }): number[] {
  if (input.importId !== undefined) {
    const imp = ctx.core.db
      .select()
      .from(levyImports)
      .where(and(eq(levyImports.id, input.importId), eq(levyImports.ledgerId, ledgerId)))
      .get()
    if (!imp) throw new AppError('NOT_FOUND', `返拨明细导入（编号 ${input.importId}）不存在`)
    return [imp.id]
  }
  const ids = ctx.core.db
    .select({ id: levyImports.id })
    .from(levyImports)
    .where(and(eq(levyImports.ledgerId, ledgerId), eq(levyImports.period, Number(input.period!.replace('-', ''))), isNull(levyImports.voucherId)))
    .all()
    .map((r) => r.id)
  if (!ids.length) throw new AppError('VALIDATION', `${input.period} 没有待生成凭证的返拨明细`)
  return ids
}
