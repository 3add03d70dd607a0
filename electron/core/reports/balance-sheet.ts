import type { BalanceSheet, StatementRow } from '../../shared/contract/reports'
import { formatFen } from '../../shared/money'
import { periodText, monthOfPeriod, yearOfPeriod } from '../../shared/ledger-terms'
import type { Core } from '../app'
import type { LedgerRecord } from '../ledger/access'
import { balancesAt, type Balances } from './figures'

/** A line's amount from level-1 balances: `d` debit-side codes, `c` credit-side codes (shown positive). */
export type Line = [key: string, label: string, level: number, amount: (at: (code: string) => number, line: (key: string) => number) => number]

/** An amount read straight off accounts remembers their codes, so a statement line drills down to them. */
export const fromCodes = <F extends (at: (c: string) => number) => number>(codes: string[], amount: F) => Object.assign(amount, { codes })
const d = (...codes: string[]) => fromCodes(codes, (at) => codes.reduce((s, c) => s + at(c), 0))
const c = (...codes: string[]) => fromCodes(codes, (at) => 0 - codes.reduce((s, code) => s + at(code), 0))
const sum =
  (...keys: string[]) =>
  (_: unknown, line: (k: string) => number) =>
    keys.reduce((s, k) => s + line(k), 0)
const diff = (a: string, b: string) => (_: unknown, line: (k: string) => number) => line(a) - line(b)

/** 工会01表 资产负债表, left side (reference §5.2). 待处理财产损溢 is its debit balance, negative if in credit. */
const ASSETS: Line[] = [
  ['cash', '货币资金', 1, d('101', '102')],
  ['zeroQuota', '零余额账户用款额度', 1, d('111')],
  ['fiscalReturn', '财政应返还额度', 1, d('121')],
  ['receivableUpper', '应收上级经费', 1, d('131')],
  ['receivableLower', '应收下级经费', 1, d('132')],
  ['otherReceivable', '其他应收款', 1, d('135')],
  ['inventory', '库存物品', 1, d('141')],
  ['currentTotal', '流动资产合计', 0, sum('cash', 'zeroQuota', 'fiscalReturn', 'receivableUpper', 'receivableLower', 'otherReceivable', 'inventory')],
  ['investment', '投资', 1, d('151')],
  ['construction', '在建工程', 1, d('161')],
  ['fixedCost', '固定资产原值', 1, d('162')],
  ['depreciation', '减：累计折旧', 2, c('163')],
  ['fixedNet', '固定资产净值', 1, diff('fixedCost', 'depreciation')],
  ['intangibleCost', '无形资产原值', 1, d('171')],
  ['amortisation', '减：累计摊销', 2, c('172')],
  ['intangibleNet', '无形资产净值', 1, diff('intangibleCost', 'amortisation')],
  ['prepaid', '长期待摊费用', 1, d('181')],
  ['pending', '待处理财产损溢', 1, d('182')],
  ['assetTotal', '资产总计', 0, sum('currentTotal', 'investment', 'construction', 'fixedNet', 'intangibleNet', 'prepaid', 'pending')],
]

const LIABILITIES: Line[] = [
  ['payroll', '应付职工薪酬', 1, c('201')],
  ['payableUpper', '应付上级经费', 1, c('211')],
  ['payableLower', '应付下级经费', 1, c('212')],
  ['otherPayable', '其他应付款', 1, c('215')],
  ['custody', '代管经费', 1, c('221')],
  ['liabilityTotal', '负债合计', 0, sum('payroll', 'payableUpper', 'payableLower', 'otherPayable', 'custody')],
  ['assetFund', '资产基金', 1, c('301')],
  ['specialFund', '专用基金', 1, c('311')],
  ['carryOver', '工会资金结转', 1, c('321')],
  ['surplus', '工会资金结余', 1, c('322')],
  ['fiscalCarryOver', '财政拨款结转', 1, c('331')],
  ['fiscalSurplus', '财政拨款结余', 1, c('332')],
  ['stabilisation', '预算稳定调节基金', 1, c('341')],
  ['netAssetTotal', '净资产合计', 0, sum('assetFund', 'specialFund', 'carryOver', 'surplus', 'fiscalCarryOver', 'fiscalSurplus', 'stabilisation')],
  ['grandTotal', '负债与净资产总计', 0, sum('liabilityTotal', 'netAssetTotal')],
]

/** Evaluate lines in order (totals refer to lines above them) for each column's balances. */
export function evaluate(lines: Line[], columns: Balances[]): StatementRow[] {
  const values = new Map<string, number[]>()
  return lines.map(([key, label, level, amount]) => {
    const row = columns.map((balances, i) =>
      amount(
        (code) => balances.get(code) ?? 0,
        (k) => values.get(k)![i],
      ),
    )
    values.set(key, row)
    return { key, label, level, values: row, codes: (amount as { codes?: string[] }).codes ?? [] }
  })
}

const lastDay = (period: number) => {
  const [y, m] = [yearOfPeriod(period), monthOfPeriod(period)]
  return `${y}年${m}月${new Date(Date.UTC(y, m, 0)).getUTCDate()}日`
}

export function balanceSheet(core: Core, ledger: LedgerRecord, period: number): BalanceSheet {
  return balanceSheetOf(ledger.orgName, period, balancesAt(core, ledger, period))
}

/** 工会01表 from level-1 balances (one 账套's, or several summed for 汇总). */
export function balanceSheetOf(orgName: string, period: number, { yearStart, end, unclosed }: { yearStart: Balances; end: Balances; unclosed: number }): BalanceSheet {
  const assets = evaluate(ASSETS, [yearStart, end])
  const liabilities = evaluate(LIABILITIES, [yearStart, end])
  const value = (rows: StatementRow[], key: string) => rows.find((r) => r.key === key)!.values
  const checks = [0, 1].flatMap((i) => {
    const column = i === 0 ? '年初' : '期末'
    const total = value(assets, 'assetTotal')[i]
    const other = value(liabilities, 'grandTotal')[i]
    const mirrored = ['inventory', 'investment', 'construction', 'fixedNet', 'intangibleNet', 'prepaid'].reduce((s, k) => s + value(assets, k)[i], 0)
    const fund = value(liabilities, 'assetFund')[i]
    return [
      { label: `${column}：资产总计 = 负债与净资产总计`, ok: total === other, detail: `${formatFen(total)} / ${formatFen(other)}` },
      {
        label: `${column}：资产基金 = 非货币性资产净额`,
        ok: fund === mirrored,
        detail: `资产基金 ${formatFen(fund)}，库存物品、投资、在建工程、固定资产净值、无形资产净值、长期待摊费用合计 ${formatFen(mirrored)}`,
      },
    ]
  })
  const notes = unclosed !== 0 ? [`${periodText(period)} 之前尚有未结转的收支（净额 ${formatFen(-unclosed)} 元），已按资金性质计入工会资金结转、工会资金结余。`] : []
  return {
    tableNo: '工会01表',
    title: '资产负债表',
    orgName,
    periodLabel: lastDay(period),
    unit: '元',
    columns: ['年初余额', monthOfPeriod(period) === 12 ? '年末余额' : '期末余额'],
    checks,
    notes,
    assets,
    liabilities,
  }
}
