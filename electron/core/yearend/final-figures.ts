import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import { cached } from '../db/cached'
import type { LedgerRecord } from '../ledger/access'

/** Posted movements of one year by account (every level rolled up from the leaves by code prefix), closing vouchers left out. */
export interface AccountFlow {
  code: string
  name: string
  category: string
  debit: number
  credit: number
}

export function yearFlows(core: Core, ledger: LedgerRecord, year: number): AccountFlow[] {
  // One grouped pass over the year's posted month totals per account (closing vouchers are flagged there); the
  // ~100-row chart then rolls them up by code prefix (joining every level to its rows in SQL read each once per level above it).
  const leaves = cached(
    core.sqlite,
    `SELECT a.code, sum(t.debit) AS debit, sum(t.credit) AS credit
     FROM tagged_month_totals t JOIN accounts a ON a.id = t.account_id
     WHERE t.ledger_id = ? AND t.period BETWEEN ? AND ? AND t.closing = 0
     GROUP BY t.account_id`,
  ).all(ledger.id, year * 100 + 1, year * 100 + 12) as { code: string; debit: number; credit: number }[]
  const chart = cached(core.sqlite, 'SELECT code, name, category FROM accounts WHERE ledger_id = ? ORDER BY code').all(ledger.id) as Omit<AccountFlow, 'debit' | 'credit'>[]
  return chart.flatMap((p) => {
    const below = leaves.filter((l) => l.code.startsWith(p.code))
    return below.length ? [{ ...p, debit: below.reduce((n, l) => n + l.debit, 0), credit: below.reduce((n, l) => n + l.credit, 0) }] : []
  })
}

/** The months of `year` (from the 账套's start) that are not closed, as 'YYYY-MM'. */
export function openMonths(core: Core, ledger: LedgerRecord, year: number): string[] {
  const closed = new Set(
    (
      core.sqlite.prepare('SELECT period FROM closed_periods WHERE ledger_id = ? AND period BETWEEN ? AND ?').all(ledger.id, year * 100 + 1, year * 100 + 12) as {
        period: number
      }[]
    ).map((r) => r.period),
  )
  const months: string[] = []
  for (let m = 1; m <= 12; m++) {
    const p = year * 100 + m
    if (p >= ledger.startPeriod && !closed.has(p)) months.push(`${year}-${String(m).padStart(2, '0')}`)
  }
  return months
}

export function yearClosed(core: Core, ledgerId: number, year: number): boolean {
  return Boolean(core.sqlite.prepare('SELECT 1 FROM closed_years WHERE ledger_id = ? AND year = ?').get(ledgerId, year))
}

export function sealedAt(core: Core, ledgerId: number, year: number): string | null {
  const row = core.sqlite.prepare('SELECT sealed_at AS at FROM year_archives WHERE ledger_id = ? AND year = ?').get(ledgerId, year) as { at: string } | undefined
  return row?.at ?? null
}

/** A year before the 账套 started has no books to report on. */
export function assertHasYear(ledger: LedgerRecord, year: number): void {
  if (year * 100 + 12 < ledger.startPeriod)
    throw new AppError('VALIDATION', `账套 ${ledger.code} 从 ${Math.floor(ledger.startPeriod / 100)} 年启用，没有 ${year} 年的账`, { fields: { year: '该年度没有账' } })
}

/** 决算 and 归档 need a year closed by 年度结转; the refusal names the months still open. */
export function assertClosed(core: Core, ledger: LedgerRecord, year: number): void {
  assertHasYear(ledger, year)
  if (yearClosed(core, ledger.id, year)) return
  const open = openMonths(core, ledger, year)
  const list = open.map((p) => `${Number(p.slice(5))}月`).join('、')
  throw new AppError(
    'CONFLICT',
    `${ledger.code} ${ledger.name} 的 ${year} 年尚未年度结账${open.length ? `，未结账的月份：${list}` : ''}；请先完成期末结账和年度结转，再编制决算或归档`,
    {
      fields: { year: `未结账：${list || '12月年度结转'}` },
    },
  )
}

/** The year's sealed archive keeps the 决算 as it was filed. */
export function assertNotSealed(core: Core, ledger: LedgerRecord, year: number): void {
  const at = sealedAt(core, ledger.id, year)
  if (at)
    throw new AppError('CONFLICT', `${ledger.code} 的 ${year} 年会计档案已于 ${at.slice(0, 10)} 封存，决算报告不能再重新生成或修改；如确需修改，请系统管理员解除封存并写明原因`)
}

export const yuan = (fen: number) => `${formatFen(fen)}元`
