/**
 * The 账簿报表 address: #/reports/<tab>/<from>/<to>/<arg>, e.g. #/reports/detail/2026-01/2026-03/102.
 * The range is part of the address so a drill-down (科目余额表 → 明细账) keeps it, and so the
 * browser's back button returns to the report the user came from.
 */
export const REPORT_TABS = ['trial', 'general', 'detail', 'multi', 'journal', 'sequence', 'summary', 'aux', 'balance', 'income', 'group'] as const
export type ReportTab = (typeof REPORT_TABS)[number]

export interface ReportRoute {
  tab: ReportTab
  from: string
  to: string
  /** The account of a book, 'year' for the annual 工会02表. */
  arg?: string
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/

/** A new 账簿报表 visit shows the current year up to the 账套's current month (never before it starts). */
export function defaultRange(ledger: { startPeriod: string; currentPeriod: string }): { from: string; to: string } {
  const yearStart = `${ledger.currentPeriod.slice(0, 4)}-01`
  return { from: yearStart < ledger.startPeriod ? ledger.startPeriod : yearStart, to: ledger.currentPeriod }
}

/** Reads the address after #/reports; anything missing or malformed falls back to the defaults. */
export function parseReportRoute(path: string[], fallback: { from: string; to: string }): ReportRoute {
  const [tab, from, to, arg] = path
  const known = REPORT_TABS.find((t) => t === tab) ?? 'trial'
  const valid = from !== undefined && to !== undefined && PERIOD.test(from) && PERIOD.test(to) && from <= to
  return { tab: known, ...(valid ? { from, to } : fallback), ...(arg ? { arg: decodeURIComponent(arg) } : {}) }
}

export function reportPath({ tab, from, to, arg }: ReportRoute): string {
  return ['reports', tab, from, to, ...(arg ? [encodeURIComponent(arg)] : [])].join('/')
}

/** The months a statement for `period` looks back over: its year from January (or the 账套's start). */
export function yearToDate(period: string, startPeriod: string): { from: string; to: string } {
  const january = `${period.slice(0, 4)}-01`
  return { from: january < startPeriod ? startPeriod : january, to: period }
}

/** "2026-03" → "2026年3月"; a range of months → "2026年1月至2026年3月", as the printed books head their page. */
export function periodLabel(from: string, to: string): string {
  const month = (p: string) => `${p.slice(0, 4)}年${Number(p.slice(5))}月`
  return from === to ? month(to) : `${month(from)}至${month(to)}`
}

/** Which journal an account belongs in: 101… 现金日记账, 102… 银行存款日记账. */
export function journalKind(accountCode: string): 'cash-journal' | 'bank-journal' | null {
  return accountCode.startsWith('101') ? 'cash-journal' : accountCode.startsWith('102') ? 'bank-journal' : null
}

/** What every report page gets: where it is (tab, range, account) and how to move (drill-down, new range). */
export interface ReportProps {
  route: ReportRoute
  go: (change: Partial<ReportRoute>) => void
}
