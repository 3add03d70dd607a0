import dayjs, { type Dayjs } from 'dayjs'
import { officeTodayDayjs } from '../../office-time'
import type { LedgerRow } from '../../../../electron/shared/contract/ledgers'

export const DATE_FORMAT = 'YYYY-MM-DD'

const periodStart = (ledger: LedgerRow) => dayjs(`${ledger.currentPeriod}-01`)

/** A new voucher's date: today, moved into the 账套's current (first open) month when it lies outside it. */
export function defaultVoucherDate(ledger: LedgerRow, today: Dayjs = officeTodayDayjs()): string {
  const start = periodStart(ledger)
  const end = start.endOf('month')
  const date = today.isBefore(start, 'day') ? start : today.isAfter(end, 'day') ? end : today
  return date.format(DATE_FORMAT)
}

/** Months before the current one are closed (or before the 账套 starts): no voucher may be dated there. */
export function isClosedDate(ledger: LedgerRow, date: Dayjs): boolean {
  return date.isBefore(periodStart(ledger), 'day')
}

/** "2026-03-05" → "2026年3月5日", as on a paper voucher. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
