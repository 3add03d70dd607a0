import { describe, expect, it } from 'vitest'
import { registryOffice, unionUscc } from './registry-helpers'

describe('the union tree', () => {
  it('keeps 街镇总工会 → 小二级 → member unions, listed in tree order with levels', () => {
    const o = registryOffice()
    const b = o.xiaoerji('XEJ-B')
    const a = o.xiaoerji('XEJ-A', { form: 'building' })
    o.save({ code: 'LH1', name: '某楼宇联合工会', type: 'joint', parentId: a })
    o.members(b, 1)
    const list = o.app.call('unions.list', {}, o.viewer)
    expect(list.map((u) => [u.code, u.level, u.parentName])).toEqual([
      ['JZ', 0, null],
      ['XEJ-A', 1, '某某街道总工会'],
      ['LH1', 2, 'XEJ-A 工会联合会'],
      ['XEJ-B', 1, '某某街道总工会'],
      ['U1', 2, 'XEJ-B 工会联合会'],
    ])
    expect(list[1]).toMatchObject({ form: 'building', scope: 'regional', status: 'active', hasPremises: null })
  })

  it('refuses places the tree does not have, and cycles', () => {
    const o = registryOffice()
    const a = o.xiaoerji('A')
    const lh = o.save({ code: 'LH', name: '联合工会', type: 'joint', parentId: a })
    const sub = o.save({ code: 'LH2', name: '下级联合工会', type: 'joint', parentId: lh })
    const fail = (input: object) => o.app.fail('unions.save', input, o.admin).message
    expect(fail({ code: 'JZ2', name: '第二街镇', type: 'street', parentId: o.streetId })).toBe('街镇总工会是最上级，不能填写上级工会')
    expect(fail({ code: 'JZ2', name: '第二街镇', type: 'street' })).toBe('已登记街镇总工会“某某街道总工会”，一个台账只登记一个街镇总工会')
    expect(fail({ code: 'B', name: 'B', type: 'xiaoerji', parentId: lh })).toBe('上级工会须为街镇总工会，“联合工会”是联合工会')
    expect(fail({ code: 'E', name: 'E', type: 'enterprise' })).toBe('企业单独工会须填写上级工会')
    expect(fail({ id: lh, code: 'LH', name: '联合工会', type: 'joint', parentId: sub })).toBe('不能把“下级联合工会”设为上级：它在本工会之下')
    expect(fail({ id: lh, code: 'LH', name: '联合工会', type: 'enterprise', parentId: a })).toBe('本工会下还有 1 个工会组织，不能改为企业单独工会')
    expect(fail({ code: 'A', name: '重复', type: 'xiaoerji', parentId: o.streetId })).toBe('工会编码“A”已由“A 工会联合会”使用')
    expect(fail({ code: 'C', name: 'C', type: 'xiaoerji', parentId: o.streetId, certFrom: '2026-01-01', certTo: '2025-12-31' })).toBe('法人资格证书的有效期止不能早于有效期起')
  })

  it('checks the USCC where a union is saved, naming the expected check character', () => {
    const o = registryOffice()
    const good = unionUscc(5)
    const bad = good.slice(0, 17) + (good[17] === 'A' ? 'B' : 'A')
    const error = o.app.fail('unions.save', { code: 'X1', name: '某联合会', type: 'xiaoerji', parentId: o.streetId, uscc: bad }, o.admin)
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { uscc: expect.stringContaining(`应为“${good[17]}”`) } })
    expect(error.message).toContain('统一社会信用代码：校验码错误')
    o.xiaoerji('X1', { uscc: good })
    expect(o.app.fail('unions.save', { code: 'X2', name: '另一个', type: 'xiaoerji', parentId: o.streetId, uscc: good }, o.admin).message).toBe(
      `统一社会信用代码 ${good} 已登记为“X1 工会联合会”`,
    )
  })

  it('deletes only what nothing refers to, and says to deregister instead', () => {
    const o = registryOffice()
    const a = o.xiaoerji('A')
    o.survey(a, 2026)
    expect(o.app.fail('unions.delete', { id: a }, o.admin).message).toBe('“A 工会联合会”还关联着年度调查 1 条，不能删除；如已撤销，请把状态改为“已注销”并填写注销日期')
    const b = o.xiaoerji('B')
    o.app.call('unions.delete', { id: b }, o.admin)
    expect(o.app.call('unions.list', {}, o.viewer).map((u) => u.code)).toEqual(['JZ', 'A'])
    const { rows } = o.app.call('audit.list', { method: 'unions.delete' }, o.admin)
    expect(rows[0]).toMatchObject({ targetIds: [`union:${b}`], summary: '删除工会组织 B B 工会联合会' })
  })

  it('lets every registry reader read and only the 系统管理员 write', () => {
    const o = registryOffice()
    expect(o.app.fail('unions.save', { code: 'A', name: 'A', type: 'xiaoerji', parentId: o.streetId }, o.viewer)).toMatchObject({
      code: 'FORBIDDEN',
      message: '您没有权限执行“保存工会组织”，需要“系统管理员”角色',
    })
    o.app.call('users.create', { username: 'cn', displayName: '出纳', password: 'Test2026ok', assignments: [{ role: 'cashier' }] }, o.admin)
    const cashier = o.app.call('auth.login', { username: 'cn', password: 'Test2026ok' }).token
    expect(o.app.fail('registry.scorecard', {}, cashier).code).toBe('FORBIDDEN')
    expect(o.app.call('registry.scorecard', {}, o.viewer).rows).toEqual([])
  })
})
