/** Domain vocabulary of the ledger, shared by core and renderer. Official names are kept exactly. */
export const ACCOUNT_CATEGORIES = ['asset', 'liability', 'net_asset', 'income', 'expense'] as const
export type AccountCategory = (typeof ACCOUNT_CATEGORIES)[number]
export const CATEGORY_LABELS: Record<AccountCategory, string> = {
  asset: '资产类',
  liability: '负债类',
  net_asset: '净资产类',
  income: '收入类',
  expense: '支出类',
}

export const SIDES = ['debit', 'credit'] as const
export type Side = (typeof SIDES)[number]
export const SIDE_LABELS: Record<Side, string> = { debit: '借', credit: '贷' }

/** 资金性质: closing sends 专项 to 321 工会资金结转 and 非专项 to 322 工会资金结余. */
export const FUND_NATURES = ['special', 'general'] as const
export type FundNature = (typeof FUND_NATURES)[number]
export const FUND_NATURE_LABELS: Record<FundNature, string> = { special: '专项', general: '非专项' }

/**
 * The 521 rule, its one home: 521 预算稳定调节基金 belongs to 县级以上 unions' books. It is an expenditure
 * account that carries no 基本支出/项目支出, and a 报账 claim never pays it.
 */
export const isStabilisationFund = (code: string) => code.startsWith('521')

/** 基本支出 / 项目支出: every expenditure line except 521 carries it. */
export const needsSpendType = (category: string, code: string) => category === 'expense' && !isStabilisationFund(code)

export const SPEND_TYPES = ['basic', 'project'] as const
export type SpendType = (typeof SPEND_TYPES)[number]
export const SPEND_TYPE_LABELS: Record<SpendType, string> = { basic: '基本支出', project: '项目支出' }

export const VOUCHER_STATUSES = ['draft', 'reviewed', 'posted'] as const
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number]
export const VOUCHER_STATUS_LABELS: Record<VoucherStatus, string> = { draft: '草稿', reviewed: '已审核', posted: '已记账' }

/** Where a voucher came from: closing and year-end vouchers are made by the system. */
export const VOUCHER_ORIGINS = ['manual', 'import', 'reversal', 'closing', 'year_end', 'transfer', 'claim', 'levy', 'asset', 'depreciation'] as const
export type VoucherOrigin = (typeof VOUCHER_ORIGINS)[number]
export const VOUCHER_ORIGIN_LABELS: Record<VoucherOrigin, string> = {
  manual: '手工',
  import: '导入',
  reversal: '红字冲销',
  closing: '期末结转',
  year_end: '年末结转',
  transfer: '上代下划拨',
  claim: '报账',
  levy: '经费收缴',
  asset: '固定资产',
  depreciation: '计提折旧',
}

export const VOUCHER_WORDS = ['记', '收', '付', '转', '现收', '现付', '银收', '银付'] as const

/** A period is a month, written as the integer YYYYMM in storage and 'YYYY-MM' at the boundary. */
export function periodOf(date: string): number {
  return Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7))
}

/** Period arithmetic, its one home: the year and month of a YYYYMM period, and January of its year. */
export const yearOfPeriod = (period: number) => Math.floor(period / 100)
export const monthOfPeriod = (period: number) => period % 100
export const yearStartOf = (period: number) => yearOfPeriod(period) * 100 + 1

export function periodText(period: number): string {
  return `${yearOfPeriod(period)}-${String(monthOfPeriod(period)).padStart(2, '0')}`
}

export function parsePeriodText(text: string): number {
  return periodOf(`${text}-01`)
}

export function nextPeriod(period: number): number {
  return monthOfPeriod(period) === 12 ? (yearOfPeriod(period) + 1) * 100 + 1 : period + 1
}
