import { z } from 'zod'

/**
 * The contract's one calendar-date type and one month type. Every method that takes a date or a
 * month uses these, so 2026-02-30 or 2026-13 is refused at the boundary, named by its field.
 */

/** Whether "YYYY-MM-DD" is a day that exists (2025-02-29 and 2026-04-31 do not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

/** Whether "YYYY-MM" is a month (01–12). */
export function isMonthText(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text) && Number(text.slice(0, 4)) >= 1900
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const checked = (format: RegExp, formatMessage: string, valid: (t: string) => boolean, invalidMessage: string) =>
  z.string().superRefine((text, ctx) => {
    if (!format.test(text)) ctx.addIssue({ code: 'custom', message: formatMessage })
    else if (!valid(text)) ctx.addIssue({ code: 'custom', message: invalidMessage })
  })

/** A calendar day as "YYYY-MM-DD"; the message says which part is wrong. */
export const isoDate = (label: string) =>
  checked(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期', isCalendarDate, '不是有效的日期（月份应为 01–12，日应在该月天数之内）').meta({ title: label })

/** A month (会计期间) as "YYYY-MM". */
export const monthText = (label = '会计期间') => checked(/^\d{4}-\d{2}$/, '应为 YYYY-MM 格式的月份', isMonthText, '不是有效的月份（月份应为 01–12）').meta({ title: label })
