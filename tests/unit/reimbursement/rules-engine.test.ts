import { describe, expect, it } from 'vitest'
import { checkRules, shares, type RuleContext, type RuleLine } from '../../../electron/core/rules/engine'
import type { SpendingRuleRow } from '../../../electron/shared/contract/rules'

const rule = (r: Partial<SpendingRuleRow>): SpendingRuleRow => ({
  id: 1,
  jurisdiction: '本街镇',
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  accountPrefix: null,
  eventType: null,
  beneficiaryScope: null,
  limitKind: 'per_person_event',
  amount: null,
  shareBp: null,
  forms: null,
  severity: 'block',
  description: '测试标准',
  isExample: false,
  enabled: true,
  ...r,
})
const line = (l: Partial<RuleLine>): RuleLine => ({
  lineNo: 1,
  accountCode: '50105',
  eventType: '生日',
  form: null,
  amount: 0,
  beneficiaries: null,
  names: null,
  participants: null,
  ...l,
})
const context = (c: Partial<RuleContext> = {}): RuleContext => ({ date: '2026-11-24', members: null, income: null, history: [], ...c })

describe('rule engine edge values', () => {
  const birthday = rule({ eventType: '生日', limitKind: 'per_person_event', amount: 40000 })

  it('per person per event: exactly at the limit passes, one 分 over fails', () => {
    expect(checkRules([birthday], [line({ amount: 3 * 40000, beneficiaries: 3 })], context())).toEqual([])
    const [finding] = checkRules([birthday], [line({ amount: 3 * 40000 + 1, beneficiaries: 3 })], context())
    expect(finding).toMatchObject({ ruleId: 1, lineNo: 1, severity: 'block' })
    expect(finding.message).toBe('第 1 行：3 人共 ¥1,200.01，超过每人每次限额 ¥400.00（3 人合计上限 ¥1,200.00）（本街镇：测试标准）')
  })

  it('applies only to matching event types, accounts, enabled rules and effective dates', () => {
    const over = line({ amount: 40001, beneficiaries: 1 })
    expect(checkRules([birthday], [{ ...over, eventType: '婚育' }], context())).toEqual([])
    expect(checkRules([{ ...birthday, accountPrefix: '503' }], [over], context())).toEqual([])
    expect(checkRules([{ ...birthday, accountPrefix: '501' }], [over], context())).toHaveLength(1)
    expect(checkRules([{ ...birthday, enabled: false }], [over], context())).toEqual([])
    expect(checkRules([{ ...birthday, effectiveFrom: '2026-11-25' }], [over], context())).toEqual([])
    expect(checkRules([{ ...birthday, effectiveTo: '2026-11-23' }], [over], context())).toEqual([])
    expect(checkRules([{ ...birthday, effectiveTo: '2026-11-24' }], [over], context())).toHaveLength(1)
  })

  it('per person per year adds the year’s other claims by name, in whole 分', () => {
    const yearly = rule({ eventType: '节日慰问', limitKind: 'per_person_year', amount: 150000, severity: 'warn' })
    const history = [{ accountCode: '50105', eventType: '节日慰问', amount: 100001, names: ['张三', '李四'] }]
    // 张三 had 500.01 (the odd 分), 李四 500.00; 1,000.00 more each: 李四 is exactly at 1,500.00.
    const findings = checkRules([yearly], [line({ eventType: '节日慰问', amount: 200000, names: ['张三', '李四'], beneficiaries: 2 })], context({ history }))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warn', lineNo: null })
    expect(findings[0].message).toContain('张三 本年累计 ¥1,500.01（含本单 ¥1,000.00）')
    expect(shares(100001, 2)).toEqual([50001, 50000])
    // Without a list the cap cannot be checked per person: said, as a warning.
    expect(checkRules([yearly], [line({ eventType: '节日慰问', amount: 1, beneficiaries: 5 })], context())[0].message).toContain('未填写受益人名单')
  })

  it('2/3 of participants with integer math: 2 of 3 and 4 of 6 pass, 3 of 4 and 5 of 6 fail', () => {
    const share = rule({ eventType: '文体奖励', limitKind: 'share_participants', shareBp: 6667 })
    const prize = (beneficiaries: number, participants: number | null) => line({ eventType: '文体奖励', amount: 100, beneficiaries, participants })
    // With the event's 参与人数 given, the union's members (1,000 here) do not matter.
    const given = (winners: number, participants: number) => checkRules([share], [prize(winners, participants)], context({ members: 1000 })).length
    expect([given(2, 3), given(4, 6), given(3, 4), given(5, 6)]).toEqual([0, 0, 1, 1])
    expect(checkRules([share], [prize(3, 4)], context({ members: 1000 }))[0].message).toBe('第 1 行：获奖 3 人，超过参与人数 4 人的 66.67%（本街镇：测试标准）')
    // Without it the members stand in, and the finding says so.
    const members = (winners: number, count: number) => checkRules([share], [prize(winners, null)], context({ members: count }))
    expect([members(2, 3).length, members(3, 4).length]).toEqual([0, 1])
    expect(members(3, 4)[0].message).toBe('第 1 行：获奖 3 人，超过会员人数 4 人（未填写参与人数）的 66.67%（本街镇：测试标准）')
    // Neither known: a warning that it cannot be checked.
    expect(checkRules([share], [prize(1, null)], context())[0]).toMatchObject({ severity: 'warn' })
    expect(checkRules([share], [prize(1, null)], context())[0].message).toContain('未填写参与人数')
  })

  it('share of income counts the year’s matching claims: at 30 % passes, one 分 over fails', () => {
    const holidays = rule({ eventType: '节日慰问', limitKind: 'share_income', shareBp: 3000 })
    const history = [{ accountCode: '50105', eventType: '节日慰问', amount: 100000, names: null }]
    const check = (amount: number) => checkRules([holidays], [line({ eventType: '节日慰问', amount })], context({ income: 1000000, history }))
    expect(check(200000)).toEqual([])
    expect(check(200001)[0].message).toContain('本年累计 ¥3,000.01（含本单 ¥2,000.01），超过本年经费收入 ¥10,000.00 的 30.00%')
  })

  it('购物卡 and 代金券 are always banned, even with no rule at all; other banned forms come from rules', () => {
    const [card] = checkRules([], [line({ form: '购物卡' })], context())
    expect(card).toMatchObject({ ruleId: null, severity: 'block' })
    expect(card.message).toContain('八不准')
    expect(checkRules([], [line({ form: '代金券' })], context())).toHaveLength(1)
    const noCash = rule({ limitKind: 'forbidden_form', forms: ['现金'], severity: 'warn', isExample: true })
    expect(checkRules([noCash], [line({ form: '现金' })], context())[0].message).toContain('示例标准')
    expect(checkRules([noCash], [line({ form: '实物' })], context())).toEqual([])
  })
})
