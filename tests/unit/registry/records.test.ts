import { describe, expect, it } from 'vitest'
import { registryOffice } from './registry-helpers'

describe('小二级 records (one builder for every kind)', () => {
  it('lists by union and by year, with the union’s name, and audits saves and deletes', () => {
    const o = registryOffice()
    const a = o.xiaoerji('A')
    const b = o.xiaoerji('B')
    const save = (unionId: number, title: string, date: string) => o.app.call('activities.save', { unionId, kind: 'training', title, date, participants: 30 }, o.admin).id
    save(a, '工会主席培训', '2025-05-10')
    const kept = save(a, '职工运动会', '2026-04-20')
    save(b, '普法讲座', '2026-09-01')
    expect(o.app.call('activities.list', { year: 2026 }, o.viewer).map((r) => [r.title, r.unionName])).toEqual([
      ['职工运动会', 'A 工会联合会'],
      ['普法讲座', 'B 工会联合会'],
    ])
    expect(o.app.call('activities.list', { unionId: a }, o.viewer)).toHaveLength(2)
    o.app.call('activities.delete', { id: kept }, o.admin)
    expect(o.app.call('activities.list', { year: 2026, unionId: a }, o.viewer)).toEqual([])
    expect(o.app.fail('activities.delete', { id: kept }, o.admin)).toMatchObject({ code: 'NOT_FOUND', message: `活动或培训（编号 ${kept}）不存在` })
    const { rows } = o.app.call('audit.list', { method: 'activities.delete' }, o.admin)
    expect(rows[0]).toMatchObject({ targetIds: [`union:${a}`, `activities:${kept}`], summary: '删除活动或培训：职工运动会（2026-04-20）' })
  })

  it('keeps disputes with their status and hardship cases with their tier and aid in 分', () => {
    const o = registryOffice()
    const a = o.xiaoerji('A')
    const rights = (extra: object) => ({ unionId: a, title: '某公司欠薪', date: '2026-03-02', ...extra })
    expect(o.app.fail('rights.save', rights({ kind: 'dispute' }), o.admin).message).toBe('劳资纠纷须填写处理状态')
    expect(o.app.fail('rights.save', rights({ kind: 'dispute', status: 'referred', reportedOn: '2026-03-01' }), o.admin).message).toBe('上报日期不能早于纠纷发生日期')
    o.app.call('rights.save', rights({ kind: 'dispute', status: 'referred', reportedOn: '2026-03-03' }), o.admin)
    expect(o.app.fail('rights.save', rights({ kind: 'hardship', title: '大病帮扶' }), o.admin).message).toMatch(/^困难帮扶须选择帮扶梯度/)
    expect(o.app.fail('rights.save', rights({ kind: 'collective_contract', tier: 'deep' }), o.admin).message).toBe('只有困难帮扶填写帮扶梯度和金额')
    o.app.call('rights.save', rights({ kind: 'hardship', title: '大病帮扶', tier: 'accident', amount: 200000 }), o.admin)
    expect(o.app.call('rights.list', { year: 2026 }, o.viewer).map((r) => [r.kind, r.status, r.tier, r.amount])).toEqual([
      ['dispute', 'referred', null, null],
      ['hardship', null, 'accident', 200000],
    ])
  })

  it('第十五条: a build-out plan spans three to five years, milestones saved with it', () => {
    const o = registryOffice()
    const plan = { unionId: o.streetId, title: '小二级建设三年规划', fromYear: 2025, toYear: 2026 }
    expect(o.app.fail('plans.save', plan, o.admin).message).toBe('建设规划应为三至五年（第十五条），现为 2 年')
    const milestones = [
      { title: '覆盖全域', dueOn: '2026-12-31' },
      { title: '全部注册法人', dueOn: '2027-06-30', doneOn: '2027-05-01' },
    ]
    const { id } = o.app.call('plans.save', { ...plan, toYear: 2027, milestones }, o.admin)
    expect(o.app.call('plans.list', { year: 2027 }, o.viewer)).toEqual([
      {
        id,
        ...plan,
        toYear: 2027,
        notes: null,
        milestones: [
          { title: '覆盖全域', dueOn: '2026-12-31', doneOn: null },
          { title: '全部注册法人', dueOn: '2027-06-30', doneOn: '2027-05-01' },
        ],
        unionName: '某某街道总工会',
      },
    ])
    expect(o.app.call('plans.list', { year: 2028 }, o.viewer)).toEqual([])
  })

  it('keeps committee, staff and surveys to 小二级, and figures consistent', () => {
    const o = registryOffice()
    const a = o.xiaoerji('A')
    expect(o.app.fail('committee.save', { unionId: o.streetId, name: '张某', role: 'member', sector: 'tax', termFrom: '2026-01-01' }, o.admin).message).toBe(
      '工会组织须为小二级工会联合会，“某某街道总工会”是街镇总工会',
    )
    expect(o.app.fail('staff.save', { unionId: a, name: '陈某', fromDate: '2026-05-01', toDate: '2026-04-30' }, o.admin).message).toBe('离岗日期不能早于到岗日期')
    expect(
      o.app.fail(
        'surveys.save',
        { unionId: a, year: 2026, surveyDate: '2026-06-30', enterprises: 5, enterprisesWithUnion: 5, workers: 100, members: 90, womenMembers: 91, migrantMembers: 0 },
        o.admin,
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      message: '女会员人数不能大于会员人数',
      fields: { womenMembers: '女会员人数不能大于会员人数' },
    })
    o.survey(a, 2026)
    expect(
      o.app.fail(
        'surveys.save',
        { unionId: a, year: 2026, surveyDate: '2026-07-01', enterprises: 1, enterprisesWithUnion: 1, workers: 1, members: 1, womenMembers: 0, migrantMembers: 0 },
        o.admin,
      ).message,
    ).toBe('“A 工会联合会” 2026 年的年度调查已登记，请修改原记录')
  })
})
