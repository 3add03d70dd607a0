import { describe, expect, it } from 'vitest'
import { EXECUTED, EXECUTION_FROM, EXECUTION_MATCH } from '../../../electron/core/budget/usage'
import { internalTransfers } from '../../../electron/core/reports/eliminations'
import { NOT_CLOSING } from '../../../electron/core/reports/figures'
import type { StatementRow } from '../../../electron/shared/contract/reports'
import { basicSpend, general, ln, postVoucher, special, y } from '../ledger/ledger-helpers'
import { budgetFor } from '../budget/budget-helpers'
import { groupBooks, secondLedger } from './report-helpers'

/**
 * The 汇总 and the 预算执行汇总 read month totals kept by triggers; here every figure is checked against
 * the straightforward computation over the voucher lines, on books with openings, closed months
 * (closing vouchers), 红字冲销, internal 508/403 and 212/131 transfers and a 账套 opened in July.
 */
function books() {
  const { o, x } = groupBooks()
  const mid = secondLedger(o, 'M1', '新建工会联合会', '2026-07')
  const mId = mid.ledgerId
  o.app.call(
    'opening.set',
    {
      ledgerId: mId,
      entries: [
        { accountCode: '102', debit: y('115,000.00'), ytdDebit: y('60,000.00'), ytdCredit: y('45,000.00') },
        { accountCode: '32203', credit: y('15,000.00'), ytdDebit: y('45,000.00'), ytdCredit: y('60,000.00') },
        { accountCode: '32205', credit: y('100,000.00') },
        { accountCode: '401', ytdDebit: y('60,000.00'), ytdCredit: y('60,000.00') },
        { accountCode: '50101', ytdDebit: y('45,000.00'), ytdCredit: y('45,000.00') },
      ],
    },
    o.tokens.kj,
  )
  // A red reversal in JZ, then JZ's and X1's first half-year closed (closing vouchers in the year's range).
  const wrong = postVoucher(o, '2026-01-30', [ln(o, '50105', '借', '700.00', '错账', basicSpend), ln(o, '102', '贷', '700.00')])
  const { id: red } = o.app.call('vouchers.reverse', { id: wrong, date: '2026-01-31' }, o.tokens.kj)
  o.app.call('vouchers.review', { ids: [red] }, o.tokens.sh)
  o.app.call('vouchers.post', { ids: [red] }, o.tokens.kj)
  for (const ledgerId of [o.ledgerId, x.ledgerId]) {
    for (let month = 1; month <= 6; month++) o.app.call('periods.close', { ledgerId, period: `2026-0${month}` }, o.tokens.kj)
  }
  // July, not closed: JZ funds M1 (508 ↔ 403, eliminated), 专项 on both sides, a red line in M1.
  postVoucher(o, '2026-07-03', [ln(o, '50801', '借', '4,000.00', '补助新建工会', { ...basicSpend, counterpart: 'M1' }), ln(o, '102', '贷', '4,000.00')])
  postVoucher(mid, '2026-07-05', [ln(mid, '102', '借', '4,000.00', '上级补助'), ln(mid, '40301', '贷', '4,000.00', '上级补助', { ...general, counterpart: 'JZ' })])
  postVoucher(o, '2026-07-08', [ln(o, '102', '借', '6,000.00', '专项补助'), ln(o, '40302', '贷', '6,000.00', '专项补助', special)])
  postVoucher(mid, '2026-07-10', [ln(mid, '102', '借', '10,000.00', '收会费'), ln(mid, '401', '贷', '10,000.00', '收会费', general)])
  const midWrong = postVoucher(mid, '2026-07-12', [ln(mid, '50101', '借', '300.00', '错账', basicSpend), ln(mid, '102', '贷', '300.00')])
  const { id: midRed } = o.app.call('vouchers.reverse', { id: midWrong, date: '2026-07-13' }, o.tokens.kj)
  o.app.call('vouchers.review', { ids: [midRed] }, o.tokens.sh)
  o.app.call('vouchers.post', { ids: [midRed] }, o.tokens.kj)
  postVoucher(mid, '2026-07-20', [ln(mid, '50101', '借', '3,000.00', '活动', basicSpend), ln(mid, '102', '贷', '3,000.00')])
  // Budgets on the lines the funding and the 专项 touch.
  for (const b of [o, x, mid]) {
    const budget = budgetFor(b, 2026)
    budget.line('401', '50,000.00')
    budget.line('403', '30,000.00')
    budget.line('40302', '20,000.00', { fundNature: 'special' })
    budget.line('501', '40,000.00', { spendType: 'basic' })
    budget.line('508', '20,000.00', { spendType: 'basic' })
    budget.approve()
  }
  return { o, ledgers: [o.ledgerId, x.ledgerId, mId] }
}

describe('cross-账套 reports off the month totals', () => {
  it('keeps the tagged month totals equal to the posted lines grouped by hand', () => {
    const { o } = books()
    const db = o.app.core.sqlite
    const byHand = db
      .prepare(
        `SELECT l.ledger_id, l.account_id, l.period, coalesce(l.fund_nature, '') AS f, coalesce(l.spend_type, '') AS s, coalesce(l.project_id, 0) AS p,
                CASE WHEN ${NOT_CLOSING} THEN 0 ELSE 1 END AS closing, sum(l.debit) AS d, sum(l.credit) AS c
         FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE l.posted = 1 GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`,
      )
      .all()
    const totals = db
      .prepare(
        `SELECT ledger_id, account_id, period, fund_nature AS f, spend_type AS s, project_id AS p, closing, debit AS d, credit AS c
         FROM tagged_month_totals ORDER BY 1, 2, 3, 4, 5, 6, 7`,
      )
      .all()
    expect(byHand.filter((r) => (r as { closing: number }).closing).length).toBeGreaterThan(5)
    expect(totals).toEqual(byHand)
  })

  it('keeps the year totals equal to the month totals summed by year', () => {
    const { o } = books()
    const db = o.app.core.sqlite
    // A posted line on a month row that already exists (the month trigger's upsert) and a new month row.
    postVoucher(o, '2026-07-21', [ln(o, '50101', '借', '120.00', '活动', basicSpend), ln(o, '102', '贷', '120.00')])
    postVoucher(o, '2026-08-02', [ln(o, '102', '借', '80.00', '收会费'), ln(o, '401', '贷', '80.00', '收会费', general)])
    const same = (years: string, months: string) => expect(db.prepare(years).all()).toEqual(db.prepare(months).all())
    same(
      'SELECT ledger_id, year, account_id, debit, credit FROM account_year_totals ORDER BY 1, 2, 3',
      'SELECT ledger_id, period / 100 AS year, account_id, sum(debit) AS debit, sum(credit) AS credit FROM account_month_totals GROUP BY 1, 2, 3 ORDER BY 1, 2, 3',
    )
    same(
      'SELECT ledger_id, year, closing, account_id, fund_nature, spend_type, project_id, debit, credit FROM tagged_year_totals ORDER BY 1, 2, 3, 4, 5, 6, 7',
      `SELECT ledger_id, period / 100 AS year, closing, account_id, fund_nature, spend_type, project_id, sum(debit) AS debit, sum(credit) AS credit
       FROM tagged_month_totals GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`,
    )
    expect((db.prepare('SELECT count(*) AS n FROM tagged_year_totals WHERE closing = 1').get() as { n: number }).n).toBeGreaterThan(5)
  })

  it('gives the 预算执行汇总 the line-by-line figures, internal funding left out', () => {
    const { o, ledgers } = books()
    const core = o.app.core
    const records = ledgers.map((id) => core.sqlite.prepare('SELECT id, code, name, org_name AS orgName, start_period AS startPeriod FROM ledgers WHERE id = ?').get(id))
    const internal = internalTransfers(core, records as never, 202607)
      .pairs.filter((p) => p.pair === '508/403')
      .flatMap((p) => p.sides.map((s) => s.raw))
    expect(internal).toHaveLength(4)
    const byHand = (leaveOut: number[]) =>
      core.sqlite
        .prepare(
          `SELECT ba.code || '|' || coalesce(bl.spend_type, 'null') || '|null|' || bl.fund_nature AS key,
                  sum(CASE WHEN l.period = 202607 THEN ${EXECUTED} ELSE 0 END) AS month, sum(${EXECUTED}) AS ytd
           FROM ${EXECUTION_FROM}
           WHERE b.ledger_id IN (${ledgers.join(', ')}) AND b.year = 2026 AND l.period BETWEEN 202601 AND 202607 AND ${EXECUTION_MATCH}
             AND l.id NOT IN (${leaveOut.join(', ') || 0})
           GROUP BY 1 ORDER BY 1`,
        )
        .all()
    const rows = (ids: number[]) =>
      o.app
        .call('budget.execution', { ledgerIds: ids, period: '2026-07' }, o.tokens.kj)
        .rows.filter((r) => r.level === 1)
        .map((r) => ({ key: `${r.accountCode}|${r.key.split('|')[1]}|null|${r.fundNature}`, month: r.month, ytd: r.ytd }))
        .sort((a, b) => a.key.localeCompare(b.key))
    const merged = rows(ledgers)
    expect(merged.find((r) => r.key === '508|basic|null|general')).toMatchObject({ month: 0, ytd: y('500.00') }) // JZ→X1 10,000 and JZ→M1 4,000 out
    const moved = (rs: { month: number; ytd: number }[]) => rs.filter((r) => r.month || r.ytd)
    expect(merged.find((r) => r.key === '403|null|null|general')).toMatchObject({ month: 0, ytd: 0 }) // all of it was internal
    expect(moved(merged)).toEqual(moved(byHand(internal) as { month: number; ytd: number }[]))
    // One 账套 alone: nothing is eliminated.
    const single = o.app.call('budget.execution', { ledgerIds: [ledgers[2]], period: '2026-07' }, o.tokens.kj).rows
    expect(single.find((r) => r.key === 'income-total')!.ytd).toBe(y('14,000.00'))
    expect(single.find((r) => r.key === 'expense-total')).toMatchObject({ month: y('3,000.00'), ytd: y('3,000.00') })
  })

  it('gives the 汇总 the sum of each 账套’s own reports, less the eliminated lines', () => {
    const { o, ledgers } = books()
    const c = expectTrialIsOwnLessEliminated(o, ledgers, '2026-07')
    expect(c.eliminations.map((e) => [e.pair, e.amount])).toEqual([
      ['508/403', y('10,000.00')],
      ['212/131', y('3,000.00')],
      ['508/403', y('4,000.00')],
    ])
    // Two 账套 with nothing internal between them: the statements are the plain sums of their own.
    expectStatementsAreOwnSums(o, [ledgers[1], ledgers[2]], '2026-07')
  })

  it('does so after a mid-year start too, and takes the month’s funding out of 02表', () => {
    // August: M1's second month (its entered 本年累计 stay out of the flows), JZ funds M1 again.
    const { o, ledgers } = books()
    const mid = { ...o, ledgerId: ledgers[2], account: (code: string) => accountId(o, ledgers[2], code) }
    postVoucher(o, '2026-08-03', [ln(o, '50801', '借', '2,500.00', '补助新建工会', { ...basicSpend, counterpart: 'M1' }), ln(o, '102', '贷', '2,500.00')])
    postVoucher(mid, '2026-08-05', [ln(mid, '102', '借', '2,500.00', '上级补助'), ln(mid, '40301', '贷', '2,500.00', '上级补助', { ...general, counterpart: 'JZ' })])
    postVoucher(mid, '2026-08-09', [ln(mid, '102', '借', '1,800.00', '收会费'), ln(mid, '401', '贷', '1,800.00', '收会费', general)])
    postVoucher(mid, '2026-08-12', [ln(mid, '50101', '借', '900.00', '活动', basicSpend), ln(mid, '102', '贷', '900.00')])
    const c = expectTrialIsOwnLessEliminated(o, ledgers, '2026-08')
    expect(c.eliminations.filter((e) => e.pair === '508/403').map((e) => [e.upper.period, e.amount])).toEqual([
      ['2026-01', y('10,000.00')],
      ['2026-07', y('4,000.00')],
      ['2026-08', y('2,500.00')],
    ])
    expectStatementsAreOwnSums(o, [ledgers[1], ledgers[2]], '2026-08')
    // All three: 02表 is the sum of their own, less each 508/403 pair on both its lines (本月: August's only).
    const own = ledgers.map((ledgerId) => o.app.call('reports.incomeStatement', { ledgerId, period: '2026-08' }, o.tokens.kj).rows)
    const out: Record<string, number[]> = {
      upperSubsidy: [y('2,500.00'), y('16,500.00')],
      lowerSubsidy: [y('2,500.00'), y('16,500.00')],
      incomeTotal: [y('2,500.00'), y('16,500.00')],
      expenseTotal: [y('2,500.00'), y('16,500.00')],
    }
    const expected = own[0].map((r, i) => [r.key, r.values.map((_, k) => own.reduce((n, rows) => n + rows[i].values[k], 0) - (out[r.key]?.[k] ?? 0))])
    expect(c.incomeStatement.rows.map((r) => [r.key, r.values])).toEqual(expected)
  })
})

type Books = ReturnType<typeof books>['o']

/** 科目余额表 of the 汇总: each 账套's level-1 rows summed, then each eliminated line out of its month's columns. */
function expectTrialIsOwnLessEliminated(o: Books, ledgers: number[], period: string) {
  const c = o.app.call('reports.consolidated', { ledgerIds: ledgers, period }, o.tokens.kj)
  const sums = new Map<string, { opening: number; debit: number; credit: number; yearDebit: number; yearCredit: number }>()
  for (const ledgerId of ledgers) {
    for (const r of o.app.call('balances.trial', { ledgerId, from: period, to: period, maxLevel: 1 }, o.tokens.kj).rows) {
      const s = sums.get(r.code) ?? { opening: 0, debit: 0, credit: 0, yearDebit: 0, yearCredit: 0 }
      s.opening += r.openingDebit - r.openingCredit
      s.debit += r.debit
      s.credit += r.credit
      s.yearDebit += r.yearDebit
      s.yearCredit += r.yearCredit
      sums.set(r.code, s)
    }
  }
  for (const e of c.eliminations) {
    for (const side of [e.upper, e.lower]) {
      const s = sums.get(side.accountCode.slice(0, 3))!
      const [debit, credit] = side.net > 0 ? [side.net, 0] : [0, -side.net]
      if (side.period === period) Object.assign(s, { debit: s.debit - debit, credit: s.credit - credit })
      else s.opening -= side.net
      Object.assign(s, { yearDebit: s.yearDebit - debit, yearCredit: s.yearCredit - credit })
    }
  }
  for (const r of c.trial) {
    expect([r.code, r.openingDebit - r.openingCredit, r.debit, r.credit, r.yearDebit, r.yearCredit]).toEqual([r.code, ...Object.values(sums.get(r.code)!)])
  }
  const moving = [...sums].filter(([, s]) => Object.values(s).some(Boolean)).map(([code]) => code)
  expect(c.trial.map((r) => r.code).sort()).toEqual(moving.sort())
  return c
}

/** 账套 with nothing internal between them: the 汇总's statements are the plain sums of their own. */
function expectStatementsAreOwnSums(o: Books, pair: number[], period: string) {
  const both = o.app.call('reports.consolidated', { ledgerIds: pair, period }, o.tokens.kj)
  expect(both.eliminations).toEqual([])
  const added = (rows: StatementRow[][]) => rows[0].map((r, i) => [r.key, r.values.map((_, k) => rows.reduce((n, each) => n + (each[i].values[k] ?? 0), 0))])
  const own = pair.map((ledgerId) => ({
    bs: o.app.call('reports.balanceSheet', { ledgerId, period }, o.tokens.kj),
    is: o.app.call('reports.incomeStatement', { ledgerId, period }, o.tokens.kj),
  }))
  const keyed = (rows: StatementRow[]) => rows.map((r) => [r.key, r.values])
  expect(keyed(both.balanceSheet.assets)).toEqual(added(own.map((x) => x.bs.assets)))
  expect(keyed(both.balanceSheet.liabilities)).toEqual(added(own.map((x) => x.bs.liabilities)))
  expect(keyed(both.incomeStatement.rows)).toEqual(added(own.map((x) => x.is.rows)))
}

const accountId = (o: Books, ledgerId: number, code: string) => o.app.call('accounts.list', { ledgerId }, o.tokens.kj).find((a) => a.code === code)!.id
