import { describe, expect, it } from 'vitest'
import { budgetLineStatus } from '../../../electron/core/budget/usage'
import { basisPointsOf, formatPercent } from '../../../electron/shared/rate'
import { MAX_FEN } from '../../../electron/shared/money'
import { basicSpend, januaryBooks, ln, postVoucher, type Office } from '../ledger/ledger-helpers'
import { groupBooks } from '../reports/report-helpers'
import { basic, budgetFor, office, y } from './budget-helpers'

const project = (projectId: number) => ({ fundNature: 'special', spendType: 'project', projectId }) as const

/** Close 2025 (months and year), so 2026 starts with 5,000.00 专项结转 in 321 and 2026 months can close. */
function closeYear2025(o: Office) {
  for (let m = 1; m <= 11; m++) o.app.call('periods.close', { ledgerId: o.ledgerId, period: `2025-${String(m).padStart(2, '0')}` }, o.tokens.kj)
  o.app.call('years.close', { ledgerId: o.ledgerId, year: 2025 }, o.tokens.kj)
}

/**
 * The hand-computed month: February 2026 of a 账套 started in 2025 whose February 2025 holds the
 * worked books (上年同期). 2026 has a red reversal (counts, nets to nil) and closed months (their closing
 * vouchers must not count).
 */
function februaryBooks() {
  const o = office('2025-01')
  januaryBooks(o, '2025-02')
  const projectId = o.app.call('projects.list', { ledgerId: o.ledgerId }, o.tokens.kj)[0].id
  closeYear2025(o)
  const b = budgetFor(o, 2026)
  const lines = {
    dues: b.line('401', '60,000.00'),
    grant: b.line('40302', '20,000.00', { fundNature: 'special' }),
    activities: b.line('501', '40,000.00', basic),
    hardship: b.line('50404', '10,000.00', project(projectId)),
    training: b.line('50501', '1,000.00', basic),
  }
  b.approve()
  b.adjust('2026-01-20', [{ budgetLineId: lines.dues, amount: y('2,000.00') }])

  postVoucher(o, '2026-01-10', [ln(o, '102', '借', '6,000.00', '会费'), ln(o, '401', '贷', '6,000.00', '会费', { fundNature: 'general' })])
  postVoucher(o, '2026-01-15', [ln(o, '50101', '借', '2,000.00', '职工教育', basicSpend), ln(o, '102', '贷', '2,000.00')])
  postVoucher(o, '2026-02-05', [ln(o, '102', '借', '4,000.00', '会费'), ln(o, '401', '贷', '4,000.00', '会费', { fundNature: 'general' })])
  postVoucher(o, '2026-02-08', [ln(o, '50105', '借', '3,000.00', '会员活动', basicSpend), ln(o, '102', '贷', '3,000.00')])
  postVoucher(o, '2026-02-09', [ln(o, '50102', '借', '1,002.00', '文体活动', basicSpend), ln(o, '102', '贷', '1,002.00')])
  const wrong = postVoucher(o, '2026-02-12', [ln(o, '50105', '借', '500.00', '错账', basicSpend), ln(o, '102', '贷', '500.00')])
  const { id: red } = o.app.call('vouchers.reverse', { id: wrong, date: '2026-02-13' }, o.tokens.kj)
  o.app.call('vouchers.review', { ids: [red] }, o.tokens.sh)
  o.app.call('vouchers.post', { ids: [red] }, o.tokens.kj)
  postVoucher(o, '2026-02-20', [ln(o, '50404', '借', '2,500.00', '帮扶', project(projectId)), ln(o, '102', '贷', '2,500.00')])
  postVoucher(o, '2026-02-21', [ln(o, '50404', '借', '3,000.00', '帮扶', project(projectId)), ln(o, '102', '贷', '3,000.00')])
  postVoucher(o, '2026-02-22', [ln(o, '50501', '借', '1,200.00', '培训', basicSpend), ln(o, '102', '贷', '1,200.00')])
  o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-01' }, o.tokens.kj)
  o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2026-02' }, o.tokens.kj)
  return { o, b, lines }
}

const figures = (r: {
  accountName: string
  original: number
  budget: number
  month: number
  ytd: number
  rate: number | null
  priorYtd: number
  variance: number
  flags: string[]
}) => [r.accountName, r.original, r.budget, r.month, r.ytd, formatPercent(r.rate), r.priorYtd, r.variance, r.flags]

describe('预算执行表', () => {
  it('gives the hand-computed February: 本月, 累计, exact 执行率, 上年同期, 差异 and the flags', () => {
    const { o, lines } = februaryBooks()
    const table = o.app.call('budget.execution', { ledgerIds: [o.ledgerId], period: '2026-02' }, o.tokens.kj)
    expect(table).toMatchObject({ title: '预算执行表', orgName: '某某街道总工会', periodLabel: '2026年2月' })
    expect(table.rows.map(figures)).toEqual([
      ['会费收入', y('60,000.00'), y('62,000.00'), y('4,000.00'), y('10,000.00'), '16.13%', y('5,000.00'), y('52,000.00'), []],
      ['上级补助收入-专项转移支付补助', y('20,000.00'), y('20,000.00'), 0, 0, '0.00%', y('20,000.00'), y('20,000.00'), []],
      ['收入合计', y('80,000.00'), y('82,000.00'), y('4,000.00'), y('10,000.00'), '12.20%', y('25,000.00'), y('72,000.00'), []],
      // 2,000 (Jan) + 3,000 + 1,002 + 500 − 500: 6,002 / 40,000 = 15.005 % → 15.01 (half up, in integers).
      ['职工活动支出', y('40,000.00'), y('40,000.00'), y('4,002.00'), y('6,002.00'), '15.01%', y('8,000.00'), y('33,998.00'), []],
      ['维权支出-困难职工帮扶支出', y('10,000.00'), y('10,000.00'), y('5,500.00'), y('5,500.00'), '55.00%', y('15,000.00'), y('4,500.00'), ['专项支出超过专项收入与结转']],
      ['业务支出-培训支出', y('1,000.00'), y('1,000.00'), y('1,200.00'), y('1,200.00'), '120.00%', 0, -y('200.00'), ['超预算 200.00 元']],
      ['支出合计', y('51,000.00'), y('51,000.00'), y('10,702.00'), y('12,702.00'), '24.91%', y('23,000.00'), y('38,298.00'), []],
    ])
    expect(table.rows[4].detail).toBe('项目支出 · 困难职工帮扶 · 专项')
    expect(table.notes).toEqual(['专项资金：本年专项支出 5,500.00 元，超过专项收入 0.00 元与上年结转 5,000.00 元之和'])

    // Budget control reads the same join: each line's 累计执行 is its `used` (no later months are booked).
    for (const row of table.rows.filter((r) => r.budgetLineId !== null)) {
      expect(budgetLineStatus(o.app.core, row.budgetLineId!).used, row.accountName).toBe(row.ytd)
    }
    // January alone: no 专项 spending yet, nothing flagged.
    const january = o.app.call('budget.execution', { ledgerIds: [o.ledgerId], period: '2026-01' }, o.tokens.kj)
    expect(january.rows.flatMap((r) => r.flags)).toEqual([])
    expect(january.rows.find((r) => r.budgetLineId === lines.activities)).toMatchObject({ month: y('2,000.00'), ytd: y('2,000.00'), priorYtd: 0 })
  })

  it('budgetLineStatus adds claims in flight (submitted, approved, checked), optionally leaving one out', () => {
    const { o, lines } = februaryBooks()
    const db = o.app.core.sqlite
    const claim = (number: string, status: string, amount: number) => {
      const { lastInsertRowid } = db
        .prepare(`INSERT INTO claims (ledger_id, number, title, status, pay_from, created_by, created_at, updated_at) VALUES (?, ?, '报账', ?, 'own_account', 1, 'x', 'x')`)
        .run(o.ledgerId, number, status)
      db.prepare(`INSERT INTO claim_lines (claim_id, line_no, account_id, summary, amount, budget_line_id, fund_nature) VALUES (?, 1, ?, '培训', ?, ?, 'general')`).run(
        lastInsertRowid,
        o.account('50501'),
        amount,
        lines.training,
      )
      return Number(lastInsertRowid)
    }
    const submitted = claim('BX2026-0001', 'submitted', y('300.00'))
    claim('BX2026-0002', 'approved', y('200.00'))
    claim('BX2026-0003', 'checked', y('1.00'))
    claim('BX2026-0004', 'draft', y('1,000.00'))
    claim('BX2026-0005', 'paid', y('50.00'))
    expect(budgetLineStatus(o.app.core, lines.training)).toEqual({
      budgetLineId: lines.training,
      budget: y('1,000.00'),
      used: y('1,200.00'),
      pending: y('501.00'),
      remaining: -y('701.00'),
    })
    expect(o.app.call('budget.lineStatus', { budgetLineId: lines.training, excludeClaimId: submitted }, o.tokens.kj)).toMatchObject({
      pending: y('201.00'),
      remaining: -y('401.00'),
    })
    expect(o.app.fail('budget.deleteLine', { id: lines.training }, o.tokens.kj).code).toBe('CONFLICT')
  })

  it('sums several 账套 into a 汇总 and says which have no budget', () => {
    const o = office()
    const { id: second } = o.app.call('ledgers.create', { code: 'XEJ', name: '某小二级工会', startPeriod: '2026-01' }, o.tokens.kj)
    const { id: third } = o.app.call('ledgers.create', { code: 'XEJ2', name: '另一小二级', startPeriod: '2026-01' }, o.tokens.kj)
    budgetFor(o, 2026).line('401', '1,000.00')
    const other = o.app.call('budget.create', { ledgerId: second, year: 2026 }, o.tokens.kj)
    const dues = o.app.call('accounts.list', { ledgerId: second }, o.tokens.kj).find((a) => a.code === '401')!.id
    o.app.call('budget.saveLine', { budgetId: other.id, accountId: dues, fundNature: 'general', original: y('500.00') }, o.tokens.kj)
    postVoucher(o, '2026-03-02', [ln(o, '102', '借', '300.00', '会费'), ln(o, '401', '贷', '300.00', '会费', { fundNature: 'general' })])
    const table = o.app.call('budget.execution', { ledgerIds: [o.ledgerId, second, third], period: '2026-03' }, o.tokens.kj)
    expect(table).toMatchObject({ title: '预算执行汇总表', orgName: '某某街道总工会（汇总）' })
    expect(table.rows[0]).toMatchObject({ accountCode: '401', budgetLineId: null, budget: y('1,500.00'), ytd: y('300.00'), rate: 2000 })
    expect(table.notes).toEqual(['以下账套没有2026年预算：XEJ2 另一小二级', 'JZ 的2026年预算尚在编制中，未经批准', 'XEJ 的2026年预算尚在编制中，未经批准'])
    expect(table.ledgers.map((l) => l.hasBudget)).toEqual([true, true, false])
  })
})

describe('预算执行汇总表 eliminates the funding between the chosen 账套', () => {
  it('leaves matched 508/403 pairs out of 本月 and 累计, as the 汇总 statements do, and says so', () => {
    const { o, x } = groupBooks() // JZ 508 → X1 403: 10,000.00 matched; JZ 508 500.00 unmatched
    budgetFor(o, 2026).line('508', '20,000.00', basic)
    budgetFor(x, 2026).line('403', '30,000.00')
    const ytdOf = (ledgerIds: number[], code: string) => o.app.call('budget.execution', { ledgerIds, period: '2026-01' }, o.tokens.kj).rows.find((r) => r.accountCode === code)!
    const [jz508, x403] = [ytdOf([o.ledgerId], '508'), ytdOf([x.ledgerId], '403')]
    expect([jz508.ytd, x403.ytd]).toEqual([y('10,500.00'), y('10,000.00')]) // one 账套 alone: nothing is eliminated

    const table = o.app.call('budget.execution', { ledgerIds: [o.ledgerId, x.ledgerId], period: '2026-01' }, o.tokens.kj)
    const row = (code: string) => table.rows.find((r) => r.accountCode === code)!
    expect(row('508')).toMatchObject({ budget: y('20,000.00'), month: y('500.00'), ytd: y('500.00') }) // the unmatched 500.00 stays
    expect(row('403')).toMatchObject({ budget: y('30,000.00'), month: 0, ytd: 0 })
    expect(table.notes).toContain('已抵销所选账套之间的上下级补助（508 补助下级支出 / 403 上级补助收入）1 笔，共 10,000.00 元，本月数和累计数均不含；上年同期同样抵销')
    // The 汇总 statements take out the very same pair.
    const c = o.app.call('reports.consolidated', { ledgerIds: [o.ledgerId, x.ledgerId], period: '2026-01' }, o.tokens.kj)
    expect(c.eliminations.filter((e) => e.pair === '508/403').map((e) => e.amount)).toEqual([y('10,000.00')])
  })
})

describe('basisPointsOf', () => {
  it('is exact in basis points, rounds half up, and never overflows', () => {
    expect(basisPointsOf(600_200, 4_000_000)).toBe(1501)
    expect(basisPointsOf(600_199, 4_000_000)).toBe(1500)
    expect(basisPointsOf(1, 3)).toBe(3333)
    expect(basisPointsOf(2, 3)).toBe(6667)
    expect(basisPointsOf(-y('200.00'), y('1,000.00'))).toBe(-2000)
    expect(basisPointsOf(MAX_FEN, MAX_FEN - 1)).toBe(10000)
    expect(basisPointsOf(100, 0)).toBeNull()
    expect([formatPercent(1501), formatPercent(5), formatPercent(-2000), formatPercent(null)]).toEqual(['15.01%', '0.05%', '-20.00%', '—'])
  })
})
