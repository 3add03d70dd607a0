import { describe, expect, it } from 'vitest'
import { initializedApp } from '../helpers'

describe('a password the 系统管理员 set must be changed at first login', () => {
  it('refuses everything but changing it, then works normally', () => {
    const app = initializedApp()
    app.call('users.create', { username: 'kj', displayName: '李会计', password: 'Kuaiji2026', assignments: [{ role: 'accountant' }], mustChangePassword: true }, app.adminToken)
    const { token, user } = app.call('auth.login', { username: 'kj', password: 'Kuaiji2026' })
    expect(user.mustChangePassword).toBe(true)
    expect(app.call('auth.me', {}, token).mustChangePassword).toBe(true)
    const refused = app.fail('ledgers.list', {}, token)
    expect(refused.code).toBe('FORBIDDEN')
    expect(refused.message).toContain('首次登录须先修改密码')
    expect(app.fail('auth.changePassword', { oldPassword: 'Kuaiji2026', newPassword: 'Kuaiji2026' }, token).message).toContain('新密码不能与原密码相同')
    app.call('auth.changePassword', { oldPassword: 'Kuaiji2026', newPassword: 'Mine2026ok' }, token)
    expect(app.call('auth.me', {}, token).mustChangePassword).toBe(false)
    expect(app.call('ledgers.list', {}, token)).toEqual([])
  })

  it('applies again after a reset by the administrator, when asked', () => {
    const app = initializedApp()
    const { id } = app.call('users.create', { username: 'kj', displayName: '李会计', password: 'Kuaiji2026', assignments: [{ role: 'accountant' }] }, app.adminToken)
    expect(app.call('auth.login', { username: 'kj', password: 'Kuaiji2026' }).user.mustChangePassword).toBe(false)
    app.call('users.resetPassword', { id, newPassword: 'Reset2026ok', mustChangePassword: true }, app.adminToken)
    const { token } = app.call('auth.login', { username: 'kj', password: 'Reset2026ok' })
    expect(app.fail('ledgers.list', {}, token).code).toBe('FORBIDDEN')
  })
})
