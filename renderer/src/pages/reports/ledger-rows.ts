import type { GeneralLedgerAccount } from '../../../../electron/shared/contract/books'

export interface GeneralLedgerLine {
  key: string
  code: string
  name: string
  /** Rows the account's cell spans (on its first line), 0 on the lines below it. */
  span: number
  period: string
  summary: '期初余额' | '本月合计' | '本年累计'
  debit: number | null
  credit: number | null
  direction: string
  balance: number
}

/** 总账 as it is printed: per account its 期初余额, then each month's 本月合计 and 本年累计. */
export function generalLedgerLines(accounts: GeneralLedgerAccount[]): GeneralLedgerLine[] {
  return accounts.flatMap(({ code, name, months }) => {
    if (!months.length) return []
    const first = months[0]
    const span = 1 + months.length * 2
    const line = (
      period: string,
      summary: GeneralLedgerLine['summary'],
      rest: Pick<GeneralLedgerLine, 'debit' | 'credit' | 'direction' | 'balance'>,
      i: number,
    ): GeneralLedgerLine => ({
      key: `${code}/${period}/${summary}`,
      code,
      name,
      span: i === 0 ? span : 0,
      period,
      summary,
      ...rest,
    })
    return [
      line(first.period, '期初余额', { debit: null, credit: null, direction: first.openingDirection, balance: first.opening }, 0),
      ...months.flatMap((m) => [
        line(m.period, '本月合计', { debit: m.debit, credit: m.credit, direction: m.direction, balance: m.balance }, 1),
        line(m.period, '本年累计', { debit: m.yearDebit, credit: m.yearCredit, direction: m.direction, balance: m.balance }, 1),
      ]),
    ]
  })
}

/** Row spans for a column that names a group once: the group's first row spans it, the rest get 0. */
export function groupSpans<T>(rows: T[], keyOf: (row: T) => string): number[] {
  const spans = rows.map(() => 0)
  let start = 0
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || keyOf(rows[i]) !== keyOf(rows[start])) {
      spans[start] = i - start
      start = i
    }
  }
  return spans
}
