import { describe, expect, it } from 'vitest'
import { basicSpend, general, ln, office, postVoucher, type Office } from './ledger-helpers'

/** Labels of the vouchers whose 摘要 contain the text, through the API the 凭证 list calls. */
const found = (o: Office, text: string, ledgerId = o.ledgerId) => o.app.call('vouchers.search', { ledgerId, text }, o.tokens.kj).rows.map((r) => r.label)

const dues = (o: Office, date: string, summary: string) => postVoucher(o, date, [ln(o, '102', '借', '300.00', summary), ln(o, '401', '贷', '300.00', summary, general)])

describe("摘要 search (one scan of the 账套's 摘要 index)", () => {
  it('finds 1, 2 and 3+ character text anywhere in any line, ASCII case-insensitively, and nothing for text no line has', () => {
    const o = office()
    dues(o, '2026-01-05', '收取一月会费')
    postVoucher(o, '2026-01-18', [ln(o, '50105', '借', '1,200.00', '春节慰问 Gift', basicSpend), ln(o, '102', '贷', '1,200.00', '付款')])
    dues(o, '2026-01-20', '收取二月会费')

    expect(found(o, '慰')).toEqual(['记-2'])
    expect(found(o, '会费')).toEqual(['记-1', '记-3'])
    expect(found(o, '付款')).toEqual(['记-2'])
    expect(found(o, '一月会费')).toEqual(['记-1'])
    expect(found(o, '收取二月会费')).toEqual(['记-3'])
    expect(found(o, 'gift')).toEqual(['记-2'])
    expect(found(o, '慰问 G')).toEqual(['记-2'])
    expect(found(o, '三月会费')).toEqual([])
    expect(found(o, '不存在的摘要')).toEqual([])
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId, text: '不存在的摘要' }, o.tokens.kj).total).toBe(0)
  })

  it('keeps LIKE wildcards as they always worked and counts a voucher once however many lines match', () => {
    const o = office()
    dues(o, '2026-01-05', '收取一月会费')
    dues(o, '2026-01-06', '收取全年会费')
    expect(found(o, '收取_月会费')).toEqual(['记-1'])
    expect(found(o, '收取%会费')).toEqual(['记-1', '记-2'])
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId, text: '会费' }, o.tokens.kj).total).toBe(2)
  })

  it('follows a draft through insert, update and delete, and stays inside its 账套', () => {
    const o = office()
    const lines = (summary: string) => [ln(o, '50102', '借', '50.00', summary, basicSpend), ln(o, '101', '贷', '50.00', summary)]
    const { id } = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-02-02', lines: lines('羽毛球比赛') }, o.tokens.kj)
    expect(found(o, '羽毛球比赛')).toEqual(['记-1'])
    expect(found(o, '比赛')).toEqual(['记-1'])

    o.app.call('vouchers.update', { id, date: '2026-02-02', lines: lines('乒乓球比赛') }, o.tokens.kj)
    expect(found(o, '羽毛球')).toEqual([])
    expect(found(o, '乒乓球比赛')).toEqual(['记-1'])

    const other = o.app.call('ledgers.create', { code: 'XEJ', name: '某某小二级', startPeriod: '2026-01' }, o.tokens.kj).id
    const otherChart = o.app.call('accounts.list', { ledgerId: other }, o.tokens.kj)
    const acc = (code: string) => otherChart.find((a) => a.code === code)!.id
    o.app.call(
      'vouchers.create',
      {
        ledgerId: other,
        date: '2026-02-03',
        lines: [
          { summary: '乒乓球比赛', accountId: acc('50102'), debit: 2000, credit: 0, ...basicSpend },
          { summary: '乒乓球比赛', accountId: acc('101'), debit: 0, credit: 2000 },
        ],
      },
      o.tokens.kj,
    )
    expect(found(o, '乒乓球比赛')).toEqual(['记-1'])
    expect(found(o, '乒乓球比赛', other)).toEqual(['记-1'])

    o.app.call('vouchers.delete', { id }, o.tokens.kj)
    expect(found(o, '乒乓球比赛')).toEqual([])
    expect(found(o, '乒乓球比赛', other)).toEqual(['记-1'])
  })

  it('counts and pages a text found in more vouchers than an id list holds (the per-voucher check)', () => {
    const o = office()
    const sqlite = o.app.core.sqlite
    const account = o.account('101')
    const voucher = sqlite.prepare(
      `INSERT INTO vouchers (ledger_id, period, word, number, date, attachments, status, origin, created_by, created_at) VALUES (?, 202601, '记', ?, '2026-01-02', 0, 'draft', 'manual', 1, '2026-01-02') RETURNING id`,
    )
    const line = sqlite.prepare(`INSERT INTO voucher_lines (voucher_id, ledger_id, period, line_no, summary, account_id, debit, credit) VALUES (?, ?, 202601, 1, ?, ?, 1, 0)`)
    sqlite.transaction(() => {
      for (let n = 1; n <= 1200; n++) line.run((voucher.get(o.ledgerId, n) as { id: number }).id, o.ledgerId, n % 2 ? '收取会费' : '支付电费', account)
    })()
    const page = o.app.call('vouchers.search', { ledgerId: o.ledgerId, text: '费', pageSize: 50, page: 3 }, o.tokens.kj)
    expect(page.total).toBe(1200)
    expect(page.rows.map((r) => r.number)).toEqual(Array.from({ length: 50 }, (_, i) => 101 + i))
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId, text: '会费' }, o.tokens.kj).total).toBe(600)
  })

  it('reads the 摘要 from the covering index, never the voucher lines themselves', () => {
    const o = office()
    const plan = (
      o.app.core.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT DISTINCT voucher_id FROM voucher_lines WHERE ledger_id = ? AND summary LIKE ? LIMIT ?`).all(1, '%会费%', 1001) as {
        detail: string
      }[]
    )
      .map((r) => r.detail)
      .join(' | ')
    expect(plan).toContain('COVERING INDEX voucher_lines_summary')
  })
})
