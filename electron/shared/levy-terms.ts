import { labelled } from './labelled'

/** Official terms of the 经费收缴台账 (reference §8), shared by core and UI. */
export const [LEVY_CHANNELS, LEVY_CHANNEL_LABELS] = labelled({ tax: '税务代收', self: '自主拨缴', treasury: '财政划拨' })
export type LevyChannel = (typeof LEVY_CHANNELS)[number]

/** 'standard' applies to every enterprise; 'micro' to 小微企业 (registry size 小型 or 微型) when set. */
export const [LEVY_RULE_KINDS, LEVY_RULE_KIND_LABELS] = labelled({ standard: '一般企业', micro: '小微企业' })
export type LevyRuleKind = (typeof LEVY_RULE_KINDS)[number]

/** Columns of the 返拨明细 (a published interface: README). 计征依据 may stand in for 工资总额. */
export const LEVY_RETURN_COLUMNS = ['企业名称', '统一社会信用代码', '所属期', '工资总额', '实缴金额', '返拨金额', '缴费渠道'] as const
export type LevyReturnColumn = (typeof LEVY_RETURN_COLUMNS)[number]
export const LEVY_REQUIRED_COLUMNS: LevyReturnColumn[] = ['企业名称', '所属期', '工资总额', '实缴金额', '返拨金额']

/** A percentage typed by a clerk ("2", "48.5", "33.33%") as basis points; null unless 0–100 with at most two decimals. */
export function parsePercent(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/%$/, ''))
  if (!m) return null
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return bp <= 10000 ? bp : null
}
