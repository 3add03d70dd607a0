import type { BalanceRow } from '../../../../electron/shared/contract/periods'
import type { BalanceSheet, IncomeStatement, StatementRow } from '../../../../electron/shared/contract/reports'
import { formatFen } from '../../../../electron/shared/money'

export interface Check {
  label: string
  ok: boolean
  detail: string
}

export const TRIAL_KEYS = ['openingDebit', 'openingCredit', 'debit', 'credit', 'yearDebit', 'yearCredit', 'closingDebit', 'closingCredit'] as const
export type TrialAmounts = Record<(typeof TRIAL_KEYS)[number], number>

/** A 汇总's 科目余额表 has level-1 rows only: its totals are their sums. */
export function trialTotals(rows: Pick<BalanceRow, (typeof TRIAL_KEYS)[number]>[]): TrialAmounts {
  const totals = Object.fromEntries(TRIAL_KEYS.map((k) => [k, 0])) as TrialAmounts
  for (const row of rows) for (const k of TRIAL_KEYS) totals[k] += row[k]
  return totals
}

/** 科目余额表's own check: each 借 column total equals its 贷 column total. */
export function trialChecks(t: TrialAmounts): Check[] {
  const pairs: [string, number, number][] = [
    ['期初余额', t.openingDebit, t.openingCredit],
    ['本期发生额', t.debit, t.credit],
    ['本年累计发生额', t.yearDebit, t.yearCredit],
    ['期末余额', t.closingDebit, t.closingCredit],
  ]
  return pairs.map(([label, debit, credit]) => ({
    label: `${label}借方 = 贷方`,
    ok: debit === credit,
    detail: debit === credit ? formatFen(debit) : `借方 ${formatFen(debit)}，贷方 ${formatFen(credit)}，差额 ${formatFen(debit - credit)}`,
  }))
}

export { statementLines, type NumberedRow } from '../../../../electron/shared/statement-lines'

/** The accounts a line is read from that have a 明细账 (the 02表's 结转结余 figures are not accounts). */
export const drillCodes = (row: StatementRow) => row.codes.filter((c) => /^\d+$/.test(c))

const FUND_KEYS = ['carryOver', 'surplus', 'fiscalCarryOver', 'fiscalSurplus']

/**
 * The annual 工会02表's 六、年末资金结转结余 must equal the year-end 工会01表's 321 + 322 + 331 + 332
 * (工会资金结转, 工会资金结余, 财政拨款结转, 财政拨款结余): the two statements tie together here.
 */
export function fundCrossCheck(income: Pick<IncomeStatement, 'rows'>, december: Pick<BalanceSheet, 'liabilities'>): Check | null {
  const closing = income.rows.find((r) => r.key === 'closing')
  if (!closing) return null
  const funds = december.liabilities.filter((r) => FUND_KEYS.includes(r.key)).reduce((s, r) => s + r.values[1], 0)
  const ok = closing.values[0] === funds
  return {
    label: '年末资金结转结余 = 01表年末（结转 + 结余 + 财政拨款结转 + 财政拨款结余）',
    ok,
    detail: `02表 ${formatFen(closing.values[0])} / 01表 ${formatFen(funds)}`,
  }
}
