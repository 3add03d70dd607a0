import { levyEntries } from '../../../drizzle/schema'
import type { LevySettings } from '../../shared/contract/levy'
import { periodText } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { enterpriseAt, periodStart, recipientOf } from './facts'
import { isSmallOrMicro, ruleOn, splitOf } from './rules'

export type EntryRecord = typeof levyEntries.$inferSelect

/** What a 台账 row needs from the file, before it is matched. */
export interface RawEntry {
  period: number
  payroll: number
  paid: number
  returned: number
}

/**
 * The matched half of a 台账 row: 筹备金 or not, the recipient, 应缴 at the set rate, the rule in force
 * on the first day of the 所属期 and the split it gives. Returns a Chinese reason when it cannot be booked.
 */
export function matchedFields(core: Core, ledgerId: number, settings: LevySettings, enterpriseId: number, raw: RawEntry): Partial<EntryRecord> | string {
  const e = enterpriseAt(core, enterpriseId, Math.floor(raw.period / 100))
  if (!e) return '企业不存在'
  const prep = !e.hasUnion && settings.prepEnabled
  const rate = prep ? settings.prepRateBp : settings.rateBp
  const due = Math.floor((raw.payroll * rate + 5000) / 10000)
  if (prep) return { enterpriseId, prep, due, recipientId: null, ruleId: null, upperBp: 0, streetBp: 0, lowerBp: 0, feeBp: 0, ...splitOf(raw.paid, raw.returned, undefined, true) }
  const rule = ruleOn(core, ledgerId, periodStart(raw.period), isSmallOrMicro(e.size))
  if (!rule) return `没有 ${periodText(raw.period)} 适用的经费分成比例，请先“设置经费分成比例”`
  const recipientId = recipientOf(core, e)
  const split = splitOf(raw.paid, raw.returned, recipientId === null ? { lowerBp: 0 } : rule, false)
  const { upperBp, streetBp, lowerBp, feeBp } = rule
  return { enterpriseId, prep, due, recipientId, ruleId: rule.id, upperBp, streetBp, lowerBp, feeBp, ...split }
}
