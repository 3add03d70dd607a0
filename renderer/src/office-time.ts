import dayjs, { type Dayjs } from 'dayjs'
import { DEFAULT_TIME_ZONE, officeDay, officeTime } from '../../electron/shared/office-time'

/**
 * The renderer's "today" and clock times, in the office's time zone (系统设置, sent by system.status)
 * rather than the browser's: a clerk on a laptop set to another zone still dates vouchers in Shanghai.
 */
let zone = DEFAULT_TIME_ZONE

export function setOfficeTimeZone(timeZone: string): void {
  zone = timeZone
}

/** Today in the office, as YYYY-MM-DD. */
export function officeToday(): string {
  return officeDay(Date.now(), zone)
}

/** Today in the office as a plain (local-calendar) dayjs, for date pickers. */
export function officeTodayDayjs(): Dayjs {
  return dayjs(officeToday())
}

/** A stored UTC instant in office wall-clock time. */
export function formatOfficeTime(value: string, format = 'YYYY-MM-DD HH:mm:ss'): string {
  return officeTime(value, zone).format(format)
}
