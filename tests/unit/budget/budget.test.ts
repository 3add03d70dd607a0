import { describe, expect, it } from 'vitest'
import { overBudgetMode } from '../../../electron/core/budget/settings'
import { budgetLineStatus } from '../../../electron/core/budget/usage'
import { basicSpend, januaryBooks, ln, postVoucher } from '../ledger/ledger-helpers'
import { basic, budgetFor, office, person, y } from './budget-helpers'

describe('budgets: lines, adjustments and 调整后预算数', () => {
  it('adds adjustments (±, several, a new line) to 年初预算数 and keeps the balance figures', () => {
    const o = office()
    const { id: projectId } = o.app.call('projects.save', { ledgerId: o.ledgerId, code: 'P01', name: '困难职工帮扶' }, o.tokens.kj)
    const b = budgetFor(o, 2026, { priorSurplus: y('10,000.00') })
    const dues = b.line('401', '60,000.00')
    b.line('40302', '20,000.00', { fundNature: 'special' })
    const activities = b.line('50105', '45,000.00', basic)
    b.line('50404', '30,000.00', { fundNature: 'special', spendType: 'project', projectId })
    expect(b.view().balance).toMatchObject({ income: y('80,000.00'), priorSurplus: y('10,000.00'), expenditure: y('75,000.00'), ok: true })
    b.approve()

    b.adjust('2026-06-30', [
      { budgetLineId: activities, amount: y('5,000.00') },
      { budgetLineId: dues, amount: y('2,000.00') },
    ])
    b.adjust('2026-09-30', [
      { budgetLineId: activities, amount: -y('1,000.50') },
      { add: { accountId: o.account('50501'), spendType: 'basic', fundNature: 'general', notes: '新增培训' }, amount: y('3,000.00') },
    ])

    const view = b.view()
    const line = (code: string) => view.lines.find((l) => l.accountCode === code)!
    expect(line('50105')).toMatchObject({ original: y('45,000.00'), adjusted: y('3,999.50'), budget: y('48,999.50') })
    expect(line('401')).toMatchObject({ original: y('60,000.00'), adjusted: y('2,000.00'), budget: y('62,000.00') })
    expect(line('50501')).toMatchObject({ original: 0, adjusted: y('3,000.00'), budget: y('3,000.00'), notes: '新增培训', accountName: '业务支出-培训支出' })
    expect(view.adjustments.map((a) => [a.date, a.lines.length, a.createdBy])).toEqual([
      ['2026-06-30', 2, '李会计'],
      ['2026-09-30', 2, '李会计'],
    ])
    expect(view.balance).toMatchObject({ income: y('82,000.00'), expenditure: y('81,999.50'), ok: true })
    expect(budgetLineStatus(o.app.core, activities)).toMatchObject({ budget: y('48,999.50'), used: 0, pending: 0, remaining: y('48,999.50') })
  })

  it('approves when income + 可动用上年结余 equals expenditure, refuses 1 分 short with the figures', () => {
    const o = office()
    const b = budgetFor(o, 2026, { priorSurplus: y('5,000.00') })
    b.line('401', '45,000.00')
    const spend = b.line('50105', '50,000.01', basic)
    const refused = o.app.fail('budget.approve', { id: b.id, reviewedOn: '2026-01-05', approvedBody: 'congress', approvedOn: '2026-01-08' }, o.tokens.kj)
    expect(refused.message).toBe(
      '不能批准：收支不平衡：收入预算 45,000.00 元 + 可动用上年结余 5,000.00 元 = 50,000.00 元，少于支出预算 50,000.01 元，差 0.01 元。预算应收支平衡、不列赤字',
    )
    expect(b.view().status).toBe('draft')
    o.app.call('budget.saveLine', { budgetId: b.id, id: spend, accountId: o.account('50105'), spendType: 'basic', fundNature: 'general', original: y('50,000.00') }, o.tokens.kj)
    expect(b.view().balance.message).toBe('收入预算 45,000.00 元 + 可动用上年结余 5,000.00 元 = 50,000.00 元，支出预算 50,000.00 元，收支平衡')
    b.approve()
    expect(b.view()).toMatchObject({ status: 'approved', approvedBody: 'committee', reviewedOn: '2026-01-05', approvedOn: '2026-01-08', filedOn: '2026-01-10' })
    // An adjustment must keep the balance too.
    expect(
      o.app.fail(
        'budget.adjust',
        { budgetId: b.id, date: '2026-07-01', reason: '追加', approvedBody: 'committee', approvedOn: '2026-07-01', lines: [{ budgetLineId: spend, amount: 1 }] },
        o.tokens.kj,
      ).message,
    ).toContain('调整后收支不平衡')
  })

  it('checks the approval dates and refuses an empty budget', () => {
    const o = office()
    const b = budgetFor(o, 2026)
    expect(o.app.fail('budget.approve', { id: b.id, reviewedOn: '2026-01-05', approvedBody: 'committee', approvedOn: '2026-01-08' }, o.tokens.kj).message).toBe(
      '预算还没有任何项目，不能登记批准',
    )
    b.line('401', '100.00')
    const early = o.app.fail('budget.approve', { id: b.id, reviewedOn: '2026-01-05', approvedBody: 'committee', approvedOn: '2026-01-04' }, o.tokens.kj)
    expect(early).toMatchObject({ code: 'VALIDATION', fields: { approvedOn: '批准日期不能早于经审会审查日期' } })
  })

  it('freezes the lines once approved: only 预算调整 change them', () => {
    const o = office()
    const b = budgetFor(o, 2026)
    const dues = b.line('401', '1,000.00')
    const spend = b.line('50105', '800.00', basic)
    expect(
      o.app.fail(
        'budget.adjust',
        { budgetId: b.id, date: '2026-03-01', reason: 'x', approvedBody: 'committee', approvedOn: '2026-03-01', lines: [{ budgetLineId: dues, amount: 100 }] },
        o.tokens.kj,
      ).message,
    ).toContain('预算尚未批准')
    b.approve()
    const frozen = '2026年预算已批准，不能直接修改；请通过“预算调整”登记批准后的变动'
    expect(o.app.fail('budget.saveLine', { budgetId: b.id, accountId: o.account('401'), fundNature: 'general', original: 1 }, o.tokens.kj).message).toBe(frozen)
    expect(o.app.fail('budget.saveLine', { budgetId: b.id, id: dues, accountId: o.account('401'), fundNature: 'general', original: 1 }, o.tokens.kj).message).toBe(frozen)
    expect(o.app.fail('budget.deleteLine', { id: spend }, o.tokens.kj).message).toBe(frozen)
    expect(o.app.fail('budget.update', { id: b.id, priorSurplus: 5 }, o.tokens.kj).message).toBe(frozen)
    expect(o.app.fail('budget.delete', { id: b.id }, o.tokens.kj).message).toBe(frozen)
    expect(o.app.fail('budget.approve', { id: b.id, reviewedOn: '2026-01-05', approvedBody: 'committee', approvedOn: '2026-01-08' }, o.tokens.kj).code).toBe('CONFLICT')
    // An adjustment may not take a line below zero, nor name a line twice.
    expect(
      o.app.fail(
        'budget.adjust',
        { budgetId: b.id, date: '2026-03-01', reason: 'x', approvedBody: 'committee', approvedOn: '2026-03-01', lines: [{ budgetLineId: spend, amount: -y('800.01') }] },
        o.tokens.kj,
      ).message,
    ).toContain('调整后预算数为 -0.01 元，不能为负数')
    expect(
      o.app.fail(
        'budget.adjust',
        {
          budgetId: b.id,
          date: '2026-03-01',
          reason: 'x',
          approvedBody: 'committee',
          approvedOn: '2026-03-01',
          lines: [
            { budgetLineId: spend, amount: 1 },
            { budgetLineId: spend, amount: 1 },
          ],
        },
        o.tokens.kj,
      ).message,
    ).toContain('只能出现一次')
    expect(b.view().lines.map((l) => l.budget)).toEqual([y('1,000.00'), y('800.00')])
  })

  it('checks lines like voucher lines: income/expenditure accounts, 支出类型, project, no duplicates', () => {
    const o = office()
    const b = budgetFor(o, 2026)
    const save = (input: object) => o.app.fail('budget.saveLine', { budgetId: b.id, original: 100, fundNature: 'general', ...input }, o.tokens.kj)
    expect(save({ accountId: o.account('102') }).message).toBe('102 银行存款 不是收入类或支出类科目，不能编入预算')
    expect(save({ accountId: o.account('50105') }).fields).toEqual({ spendType: '50105 会员活动支出 须注明基本支出或项目支出' })
    expect(save({ accountId: o.account('401'), spendType: 'basic' }).message).toBe('401 会费收入 不区分基本支出和项目支出')
    expect(save({ accountId: o.account('50105'), spendType: 'project' }).message).toBe('项目支出须选择项目')
    b.line('501', '100.00', basic)
    expect(save({ accountId: o.account('501'), spendType: 'basic' }).message).toContain('本预算已有相同科目')
    b.line('501', '100.00', { ...basic, fundNature: 'special' })
  })
})

describe('starting a budget from last year', () => {
  it('copies last year’s 调整后预算数, or builds lines from last year’s actuals rounded to whole 元 (closing left out)', () => {
    const o = office('2025-01')
    januaryBooks(o, '2025-01')
    postVoucher(o, '2025-01-25', [ln(o, '50102', '借', '1,234.50', '球赛', basicSpend), ln(o, '50103', '借', '1,234.49', '宣传', basicSpend), ln(o, '102', '贷', '2,468.99')])
    o.app.call('periods.close', { ledgerId: o.ledgerId, period: '2025-01' }, o.tokens.kj)

    const { lines } = o.app.call('budget.create', { ledgerId: o.ledgerId, year: 2026, source: 'lastActuals' }, o.tokens.kj)
    expect(lines).toBe(7)
    const actuals = o.app.call('budget.get', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)!
    expect(actuals.lines.map((l) => [l.accountCode, l.spendType, l.projectName, l.fundNature, l.original])).toEqual([
      ['401', null, null, 'general', y('5,000.00')],
      ['402', null, null, 'general', y('18,000.00')],
      ['40302', null, null, 'special', y('20,000.00')],
      ['50102', 'basic', null, 'general', y('1,235.00')],
      ['50103', 'basic', null, 'general', y('1,234.00')],
      ['50105', 'basic', null, 'general', y('8,000.00')],
      ['50404', 'project', '困难职工帮扶', 'special', y('15,000.00')],
    ])
    o.app.call('budget.delete', { id: actuals.id }, o.tokens.kj)

    const last = budgetFor(o, 2025)
    const dues = last.line('401', '6,000.00')
    last.line('50105', '5,000.00', basic)
    last.approve()
    last.adjust('2025-06-30', [{ budgetLineId: dues, amount: y('500.00') }])
    expect(o.app.fail('budget.create', { ledgerId: o.ledgerId, year: 2028, source: 'lastBudget' }, o.tokens.kj).message).toContain('2027年没有预算，无法复制')
    o.app.call('budget.create', { ledgerId: o.ledgerId, year: 2026, source: 'lastBudget' }, o.tokens.kj)
    const copied = o.app.call('budget.get', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)!
    expect(copied.status).toBe('draft')
    expect(copied.lines.map((l) => [l.accountCode, l.original, l.adjusted])).toEqual([
      ['401', y('6,500.00'), 0],
      ['50105', y('5,000.00'), 0],
    ])
    expect(o.app.fail('budget.create', { ledgerId: o.ledgerId, year: 2026 }, o.tokens.kj)).toMatchObject({ code: 'CONFLICT', message: '2026年预算已存在，请直接修改' })
  })
})

describe('who may do what', () => {
  it('lets the 会计 of the 账套 prepare, the 会计 or 系统管理员 record approval, readers read', () => {
    const o = office()
    const b = budgetFor(o, 2026)
    const dues = b.line('401', '1,000.00')
    const viewer = person(o, 'ck', [{ role: 'viewer' }])
    expect(o.app.fail('budget.saveLine', { budgetId: b.id, accountId: o.account('401'), fundNature: 'general', original: 1 }, viewer).code).toBe('FORBIDDEN')
    expect(o.app.call('budget.get', { ledgerId: o.ledgerId, year: 2026 }, viewer)!.lines).toHaveLength(1)

    const { id: other } = o.app.call('ledgers.create', { code: 'XEJ', name: '某小二级工会', startPeriod: '2026-01' }, o.tokens.kj)
    const elsewhere = person(o, 'kj2', [{ role: 'accountant', scopeType: 'ledger', scopeId: other }])
    expect(o.app.fail('budget.create', { ledgerId: o.ledgerId, year: 2027 }, elsewhere).message).toBe('您在账套“某某街道总工会”中没有“会计（制单）”权限')
    expect(o.app.fail('budget.deleteLine', { id: dues }, elsewhere).code).toBe('FORBIDDEN')
    expect(o.app.fail('budget.get', { ledgerId: o.ledgerId, year: 2026 }, elsewhere).message).toBe('您不能查看账套“某某街道总工会”的预算')
    o.app.call('budget.create', { ledgerId: other, year: 2026 }, elsewhere)

    expect(o.app.fail('budget.approve', { id: b.id, reviewedOn: '2026-01-05', approvedBody: 'committee', approvedOn: '2026-01-08' }, o.tokens.sh).code).toBe('FORBIDDEN')
    b.approve(o.app.adminToken)
    expect(b.view().status).toBe('approved')
  })

  it('gives 审批人 and 报账员 of the 账套 (or its union) the lines for claim forms, and nobody else', () => {
    const o = office()
    const b = budgetFor(o, 2026)
    const dues = b.line('401', '1,000.00')
    const approver = person(o, 'sp', [{ role: 'approver' }])
    const clerk = person(o, 'bz', [{ role: 'clerk', scopeType: 'ledger', scopeId: o.ledgerId }])
    // A scope must name a 账套 or union that exists (users.create checks): the stranger is another 账套's clerk.
    const { id: elsewhere } = o.app.call('ledgers.create', { code: 'QT', name: '其他工会', startPeriod: '2026-01' }, o.tokens.kj)
    const stranger = person(o, 'bz2', [{ role: 'clerk', scopeType: 'ledger', scopeId: elsewhere }])
    expect(o.app.call('budget.get', { ledgerId: o.ledgerId, year: 2026 }, approver)!.id).toBe(b.id)
    expect(o.app.call('budget.lines', { ledgerId: o.ledgerId, year: 2026 }, clerk)).toMatchObject([{ id: dues, budgetId: b.id, status: 'draft', budget: y('1,000.00') }])
    expect(o.app.call('budget.lineStatus', { budgetLineId: dues }, clerk)).toEqual({ budgetLineId: dues, budget: y('1,000.00'), used: 0, pending: 0, remaining: y('1,000.00') })
    expect(o.app.fail('budget.get', { ledgerId: o.ledgerId, year: 2026 }, clerk).code).toBe('FORBIDDEN')
    expect(o.app.fail('budget.lines', { ledgerId: o.ledgerId, year: 2026 }, stranger).code).toBe('FORBIDDEN')
    expect(o.app.fail('budget.lineStatus', { budgetLineId: dues }, stranger).code).toBe('FORBIDDEN')
    expect(o.app.call('budget.lines', { ledgerId: o.ledgerId, year: 2027 }, clerk)).toEqual([])

    // A 小二级's chair (审批人 scoped to its union) sees the budget of the 账套 kept for that union.
    const union = o.app.call('unions.save', { code: 'XE7', name: '某小二级工会', type: 'street' }, o.app.adminToken).id
    const chair = person(o, 'zx', [{ role: 'approver', scopeType: 'union', scopeId: union }])
    expect(o.app.call('budget.ledgers', {}, chair)).toEqual([])
    o.app.core.sqlite.prepare('UPDATE ledgers SET union_id = ? WHERE id = ?').run(union, o.ledgerId)
    expect(o.app.call('budget.ledgers', {}, chair).map((l) => l.code)).toEqual(['JZ'])
    expect(o.app.call('budget.get', { ledgerId: o.ledgerId, year: 2026 }, chair)!.lines).toHaveLength(1)
    expect(o.app.fail('budget.saveLine', { budgetId: b.id, accountId: o.account('401'), fundNature: 'general', original: 1 }, chair).code).toBe('FORBIDDEN')
  })

  it('keeps the over-budget mode as a setting only the 系统管理员 changes', () => {
    const o = office()
    expect(overBudgetMode(o.app.core)).toBe('block')
    expect(o.app.call('budget.settings', {}, o.tokens.kj)).toEqual({ overBudgetMode: 'block' })
    expect(o.app.fail('budget.saveSettings', { overBudgetMode: 'warn' }, o.tokens.kj).code).toBe('FORBIDDEN')
    o.app.call('budget.saveSettings', { overBudgetMode: 'warn' }, o.app.adminToken)
    expect(overBudgetMode(o.app.core)).toBe('warn')
    o.app.core.sqlite.prepare("UPDATE settings SET value = 'nonsense' WHERE key = 'budget.overBudgetMode'").run()
    expect(overBudgetMode(o.app.core)).toBe('block')
  })
})
