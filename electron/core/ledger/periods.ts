import { and, eq, sql } from 'drizzle-orm'
import { closedPeriods, closedYears, vouchers } from '../../../drizzle/schema'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { nextPeriod, parsePeriodText, periodText, monthOfPeriod, yearOfPeriod } from '../../shared/ledger-terms'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import { closingWarnings } from '../assets/depreciation'
import { cached } from '../db/cached'
import { ledgerFor, type LedgerRecord } from './access'
import { closingLines, postSystemVoucher } from './closing'
import { closedThrough, currentPeriodOf } from './ledgers'
import { assertOpeningBalanced, linesOf, voucherLabel } from './voucher-store'
import { LEDGER_CLOSERS } from '../../shared/roles'

interface PeriodStats {
  drafts: number
  reviewed: number
  posted: number
  gaps: string[]
}

const EMPTY_STATS: PeriodStats = { drafts: 0, reviewed: 0, posted: 0, gaps: [] }

/**
 * Voucher counts by status and the gaps in each word's numbering, per month: of one month, or of all
 * a 账套's months in one grouped query (the 结账 screen lists ten years). Numbers are unique per month
 * and word, so a word has gaps exactly when its count is below its highest number; only then are its
 * numbers read.
 */
export function periodStatsByMonth(core: Core, ledgerId: number, period?: number): Map<number, PeriodStats> {
  const rows = cached(
    core.sqlite,
    `SELECT period, word, status, count(*) AS n, max(number) AS max FROM vouchers
     WHERE ledger_id = ? ${period === undefined ? '' : 'AND period = ?'} GROUP BY period, word, status`,
  ).all(...(period === undefined ? [ledgerId] : [ledgerId, period])) as { period: number; word: string; status: string; n: number; max: number }[]
  const stats = new Map<number, PeriodStats>()
  const words = new Map<string, { period: number; word: string; n: number; max: number }>()
  for (const r of rows) {
    const s = stats.get(r.period) ?? { drafts: 0, reviewed: 0, posted: 0, gaps: [] }
    if (r.status === 'draft') s.drafts += r.n
    if (r.status === 'reviewed') s.reviewed += r.n
    if (r.status === 'posted') s.posted += r.n
    stats.set(r.period, s)
    const w = words.get(`${r.period}|${r.word}`) ?? { period: r.period, word: r.word, n: 0, max: 0 }
    w.n += r.n
    w.max = Math.max(w.max, r.max)
    words.set(`${r.period}|${r.word}`, w)
  }
  const numbersOf = cached(core.sqlite, 'SELECT number FROM vouchers WHERE ledger_id = ? AND period = ? AND word = ?')
  for (const w of words.values()) {
    if (w.n >= w.max) continue
    const numbers = new Set((numbersOf.all(ledgerId, w.period, w.word) as { number: number }[]).map((r) => r.number))
    for (let n = 1; n <= w.max; n++) if (!numbers.has(n)) stats.get(w.period)!.gaps.push(`${w.word}-${n}`)
  }
  return stats
}

export const periodStats = (core: Core, ledgerId: number, period: number): PeriodStats => periodStatsByMonth(core, ledgerId, period).get(period) ?? EMPTY_STATS

const lastDayOf = (period: number) => {
  const [y, m] = [yearOfPeriod(period), monthOfPeriod(period)]
  return `${periodText(period)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/** Checks and closing vouchers of a month-end close, without marking the month closed. */
export function closeMonthEntries(ctx: HandlerContext, ledger: LedgerRecord, period: number): string[] {
  const current = currentPeriodOf(ctx.core, ledger)
  if (period !== current) throw new AppError('CONFLICT', `请按月份顺序结账：当前应结账的期间是 ${periodText(current)}`)
  const stats = periodStats(ctx.core, ledger.id, period)
  const pending = stats.drafts + stats.reviewed
  if (pending) throw new AppError('CONFLICT', `${periodText(period)} 还有 ${pending} 张凭证未记账，请先审核并记账`)
  if (stats.gaps.length) {
    throw new AppError('CONFLICT', `${periodText(period)} 凭证号不连续（缺 ${stats.gaps.slice(0, 10).join('、')}），请先“断号整理”`)
  }
  assertOpeningBalanced(ctx.core, ledger)
  const { income, expense } = closingLines(ctx.core, ledger, period)
  const made: string[] = []
  for (const lines of [income, expense]) {
    if (lines.length) made.push(postSystemVoucher(ctx.core, ledger, { date: lastDayOf(period), origin: 'closing', lines, userId: ctx.user!.id }))
  }
  return made
}

export function markClosed(ctx: HandlerContext, ledgerId: number, period: number): void {
  ctx.core.db.insert(closedPeriods).values({ ledgerId, period, closedBy: ctx.user!.id, closedAt: ctx.core.now().toISOString() }).run()
}

export const periodsHandlers: HandlerMap<'periods.list' | 'periods.renumber' | 'periods.close' | 'periods.reopen'> = {
  'periods.list': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    const last = closedThrough(ctx.core, ledger.id)
    const lastVoucher = ctx.core.db
      .select({ p: sql<number | null>`max(${vouchers.period})` })
      .from(vouchers)
      .where(eq(vouchers.ledgerId, ledger.id))
      .get()?.p
    const end = Math.max(currentPeriodOf(ctx.core, ledger), lastVoucher ?? 0)
    const stats = periodStatsByMonth(ctx.core, ledger.id)
    const rows = []
    for (let p = ledger.startPeriod; p <= end; p = nextPeriod(p)) {
      rows.push({ period: periodText(p), closed: last !== null && p <= last, ...(stats.get(p) ?? EMPTY_STATS) })
    }
    return rows
  },

  /** 断号整理: renumber each word's vouchers 1..n in date order, closing the gaps deleted drafts left. */
  'periods.renumber': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    const period = parsePeriodText(input.period)
    const last = closedThrough(ctx.core, ledger.id)
    if (last !== null && period <= last) throw new AppError('CONFLICT', `${input.period} 已结账，不能整理凭证号`)
    const list = ctx.core.db
      .select({ id: vouchers.id, word: vouchers.word, number: vouchers.number })
      .from(vouchers)
      .where(and(eq(vouchers.ledgerId, ledger.id), eq(vouchers.period, period)))
      .orderBy(vouchers.word, vouchers.date, vouchers.number)
      .all()
    const setNumber = (id: number, number: number) => ctx.core.db.update(vouchers).set({ number }).where(eq(vouchers.id, id)).run()
    // Two passes through negative numbers so the unique (ledger, period, word, number) never collides.
    list.forEach((v) => setNumber(v.id, -v.number))
    let changed = 0
    const next = new Map<string, number>()
    for (const v of list) {
      const n = (next.get(v.word) ?? 0) + 1
      next.set(v.word, n)
      setNumber(v.id, n)
      if (n !== v.number) changed++
    }
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `${input.period} 断号整理，重排 ${changed} 张凭证`
    return { renumbered: changed }
  },

  'periods.close': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_CLOSERS)
    const period = parsePeriodText(input.period)
    if (monthOfPeriod(period) === 12) throw new AppError('CONFLICT', '12 月请使用“年度结转”，它包含 12 月的期末结账')
    // A warning, not a refusal: the month may be closed knowingly (assets still being set up).
    const warnings = closingWarnings(ctx.core, ledger.id, input.period)
    const made = closeMonthEntries(ctx, ledger, period)
    markClosed(ctx, ledger.id, period)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `${input.period} 期末结账${made.length ? `，生成结转凭证 ${made.join('、')}` : ''}${warnings.length ? `；${warnings.join('；')}` : ''}`
    return { closingVouchers: made, warnings }
  },

  /** 反结账 (admin only): the month reopens and its closing vouchers are cancelled by posted red copies. */
  'periods.reopen': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, ['admin'])
    const period = parsePeriodText(input.period)
    if (closedThrough(ctx.core, ledger.id) !== period) throw new AppError('CONFLICT', '只能反结账最后一个已结账的期间')
    const yearClosed = ctx.core.db
      .select({ y: closedYears.year })
      .from(closedYears)
      .where(and(eq(closedYears.ledgerId, ledger.id), eq(closedYears.year, yearOfPeriod(period))))
      .get()
    if (yearClosed) throw new AppError('CONFLICT', `${yearClosed.y} 年已年度结转，不能反结账`)
    ctx.core.db
      .delete(closedPeriods)
      .where(and(eq(closedPeriods.ledgerId, ledger.id), eq(closedPeriods.period, period)))
      .run()
    const closings = ctx.core.sqlite
      .prepare(
        `SELECT v.id, v.word, v.number, v.date FROM vouchers v
         WHERE v.ledger_id = ? AND v.period = ? AND v.origin = 'closing'
           AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reversal_of = v.id)`,
      )
      .all(ledger.id, period) as { id: number; word: string; number: number; date: string }[]
    const made = closings.map((v) =>
      postSystemVoucher(ctx.core, ledger, {
        date: v.date,
        origin: 'reversal',
        reversalOf: v.id,
        userId: ctx.user!.id,
        lines: linesOf(ctx.core, v.id).map((l) => ({
          ...l,
          summary: `反结账冲销 ${voucherLabel(v)}号结转凭证`,
          debit: l.debit === 0 ? 0 : -l.debit,
          credit: l.credit === 0 ? 0 : -l.credit,
        })),
      }),
    )
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `${input.period} 反结账${made.length ? `，红字冲销结转凭证，生成 ${made.join('、')}` : ''}`
    return { ok: true }
  },
}
