import { and, eq } from 'drizzle-orm'
import { closedPeriods, openingBalances } from '../../../drizzle/schema'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { monthOfPeriod, periodText, yearOfPeriod } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import type { LedgerRecord } from './access'
import { ledgerFor } from './access'
import { chartOf } from './accounts'
import { openingTotals } from './voucher-store'

const startYear = (ledger: LedgerRecord) => yearOfPeriod(ledger.startPeriod)
/** A 账套 opened after January carries the old books' 本年累计借方/贷方 with its openings. */
export const isMidYear = (ledger: LedgerRecord) => monthOfPeriod(ledger.startPeriod) !== 1

/** The opening balances may change until the first month is closed. */
function editable(core: Core, ledgerId: number): boolean {
  return !core.db.select({ p: closedPeriods.period }).from(closedPeriods).where(eq(closedPeriods.ledgerId, ledgerId)).limit(1).get()
}

/** 年初余额 = the balance at the start month less what January to the month before moved (用友/金蝶 style). */
function yearStart(r: { debit: number; credit: number; ytdDebit: number; ytdCredit: number }) {
  const net = r.debit - r.credit - (r.ytdDebit - r.ytdCredit)
  return { yearStartDebit: net > 0 ? net : 0, yearStartCredit: net < 0 ? -net : 0 }
}

type Entry = { accountCode: string; debit: number; credit: number; ytdDebit: number; ytdCredit: number }

/** Per-entry rules, shared by the screen and the workbook import (which names the row). */
export function openingEntryProblems(ledger: LedgerRecord, account: { code: string; name: string; category: string }, e: Omit<Entry, 'accountCode'>): string[] {
  const problems: string[] = []
  const label = `科目 ${account.code} ${account.name}`
  if (!isMidYear(ledger)) {
    if (e.ytdDebit !== 0 || e.ytdCredit !== 0) problems.push(`${label}：账套从 1 月启用，没有本年累计借方/贷方，请留空`)
    return problems
  }
  if (account.category === 'income' || account.category === 'expense') {
    // The old books closed each month, so what remains is the gross flow on both sides.
    if (e.debit !== 0 || e.credit !== 0) problems.push(`${label} 是收入/支出科目，年中建账时原账已按月结账，余额应为 0`)
    if (e.ytdDebit !== e.ytdCredit) problems.push(`${label} 是收入/支出科目，本年累计借方与本年累计贷方应相等（已按月结转）`)
  }
  return problems
}

export const openingHandlers: HandlerMap<'opening.get' | 'opening.set'> = {
  'opening.get': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    const rows = ctx.core.db
      .select({
        accountId: openingBalances.accountId,
        debit: openingBalances.debit,
        credit: openingBalances.credit,
        ytdDebit: openingBalances.ytdDebit,
        ytdCredit: openingBalances.ytdCredit,
      })
      .from(openingBalances)
      .where(and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, startYear(ledger))))
      .all()
    const codes = new Map(chartOf(ctx.core, ledger.id).map((a) => [a.id, a.code]))
    return {
      period: periodText(ledger.startPeriod),
      editable: editable(ctx.core, ledger.id),
      midYear: isMidYear(ledger),
      rows: rows.map((r) => ({ ...r, ...yearStart(r), code: codes.get(r.accountId)! })).sort((a, b) => a.code.localeCompare(b.code)),
      ...openingTotals(ctx.core, ledger),
    }
  },

  /** Entries replace the figures of each named leaf account; an entry of all zeros clears it. */
  'opening.set': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    if (!editable(ctx.core, ledger.id)) throw new AppError('CONFLICT', '已有结账的期间，期初余额不能再修改')
    const chart = new Map(chartOf(ctx.core, ledger.id).map((a) => [a.code, a]))
    const problems: string[] = []
    for (const e of input.entries) {
      const account = chart.get(e.accountCode)
      if (!account) problems.push(`科目 ${e.accountCode} 不存在`)
      else if (!account.isLeaf) problems.push(`科目 ${e.accountCode} ${account.name} 有下级科目，请在明细科目录入`)
      else if (e.debit !== 0 && e.credit !== 0) problems.push(`科目 ${e.accountCode} 只能有借方或贷方余额之一`)
      else problems.push(...openingEntryProblems(ledger, account, e))
    }
    if (problems.length) throw new AppError('VALIDATION', problems.join('；'))
    const year = startYear(ledger)
    for (const e of input.entries) {
      const accountId = chart.get(e.accountCode)!.id
      const key = and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, year), eq(openingBalances.accountId, accountId))
      ctx.core.db.delete(openingBalances).where(key).run()
      if (e.debit !== 0 || e.credit !== 0 || e.ytdDebit !== 0 || e.ytdCredit !== 0) {
        ctx.core.db.insert(openingBalances).values({ ledgerId: ledger.id, year, accountId, debit: e.debit, credit: e.credit, ytdDebit: e.ytdDebit, ytdCredit: e.ytdCredit }).run()
      }
    }
    const sums = openingTotals(ctx.core, ledger)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `录入期初余额 ${input.entries.length} 个科目；合计借方 ${sums.totalDebit} 分，贷方 ${sums.totalCredit} 分${
      isMidYear(ledger) ? `；本年累计借方 ${sums.totalYtdDebit} 分，贷方 ${sums.totalYtdCredit} 分` : ''
    }`
    return sums
  },
}
