import dayjs, { type Dayjs } from 'dayjs'
import timezone from 'dayjs/plugin/timezone.js'
import utc from 'dayjs/plugin/utc.js'

/**
 * The office's clock. Stored instants are UTC; every business date ("today", a backup's name, the
 * day an audit filter means) is read in the office's time zone, never the machine's.
 */
dayjs.extend(utc)
dayjs.extend(timezone)

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

/** Whether the runtime knows an IANA zone name such as Asia/Shanghai. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name)
  } catch {
    return false
  }
}

/** An instant as the office sees it. */
export function officeTime(instant: Date | string | number, timeZone: string): Dayjs {
  return dayjs(instant).tz(timeZone)
}

/** The office's calendar day at an instant, as YYYY-MM-DD. */
export function officeDay(instant: Date | string | number, timeZone: string): string {
  return officeTime(instant, timeZone).format('YYYY-MM-DD')
}

/** The instant a local wall-clock time ("2026-03-01" or "2026-03-01T08:30:00") happens in the office. */
export function officeInstant(local: string, timeZone: string): Dayjs {
  return dayjs.tz(local, timeZone)
}

/** [start, end) of an office day range as UTC ISO instants, for filters on stored instants. */
export function officeDayBounds(from: string | undefined | null, to: string | undefined | null, timeZone: string) {
  return {
    from: from ? officeInstant(from, timeZone).toISOString() : null,
    to: to ? officeInstant(dayjs(to).add(1, 'day').format('YYYY-MM-DD'), timeZone).toISOString() : null,
  }
}
