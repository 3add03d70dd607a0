// The 结转/结余 closing matrix of reference §3.4 (基层 chart), its one home: month-end closing writes by it
// (closing.ts, years.ts) and the statements read an unclosed month as if closed by it (reports/figures.ts).
import type { FundNature } from '../../shared/ledger-terms'

/** Where closing sends income and expenditure: 专项 to 32103 (321 工会资金结转), the rest to 32203 (322 工会资金结余). */
export const CLOSING_TARGETS = { carry: '32103', surplus: '32203' } as const

/** 专项 closes to 321, except 401 会费收入, which is always 非专项 money and closes to 322 with everything else. */
export const closesToCarry = (code: string, fundNature: FundNature | null) => fundNature === 'special' && !code.startsWith('401')

/** closesToCarry() as an SQL condition over a voucher line `l` joined to its account `a`. */
export const CLOSES_TO_CARRY_SQL = `l.fund_nature = 'special' AND a.code NOT LIKE '401%'`

/** Year-end step: 321's and 322's sub-accounts move into 32104 累计结转 and 32205 累计结余. */
export const YEAR_END_MOVES: [from: string[], to: string][] = [
  [['32101', '32102', '32103'], '32104'],
  [['32201', '32202', '32203', '32204'], '32205'],
]
