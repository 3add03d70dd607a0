import { labelled } from './labelled'

/** Domain vocabulary of the ledger, shared by core and renderer. Official names are kept exactly. */
export const [ACCOUNT_CATEGORIES, CATEGORY_LABELS] = labelled({ asset: '资产类', liability: '负债类', net_asset: '净资产类', income: '收入类', expense: '支出类' })
export type AccountCategory = (typeof ACCOUNT_CATEGORIES)[number]

export const [SIDES, SIDE_LABELS] = labelled({ debit: '借', credit: '贷' })
export type Side = (typeof SIDES)[number]

/** 资金性质: closing sends 专项 to 321 工会资金结转 and 非专项 to 322 工会资金结余. */
export const [FUND_NATURES, FUND_NATURE_LABELS] = labelled({ special: '专项', general: '非专项' })
export type FundNature = (typeof FUND_NATURES)[number]

/**
 * The 521 rule, its one home: 521 预算稳定调节基金 belongs to 县级以上 unions' books. It is an expenditure
 * account that carries no 基本支出/项目支出, and a 报账 claim never pays it.
 */
export const isStabilisationFund = (code: string) => code.startsWith('521')

/** 基本支出 / 项目支出: every expenditure line except 521 carries it. */
export const needsSpendType = (category: string, code: string) => category === 'expense' && !isStabilisationFund(code)

export const [SPEND_TYPES, SPEND_TYPE_LABELS] = labelled({ basic: '基本支出', project: '项目支出' })
export type SpendType = (typeof SPEND_TYPES)[number]

export const [VOUCHER_STATUSES, VOUCHER_STATUS_LABELS] = labelled({ draft: '草稿', reviewed: '已审核', posted: '已记账' })
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number]

/** Where a voucher came from: closing and year-end vouchers are made by the system. */
export const [VOUCHER_ORIGINS, VOUCHER_ORIGIN_LABELS] = labelled({
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
})
export type VoucherOrigin = (typeof VOUCHER_ORIGINS)[number]

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
