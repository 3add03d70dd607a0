import { DEFAULT_TIME_ZONE, officeDay, officeTime } from '../../shared/office-time'
import { systemSettingsSchema, type SystemSettings } from '../../shared/contract/system'
import type { Db } from '../db/open'
import { getSetting } from './settings'

/**
 * The one home of business time: the office's time zone (系统设置, default Asia/Shanghai) and
 * "today" in it. Every default date, lockout time, backup name and audit day goes through here.
 */
const SETTINGS_KEY = 'system.settings'

/** What business time needs of the core (structural, so app.ts can use it without an import cycle). */
interface Clock {
  db: Db
  now(): Date
}

export function systemSettings(core: Pick<Clock, 'db'>): SystemSettings {
  const stored = getSetting(core.db, SETTINGS_KEY)
  const parsed = systemSettingsSchema.safeParse(stored ? JSON.parse(stored) : {})
  return parsed.success ? parsed.data : { timeZone: DEFAULT_TIME_ZONE }
}

export const SYSTEM_SETTINGS_KEY = SETTINGS_KEY

export function timeZoneOf(core: Pick<Clock, 'db'>): string {
  return systemSettings(core).timeZone
}

/** The office's calendar day now, YYYY-MM-DD. */
export function todayOf(core: Clock): string {
  return officeDay(core.now(), timeZoneOf(core))
}

/** The office's year now. */
export function yearOr(core: Clock, year: number | undefined): number {
  return year ?? Number(todayOf(core).slice(0, 4))
}

/** An instant in office wall-clock time, in a dayjs format. */
export function officeFormat(core: Clock, instant: Date | string, format: string): string {
  return officeTime(instant, timeZoneOf(core)).format(format)
}
