import { describe, expect, it } from 'vitest'
import { ADMIN, initializedApp, testApp } from '../helpers'

describe('first run and login', () => {
  it('reports an uninitialised database and creates the admin once', () => {
    const app = testApp()
    expect(app.call('system.status', undefined).initialized).toBe(false)
    const session = app.call('auth.setupAdmin', ADMIN)
    expect(session.user.roles).toEqual(['admin'])
    expect(app.call('system.status', {}).initialized).toBe(true)
    const again = app.fail('auth.setupAdmin', { ...ADMIN, username: 'other' })
    expect(again.code).toBe('CONFLICT')
  })

  it('logs in, answers auth.me and logs out', () => {
    const app = initializedApp()
    const { token, user } = app.call('auth.login', { username: 'admin', password: ADMIN.password })
    expect(user.displayName).toBe('王管理')
    expect(app.call('auth.me', {}, token).username).toBe('admin')
    app.call('auth.logout', {}, token)
    expect(app.fail('auth.me', {}, token).code).toBe('UNAUTHENTICATED')
  })

  it('locks the account for 15 minutes after 5 wrong passwords, counting across calls', () => {
    const app = initializedApp()
    for (let i = 1; i <= 4; i++) {
      const err = app.fail('auth.login', { username: 'admin', password: 'wrong-1' })
      expect(err.code).toBe('UNAUTHENTICATED')
      expect(err.message).toContain(`再错 ${5 - i} 次`)
    }
    expect(app.fail('auth.login', { username: 'admin', password: 'wrong-1' }).code).toBe('LOCKED')
    // Even the right password is refused while locked.
    expect(app.fail('auth.login', { username: 'admin', password: ADMIN.password }).message).toContain('已锁定')
    app.clock.advance(14 * 60_000)
    expect(app.fail('auth.login', { username: 'admin', password: ADMIN.password }).code).toBe('LOCKED')
    app.clock.advance(61_000)
    expect(app.call('auth.login', { username: 'admin', password: ADMIN.password }).token).toBeTruthy()
  })

  it('expires sessions after 12 hours', () => {
    const app = initializedApp()
    app.clock.advance(11 * 3600_000)
    expect(app.call('auth.me', {}, app.adminToken).username).toBe('admin')
    app.clock.advance(3600_000 + 1)
    expect(app.fail('auth.me', {}, app.adminToken).code).toBe('UNAUTHENTICATED')
  })

  it('changes a password only with the old one', () => {
    const app = initializedApp()
    const wrong = app.fail('auth.changePassword', { oldPassword: 'nope', newPassword: 'Newpass2026' }, app.adminToken)
    expect(wrong.message).toBe('原密码不正确')
    app.call('auth.changePassword', { oldPassword: ADMIN.password, newPassword: 'Newpass2026' }, app.adminToken)
    expect(app.fail('auth.login', { username: 'admin', password: ADMIN.password }).code).toBe('UNAUTHENTICATED')
    expect(app.call('auth.login', { username: 'admin', password: 'Newpass2026' }).token).toBeTruthy()
  })
})
