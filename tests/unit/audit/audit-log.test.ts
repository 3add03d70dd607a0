import { describe, expect, it } from 'vitest'
import { ADMIN, initializedApp } from '../helpers'

describe('audit log', () => {
  it('records who did what, when, through which channel, with targets', () => {
    const app = initializedApp()
    const { id } = app.call('users.create', { username: 'cn', displayName: '陈出纳', password: 'Chuna2026', assignments: [{ role: 'cashier' }] }, app.adminToken)
    const { rows } = app.call('audit.list', { method: 'users.create' }, app.adminToken)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      username: 'admin',
      method: 'users.create',
      title: '新建用户',
      channel: 'http',
      targetIds: [`user:${id}`],
      summary: '新建用户 cn（陈出纳），角色：出纳',
      at: app.clock.now().toISOString(),
    })
  })

  it('keeps failed logins (they count towards the lockout) but not failed validations', () => {
    const app = initializedApp()
    app.fail('auth.login', { username: 'admin', password: 'wrong' })
    app.fail('users.create', {}, app.adminToken)
    const { rows } = app.call('audit.list', {}, app.adminToken)
    expect(rows.map((r) => r.summary)).toContain('登录失败：密码错误（第 1 次）')
    expect(rows.some((r) => r.method === 'users.create')).toBe(false)
  })

  it('refuses UPDATE and DELETE at the database level', () => {
    const app = initializedApp()
    const sqlite = app.core.sqlite
    expect(() => sqlite.prepare(`UPDATE audit_log SET summary = 'x'`).run()).toThrow('操作日志只能追加，不能修改')
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow('操作日志只能追加，不能删除')
    expect((sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBeGreaterThan(0)
  })

  it('filters by user, method and local date range, newest first, paged', () => {
    const app = initializedApp()
    let token = ''
    for (let i = 0; i < 3; i++) {
      app.clock.advance(24 * 3600_000)
      token = app.call('auth.login', { username: 'admin', password: ADMIN.password }).token
    }
    const all = app.call('audit.list', { method: 'auth.login', pageSize: 2 }, token)
    expect(all.total).toBe(3)
    expect(all.rows).toHaveLength(2)
    expect(all.rows[0].at > all.rows[1].at).toBe(true)
    const oneDay = app.call('audit.list', { method: 'auth.login', from: '2026-11-26', to: '2026-11-26' }, token)
    expect(oneDay.total).toBe(1)
    expect(app.call('audit.list', { userId: 999 }, token).total).toBe(0)
    expect(app.fail('audit.list', { from: '2026-11-27', to: '2026-11-26' }, token).message).toContain('开始日期不能晚于结束日期')
  })
})
