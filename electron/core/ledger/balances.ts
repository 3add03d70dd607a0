import { and, eq, lte, sql } from 'drizzle-orm'
import { openingBalances } from '../../../drizzle/schema'
import type { AccountRow } from '../../shared/contract/ledgers'
import type { BalanceRow } from '../../shared/contract/periods'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { parsePeriodText } from '../../shared/ledger-terms'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { ledgerFor, type LedgerRecord } from './access'
import { chartOf } from './accounts'

/** Signed amounts per account: net = debit − credit. */
export interface Movement {
  opening: number
  debit: number
  credit: number
  yearDebit: number
  yearCredit: number
}

const ZERO: Movement = { opening: 0, debit: 0, credit: 0, yearDebit: 0, yearCredit: 0 }

/**
 * Leaf-account movements for the months from..to of one year, summed in SQL over the covering index
 * (ledger, posted, period, account, debit, credit). The opening comes from the newest stored opening
 * balances at or before that year (the start year's, or those year-end closing wrote), plus the
 * posted movements between them and `from`, so reports never rescan earlier years.
 */
export function leafMovements(core: Core, ledger: LedgerRecord, from: number, to: number): Map<number, Movement> {
  const year = Math.floor(from / 100)
  const stored = core.db
    .select({ year: sql<number | null>`max(${openingBalances.year})` })
    .from(openingBalances)
    .where(and(eq(openingBalances.ledgerId, ledger.id), lte(openingBalances.year, year)))
    .get()
  const baseYear = Math.max(stored?.year ?? 0, Math.floor(ledger.startPeriod / 100))
  const base = baseYear * 100 + 1
  const yearStart = year * 100 + 1
  const result = new Map<number, Movement>()
  const at = (id: number) => result.get(id) ?? (result.set(id, { ...ZERO }), result.get(id)!)
  for (const o of core.db
    .select()
    .from(openingBalances)
    .where(and(eq(openingBalances.ledgerId, ledger.id), eq(openingBalances.year, baseYear)))
    .all()) {
    at(o.accountId).opening += o.debit - o.credit
  }
  const rows = core.sqlite
    .prepare(
      `SELECT account_id AS id,
         sum(CASE WHEN period < @from THEN debit - credit ELSE 0 END) AS before,
         sum(CASE WHEN period >= @from THEN debit ELSE 0 END) AS debit,
         sum(CASE WHEN period >= @from THEN credit ELSE 0 END) AS credit,
         sum(CASE WHEN period >= @yearStart THEN debit ELSE 0 END) AS yearDebit,
         sum(CASE WHEN period >= @yearStart THEN credit ELSE 0 END) AS yearCredit
       FROM voucher_lines
       WHERE ledger_id = @ledger AND posted = 1 AND period >= @base AND period <= @to
       GROUP BY account_id`,
    )
    .all({ ledger: ledger.id, from, to, base, yearStart }) as (Omit<Movement, 'opening'> & { id: number; before: number })[]
  for (const r of rows) {
    const m = at(r.id)
    m.opening += r.before
    m.debit = r.debit
    m.credit = r.credit
    m.yearDebit = r.yearDebit
    m.yearCredit = r.yearCredit
  }
  return result
}

function split(net: number): [debit: number, credit: number] {
  return net >= 0 ? [net, 0] : [0, -net]
}

export function toBalanceRow(account: AccountRow, m: Movement): BalanceRow {
  const [openingDebit, openingCredit] = split(m.opening)
  const [closingDebit, closingCredit] = split(m.opening + m.debit - m.credit)
  return {
    accountId: account.id,
    code: account.code,
    name: account.name,
    level: account.level,
    normalSide: account.normalSide,
    openingDebit,
    openingCredit,
    debit: m.debit,
    credit: m.credit,
    yearDebit: m.yearDebit,
    yearCredit: m.yearCredit,
    closingDebit,
    closingCredit,
  }
}

/** Every account with its leaf movements rolled up by code prefix (the chart is small; the ledger is not). */
export function rolledUp(core: Core, ledger: LedgerRecord, from: number, to: number): { account: AccountRow; m: Movement }[] {
  const leaves = leafMovements(core, ledger, from, to)
  const chart = chartOf(core, ledger.id)
  const byCode = new Map(chart.map((a) => [a.code, { account: a, m: { ...ZERO } }]))
  for (const a of chart) {
    const m = leaves.get(a.id)
    if (!m) continue
    for (let code = a.code; code.length >= 3; code = code.slice(0, -2)) {
      const target = byCode.get(code)!.m
      target.opening += m.opening
      target.debit += m.debit
      target.credit += m.credit
      target.yearDebit += m.yearDebit
      target.yearCredit += m.yearCredit
    }
  }
  return [...byCode.values()]
}

export function periodRange(from: string, to: string): [number, number] {
  const [f, t] = [parsePeriodText(from), parsePeriodText(to)]
  if (f > t) throw new AppError('VALIDATION', '起始期间不能晚于截止期间', { fields: { to: '早于起始期间' } })
  if (Math.floor(f / 100) !== Math.floor(t / 100)) throw new AppError('VALIDATION', '起止期间须在同一会计年度内', { fields: { to: '跨年度' } })
  return [f, t]
}

const isZero = (m: Movement) => !m.opening && !m.debit && !m.credit && !m.yearDebit && !m.yearCredit

export const balancesHandlers: HandlerMap<'balances.trial' | 'balances.account'> = {
  'balances.trial': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    const [from, to] = periodRange(input.from, input.to)
    const all = rolledUp(ctx.core, ledger, from, to)
    const rows = all
      .filter(({ account, m }) => (!input.maxLevel || account.level <= input.maxLevel) && !(input.hideZero && isZero(m)))
      .map(({ account, m }) => toBalanceRow(account, m))
    const level1 = all.filter(({ account }) => account.level === 1).map(({ account, m }) => toBalanceRow(account, m))
    const sum = (k: keyof BalanceRow) => level1.reduce((s, r) => s + (r[k] as number), 0)
    const totals = {
      openingDebit: sum('openingDebit'),
      openingCredit: sum('openingCredit'),
      debit: sum('debit'),
      credit: sum('credit'),
      yearDebit: sum('yearDebit'),
      yearCredit: sum('yearCredit'),
      closingDebit: sum('closingDebit'),
      closingCredit: sum('closingCredit'),
    }
    return { rows, totals }
  },

  'balances.account': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    const [from, to] = periodRange(input.from, input.to)
    const found = rolledUp(ctx.core, ledger, from, to).find(({ account }) => account.id === input.accountId)
    if (!found) throw new AppError('NOT_FOUND', '科目不属于本账套')
    const closing = found.m.opening + found.m.debit - found.m.credit
    return { ...toBalanceRow(found.account, found.m), closing, direction: closing > 0 ? '借' : closing < 0 ? '贷' : '平' }
  },
}
