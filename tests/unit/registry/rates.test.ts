import { describe, expect, it } from 'vitest'
import { registryOffice } from './registry-helpers'

describe('建会率 and 入会率', () => {
  it('counts enterprises with a union of their own or covered by a 联合工会, under the denominator setting', () => {
    const o = registryOffice()
    const x = o.xiaoerji('X')
    const joint = o.save({ code: 'LH', name: '楼宇联合工会', type: 'joint', parentId: x })
    for (let i = 0; i < 17; i++) o.enterprise(`有工会 ${i}`, 2026, { xiaoerjiId: x, hasUnion: true, unionId: joint, workers: 40 })
    for (let i = 0; i < 3; i++) o.enterprise(`未建会 ${i}`, 2026, { xiaoerjiId: x, workers: i === 0 ? 10 : 40 })
    o.survey(x, 2026, { enterprises: 100, enterprisesWithUnion: 10 })
    const rates = () => o.app.call('registry.rates', { year: 2026 }, o.viewer)
    // The enterprise list wins over the survey's own counts, because the denominator rule needs it.
    expect(rates().xiaoerji[0]).toMatchObject({ coverage: { numerator: 17, denominator: 20, basisPoints: 8500 }, coverageSource: 'enterprises' })
    expect(o.check(x, 'coverage_rate')).toMatchObject({ status: 'pass', figure: '17/20 = 85.00%（按企业名单）' })

    o.app.call('registry.saveSettings', { coverageMinWorkers: 25 }, o.admin)
    expect(rates().xiaoerji[0].coverage).toEqual({ numerator: 17, denominator: 19, basisPoints: 8947 })
    const listed = o.app.call('enterprises.list', { year: 2026, xiaoerjiId: x }, o.viewer)
    expect(listed.filter((e) => !e.counted).map((e) => e.name)).toEqual(['未建会 0'])

    // Without a list for the year, the survey's counts are used.
    expect(rates().street).toMatchObject({ coverageSource: 'enterprises' })
    expect(o.app.call('registry.rates', { year: 2025 }, o.viewer).xiaoerji[0]).toMatchObject({ coverage: null, membership: null, coverageSource: null })
    o.survey(x, 2025, { enterprises: 20, enterprisesWithUnion: 16 })
    expect(o.check(x, 'coverage_rate', 2025)).toMatchObject({ status: 'fail', figure: '16/20 = 80.00%（按年度调查）' })
  })

  it('adds the 小二级 up for the 街镇, including enterprises no 小二级 covers', () => {
    const o = registryOffice()
    const a = o.xiaoerji('A')
    const b = o.xiaoerji('B')
    o.survey(a, 2026, { workers: 1000, members: 900 })
    o.survey(b, 2026, { workers: 3000, members: 2500 })
    o.enterprise('甲', 2026, { xiaoerjiId: a, hasUnion: true })
    o.enterprise('乙', 2026, { xiaoerjiId: b })
    o.enterprise('丙', 2026)
    const { street } = o.app.call('registry.rates', { year: 2026 }, o.viewer)
    expect(street).toEqual({
      coverage: { numerator: 1, denominator: 3, basisPoints: 3333 },
      coverageSource: 'enterprises',
      membership: { numerator: 3400, denominator: 4000, basisPoints: 8500 },
    })
  })
})

describe('dashboard and work lists', () => {
  it('counts, trends over the years and a status matrix for the heat map', () => {
    const o = registryOffice()
    const a = o.xiaoerji('A', { certTo: '2027-01-10' })
    o.members(a, 3)
    o.survey(a, 2024, { workers: 1000, members: 700 })
    o.survey(a, 2026, { workers: 1000, members: 900 })
    o.enterprise('甲', 2026, { xiaoerjiId: a, hasUnion: true, workers: 50 })
    o.enterprise('乙', 2026, { workers: 12 })
    const d = o.app.call('registry.dashboard', { year: 2026, fromYear: 2024 }, o.viewer)
    expect(d.counts).toEqual({ xiaoerji: 1, memberUnions: 3, members: 900, enterprises: 2, uncoveredEnterprises: 1, enterprisesWithoutUnion: 1 })
    expect(d.trend.map((t) => [t.year, t.membership?.basisPoints ?? null])).toEqual([
      [2024, 7000],
      [2025, null],
      [2026, 9000],
    ])
    expect(d.matrix.rules[0]).toEqual({ rule: 'scale_unions', label: '工会组织数', clause: '第五条' })
    expect(d.matrix.rows).toEqual([{ unionId: a, name: 'A 工会联合会', statuses: expect.arrayContaining(['fail', 'pass', 'no_data']) }])
    expect(d.matrix.rows[0].statuses).toHaveLength(d.matrix.rules.length)
  })

  it('lists uncovered enterprises, 建会 targets, certificates expiring within 60 days and missing surveys', () => {
    const o = registryOffice()
    const a = o.xiaoerji('A', { certTo: '2027-01-23' })
    const b = o.xiaoerji('B', { certTo: '2027-01-24' })
    o.save({ code: 'E1', name: '过期企业工会', type: 'enterprise', parentId: a, certNo: 'F-1', certTo: '2026-10-01' })
    o.survey(b, 2026)
    o.enterprise('甲', 2026, { xiaoerjiId: a, hasUnion: true })
    o.enterprise('乙', 2026, { xiaoerjiId: b })
    o.enterprise('丙', 2026)
    const lists = o.app.call('registry.worklists', { year: 2026 }, o.viewer)
    expect(lists.asAt).toBe('2026-11-24')
    expect(lists.uncovered.map((e) => e.name)).toEqual(['丙'])
    expect(lists.withoutUnion.map((e) => e.name)).toEqual(['乙', '丙'])
    expect(lists.certificates.map((c) => [c.name, c.daysLeft])).toEqual([
      ['过期企业工会', -54],
      ['A 工会联合会', 60],
    ])
    expect(lists.withoutSurvey.map((x) => x.code)).toEqual(['A'])
  })

  it('carries an enterprise list into the next year', () => {
    const o = registryOffice()
    o.enterprise('甲', 2025, { workers: 80 })
    o.enterprise('乙', 2025)
    expect(o.app.call('enterprises.copyYear', { from: 2025, to: 2026 }, o.admin)).toEqual({ copied: 2 })
    expect(o.app.call('enterprises.copyYear', { from: 2025, to: 2026 }, o.admin)).toEqual({ copied: 0 })
    expect(o.app.call('enterprises.list', { year: 2026 }, o.viewer).map((e) => [e.name, e.workers])).toEqual([
      ['乙', 30],
      ['甲', 80],
    ])
  })
})
