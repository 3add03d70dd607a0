// ledger/: the books — 账套 (this file), the 2021 chart and accounts, opening balances, vouchers (entry,
// workflow, queries, store, line rules), periods and closing, year-end, balances, and the voucher and
// opening-balance imports with their templates (import.ts). Scope checks for ledger roles are in access.ts.
import { and, eq, sql } from 'drizzle-orm'
import { accounts, closedPeriods, ledgers } from '../../../drizzle/schema'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import type { LedgerRow } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { nextPeriod, parsePeriodText, periodText } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { unionOf } from '../registry/tree'
import { holdsLedgerRole, ledgerFor, type LedgerRecord } from './access'
import { levelOf, mnemonicOf, parentCodeOf } from './account-codes'
import { CHART_2021, CHART_VERSION, categoryOf, normalSideOf } from './chart-2021'
import { seedTemplates } from './templates'
import { LEDGER_MANAGERS } from '../../shared/roles'

function seedChart(core: Core, ledgerId: number): void {
  for (const entry of CHART_2021) {
    core.db
      .insert(accounts)
      .values({
        ledgerId,
        code: entry.code,
        name: entry.name,
        parentCode: parentCodeOf(entry.code),
        level: levelOf(entry.code),
        category: categoryOf(entry.code),
        normalSide: normalSideOf(entry.code),
        enabled: entry.enabled,
        official: true,
        mnemonic: mnemonicOf(entry.name),
      })
      .run()
  }
}

/** The last closed month, or null: months close in order, so the current one follows it. */
export function closedThrough(core: Core, ledgerId: number): number | null {
  const row = core.db
    .select({ last: sql<number | null>`max(${closedPeriods.period})` })
    .from(closedPeriods)
    .where(eq(closedPeriods.ledgerId, ledgerId))
    .get()
  return row?.last ?? null
}

export function currentPeriodOf(core: Core, ledger: LedgerRecord): number {
  const last = closedThrough(core, ledger.id)
  return last === null ? ledger.startPeriod : nextPeriod(last)
}

export function toRow(core: Core, ledger: LedgerRecord): LedgerRow {
  const last = closedThrough(core, ledger.id)
  return {
    id: ledger.id,
    code: ledger.code,
    name: ledger.name,
    orgName: ledger.orgName,
    unionId: ledger.unionId,
    startPeriod: periodText(ledger.startPeriod),
    currentPeriod: periodText(currentPeriodOf(core, ledger)),
    closedThrough: last === null ? null : periodText(last),
    voucherWords: ledger.voucherWords,
    cashierSignRequired: ledger.cashierSignRequired,
  }
}

export const ledgersHandlers: HandlerMap<'ledgers.list' | 'ledgers.create' | 'ledgers.update'> = {
  'ledgers.list': (ctx) =>
    ctx.core.db
      .select()
      .from(ledgers)
      .orderBy(ledgers.code)
      .all()
      .filter((l) => holdsLedgerRole(ctx.user!, l.id, LEDGER_READERS))
      .map((l) => toRow(ctx.core, l)),

  'ledgers.create': (ctx, input) => {
    const taken = ctx.core.db.select({ id: ledgers.id }).from(ledgers).where(eq(ledgers.code, input.code)).get()
    if (taken) throw new AppError('CONFLICT', `账套编码“${input.code}”已被使用`, { fields: { code: '已被使用' } })
    if (input.unionId !== null) unionOf(ctx.core, input.unionId, undefined, '所属工会')
    const { id } = ctx.core.db
      .insert(ledgers)
      .values({
        code: input.code,
        name: input.name,
        orgName: input.orgName || input.name,
        unionId: input.unionId,
        startPeriod: parsePeriodText(input.startPeriod),
        chartVersion: CHART_VERSION,
        voucherWords: input.voucherWords,
        cashierSignRequired: input.cashierSignRequired,
        createdAt: ctx.core.now().toISOString(),
      })
      .returning({ id: ledgers.id })
      .get()
    seedChart(ctx.core, id)
    seedTemplates(ctx.core, id)
    ctx.audit.targets = [`ledger:${id}`]
    ctx.audit.summary = `新建账套 ${input.code} ${input.name}，启用期间 ${input.startPeriod}`
    return { id }
  },

  'ledgers.update': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.id, LEDGER_MANAGERS)
    if (input.unionId !== null) unionOf(ctx.core, input.unionId, undefined, '所属工会')
    ctx.core.db
      .update(ledgers)
      .set({
        name: input.name,
        orgName: input.orgName || input.name,
        voucherWords: input.voucherWords,
        cashierSignRequired: input.cashierSignRequired,
        unionId: input.unionId,
      })
      .where(and(eq(ledgers.id, ledger.id)))
      .run()
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `修改账套 ${ledger.code} 的设置`
    return { ok: true }
  },
}
