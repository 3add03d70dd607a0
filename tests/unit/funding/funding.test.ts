import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { allocateByWeight } from '../../../electron/core/funding/plan'
import { streetOffice, y, type StreetOffice } from '../transfers/transfer-helpers'

const plan = (o: StreetOffice, rows: { unionId: number; amount: number; basis?: 'size' | 'dues' | 'workers' | 'other'; basisNote?: string }[]) =>
  o.app.call('funding.save', { ledgerId: o.ledgers.jz, year: 2026, rows: rows.map((r) => ({ basis: 'workers', ...r })) }, o.tokens.kj)

/** A budget line's 年初预算数 and its budget's status, straight from the tables. */
const line = (o: StreetOffice, ledgerId: number, code: string) =>
  o.app.core.sqlite
    .prepare(
      `SELECT b.status, bl.original, bl.fund_nature AS fundNature, bl.spend_type AS spendType FROM budget_lines bl JOIN budgets b ON b.id = bl.budget_id
       JOIN accounts a ON a.id = bl.account_id WHERE b.ledger_id = ? AND b.year = 2026 AND a.code = ?`,
    )
    .all(ledgerId, code)

describe('经费保障 plan', () => {
  it('allocates by weight in whole 分, the remainder to the largest share, summing exactly', () => {
    expect(allocateByWeight(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocateByWeight(y('100,000.01'), [3000, 1000, 0])).toEqual([y('75,000.01'), y('25,000.00'), 0])
    expect(allocateByWeight(7, [1, 5, 1])).toEqual([1, 5, 1])
    const shares = allocateByWeight(999_999_999_999_999, [123_457, 9_876_543, 1, 77])
    expect(shares.reduce((s, a) => s + a, 0)).toBe(999_999_999_999_999)
    expect(() => allocateByWeight(100, [0, 0])).toThrow('职工数合计为 0')
  })

  it('shows each 小二级 with its registry facts; 按职工数分配 uses the survey and names those without one', () => {
    const o = streetOffice()
    const got = o.app.call('funding.get', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.sh)
    expect(got.rows.map((r) => [r.name, r.ledgerName, r.workers, r.amount])).toEqual([
      ['甲联合会', '甲联合会', 3000, 0],
      ['乙联合会', '乙联合会', 1000, 0],
      ['丙联合会', null, null, 0],
    ])
    expect(got).toMatchObject({ total: 0, budgetStatus: null, budget508: null })
    const split = o.app.call('funding.allocate', { ledgerId: o.ledgers.jz, year: 2026, total: y('40,000.03') }, o.tokens.kj)
    expect(split).toEqual({
      rows: [
        { unionId: o.unions.a, workers: 3000, amount: y('30,000.03') },
        { unionId: o.unions.b, workers: 1000, amount: y('10,000.00') },
        { unionId: o.unions.c, workers: 0, amount: 0 },
      ],
      missing: ['丙联合会'],
    })
    expect(o.app.fail('funding.get', { ledgerId: o.ledgers.a, year: 2026 }, o.tokens.kj).message).toContain('未关联到街镇总工会')
  })

  it('saves rows (0 removes one), checks them, and only an accountant of the 街镇 账套 may', () => {
    const o = streetOffice()
    expect(
      plan(o, [
        { unionId: o.unions.a, amount: y('30,000.00') },
        { unionId: o.unions.b, amount: y('10,000.00'), basis: 'other', basisNote: '新建站点' },
      ]),
    ).toEqual({ ok: true, total: y('40,000.00') })
    expect(plan(o, [{ unionId: o.unions.b, amount: 0 }]).total).toBe(y('30,000.00'))
    expect(o.app.fail('funding.save', { ledgerId: o.ledgers.jz, year: 2026, rows: [{ unionId: o.unions.b, amount: 1, basis: 'other' }] }, o.tokens.kj).message).toContain(
      '须填写依据说明',
    )
    expect(o.app.fail('funding.save', { ledgerId: o.ledgers.jz, year: 2026, rows: [{ unionId: o.streetId, amount: 1, basis: 'size' }] }, o.tokens.kj).message).toContain(
      '不是“某某街道总工会”下属的小二级',
    )
    expect(o.app.fail('funding.save', { ledgerId: o.ledgers.jz, year: 2026, rows: [] }, o.tokens.sh).code).toBe('FORBIDDEN')
    // A row a transfer points at stays (at 0) so the link holds.
    const [row] = o.app.call('funding.get', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj).rows
    o.subsidy({ fundingPlanId: row.planId })
    plan(o, [{ unionId: o.unions.a, amount: 0 }])
    expect(o.app.call('funding.get', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj).rows[0]).toMatchObject({ planId: row.planId, amount: 0 })
    expect(
      o.app.fail(
        'transfers.create',
        { kind: 'levy', moneyPattern: 'own_account', fromLedgerId: o.ledgers.jz, toLedgerId: o.ledgers.a, date: '2026-03-10', amount: 1, summary: 'x', fundingPlanId: row.planId },
        o.tokens.kj,
      ).message,
    ).toContain('只有补助下级')
  })

  it('sync writes the 街镇 508 and each 小二级 403 into draft budgets, and asks for an adjustment once a budget is approved', () => {
    const o = streetOffice()
    plan(o, [
      { unionId: o.unions.a, amount: y('30,000.00') },
      { unionId: o.unions.b, amount: y('10,000.00') },
      { unionId: o.unions.c, amount: y('5,000.00') },
    ])
    const sync = () => o.app.call('funding.sync', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj).results.map((r) => [r.ledgerName, r.accountCode, r.action])
    expect(sync()).toEqual([
      ['某某街道总工会', '508', 'created'],
      ['甲联合会', '403', 'created'],
      ['乙联合会', '403', 'created'],
      ['丙联合会', '403', 'skipped'],
    ])
    expect(line(o, o.ledgers.jz, '508')).toEqual([{ status: 'draft', original: y('45,000.00'), fundNature: 'general', spendType: 'basic' }])
    expect(line(o, o.ledgers.a, '403')).toEqual([{ status: 'draft', original: y('30,000.00'), fundNature: 'general', spendType: null }])

    plan(o, [{ unionId: o.unions.b, amount: y('12,000.00') }])
    o.app.core.sqlite.prepare(`UPDATE budgets SET status = 'approved' WHERE ledger_id = ?`).run(o.ledgers.a)
    const results = o.app.call('funding.sync', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj).results
    expect(results.map((r) => [r.ledgerName, r.action])).toEqual([
      ['某某街道总工会', 'updated'],
      ['甲联合会', 'unchanged'],
      ['乙联合会', 'updated'],
      ['丙联合会', 'skipped'],
    ])
    expect(line(o, o.ledgers.jz, '508')[0]).toMatchObject({ original: y('47,000.00') })
    plan(o, [{ unionId: o.unions.a, amount: y('31,000.00') }])
    expect(o.app.call('funding.sync', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj).results[1]).toMatchObject({
      action: 'adjust',
      message: '2026 年预算已批准，403 现为 30,000.00，须通过预算调整改为 31,000.00',
    })
    expect(line(o, o.ledgers.a, '403')[0]).toMatchObject({ original: y('30,000.00') })
    expect(o.app.call('funding.get', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj)).toMatchObject({ budgetStatus: 'draft', budget508: y('48,000.00') })
  })

  it('drives the scorecard rule: 无数据 without a plan, 不达标 when left out, 预警 while the budget is a draft, 达标 once approved', () => {
    const o = streetOffice()
    const check = (unionId: number) => {
      const card = o.app.call('registry.scorecard', { year: 2026 }, o.app.adminToken)
      return card.rows.find((r) => r.unionId === unionId)!.checks.find((c) => c.rule === 'funding')!
    }
    expect(check(o.unions.a)).toMatchObject({ status: 'no_data', explanation: '街镇总工会尚未编制 2026 年经费保障计划' })
    plan(o, [{ unionId: o.unions.a, amount: y('30,000.00') }])
    expect(check(o.unions.a)).toMatchObject({ status: 'warn', figure: '计划 30,000.00 元', explanation: '经费保障计划尚未同步到街镇总工会预算' })
    expect(check(o.unions.b)).toMatchObject({ status: 'fail', explanation: '街镇总工会 2026 年经费保障计划中没有安排本小二级的经费' })
    o.app.call('funding.sync', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.kj)
    expect(check(o.unions.a)).toMatchObject({ status: 'warn', figure: '计划 30,000.00 元，预算编制中' })
    o.app.core.sqlite.prepare(`UPDATE budgets SET status = 'approved' WHERE ledger_id = ?`).run(o.ledgers.jz)
    expect(check(o.unions.a)).toMatchObject({ status: 'pass', explanation: '已列入街镇总工会 2026 年预算' })
    expect(check(o.unions.b).status).toBe('fail')
    // Another year has neither plan nor budget.
    o.app.call(
      'surveys.save',
      { unionId: o.unions.a, year: 2025, surveyDate: '2025-06-30', enterprises: 1, enterprisesWithUnion: 1, workers: 1, members: 1, womenMembers: 0, migrantMembers: 0 },
      o.app.adminToken,
    )
    const past = o.app.call('registry.scorecard', { year: 2025 }, o.app.adminToken).rows.find((r) => r.unionId === o.unions.a)!
    expect(past.checks.find((c) => c.rule === 'funding')!.status).toBe('no_data')
  })

  it('plan vs actual: planned, transferred (posted 508 naming the 小二级), received (its 403), on screen and in Excel', async () => {
    const o = streetOffice()
    plan(o, [
      { unionId: o.unions.a, amount: y('30,000.00') },
      { unionId: o.unions.b, amount: y('10,000.00') },
    ])
    o.subsidy()
    o.subsidy({ amount: y('5,000.00'), date: '2026-05-01' })
    o.post(...o.vouchersOf(o.ledgers.jz).map((v) => v.id))
    o.post(o.vouchersOf(o.ledgers.a)[0].id)
    const got = o.app.call('funding.vsActual', { ledgerId: o.ledgers.jz, year: 2026 }, o.tokens.sh)
    expect(got.rows.map((r) => [r.name, r.plan, r.transferred, r.received, r.unpaid, r.difference])).toEqual([
      ['甲联合会', y('30,000.00'), y('25,000.00'), y('20,000.00'), y('5,000.00'), y('5,000.00')],
      ['乙联合会', y('10,000.00'), 0, 0, y('10,000.00'), 0],
      ['丙联合会', 0, 0, 0, 0, 0],
    ])
    expect(got.totals).toEqual({ plan: y('40,000.00'), transferred: y('25,000.00'), received: y('20,000.00'), unpaid: y('15,000.00'), difference: y('5,000.00') })
    const res = await o.app.router.call('transfers.export', { report: 'funding-vs-actual', ledgerId: o.ledgers.jz, from: '2026-01', to: '2026-12' }, { token: o.tokens.sh }, 'http')
    if (!res.ok) throw new Error(res.error.message)
    const { fileName, content } = res.data as { fileName: string; content: string }
    expect(fileName).toBe('UnionDesk-经费保障计划执行-JZ-2026.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(content, 'base64') as never)
    const sheet = book.worksheets[0]
    expect(sheet.getCell('A1').value).toBe('2026 年小二级经费保障计划执行对比表')
    expect(sheet.getRow(4).values).toEqual([undefined, 'XA', '甲联合会', '甲联合会', 30000, 25000, 20000, 5000, 5000])
    expect(sheet.getRow(7).values).toEqual([undefined, '合计', undefined, undefined, 40000, 25000, 20000, 15000, 5000])
  })
})
