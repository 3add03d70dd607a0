import { describe, expect, it } from 'vitest'
import { handlers } from '../../../electron/core/api/handlers'
import { AppError } from '../../../electron/shared/errors'
import { initializedApp } from '../helpers'

const ACCOUNTANT = {
  username: 'lkj',
  displayName: '李会计',
  password: 'Kuaiji2026',
  assignments: [{ role: 'accountant', scopeType: null, scopeId: null }],
}

function counts(app: ReturnType<typeof initializedApp>) {
  const n = (table: string) => (app.core.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  return { users: n('users'), roles: n('role_assignments'), audit: n('audit_log') }
}

describe('router validation', () => {
  const badInputs: [string, unknown, RegExp][] = [
    ['missing everything', {}, /用户名：必填.*姓名：必填.*初始密码：必填/],
    ['not an object', 'hello', /输入有误/],
    ['null', null, /输入有误/],
    ['wrong types', { ...ACCOUNTANT, username: 42 }, /用户名：类型不正确/],
    ['too short', { ...ACCOUNTANT, username: 'a' }, /用户名：至少 2 个字符/],
    ['too long', { ...ACCOUNTANT, displayName: '长'.repeat(41) }, /姓名：不能超过 40 个字符/],
    ['blank after trim', { ...ACCOUNTANT, displayName: '   ' }, /姓名：不能为空/],
    ['weak password', { ...ACCOUNTANT, password: 'abcdefgh' }, /初始密码：须同时包含字母和数字/],
    ['no role', { ...ACCOUNTANT, assignments: [] }, /角色：至少选择 1 项/],
    ['unknown role', { ...ACCOUNTANT, assignments: [{ role: 'boss' }] }, /角色：取值不在允许范围内/],
    ['half a scope', { ...ACCOUNTANT, assignments: [{ role: 'accountant', scopeType: 'ledger' }] }, /同时填写或同时为空/],
    ['extra field', { ...ACCOUNTANT, isAdmin: true }, /不认识的字段：isAdmin/],
    ['bad characters', { ...ACCOUNTANT, username: 'a b' }, /用户名：只能包含/],
  ]

  it.each(badInputs)('rejects %s with a Chinese message and writes nothing', (_, input, message) => {
    const app = initializedApp()
    const before = counts(app)
    const error = app.fail('users.create', input, app.adminToken)
    expect(error.code).toBe('VALIDATION')
    expect(error.message).toMatch(message)
    expect(counts(app)).toEqual(before)
  })

  it('names the field of each problem', () => {
    const app = initializedApp()
    const error = app.fail('users.create', { ...ACCOUNTANT, username: 'a', password: 'short' }, app.adminToken)
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(['username', 'password']))
  })

  it('refuses unknown methods', () => {
    const app = initializedApp()
    expect(app.fail('db.exec', { sql: 'DROP TABLE users' }, app.adminToken)).toMatchObject({ code: 'UNKNOWN_METHOD' })
    expect(app.fail('__proto__', {}, app.adminToken).code).toBe('UNKNOWN_METHOD')
  })

  it('rolls back the whole write when the handler fails half-way', () => {
    const app = initializedApp()
    const before = counts(app)
    // The real users.create writes its user and role rows; then the handler fails. Without the
    // router's one transaction those rows would stay (this test fails if runWrite stops wrapping).
    const real = handlers['users.create'] as (ctx: unknown, input: unknown) => unknown
    const failing = (ctx: unknown, input: unknown) => {
      real(ctx, input)
      expect(counts(app).users).toBe(before.users + 1)
      throw new AppError('CONFLICT', '写到一半失败')
    }
    Object.assign(handlers, { 'users.create': failing })
    try {
      expect(app.fail('users.create', ACCOUNTANT, app.adminToken)).toMatchObject({ code: 'CONFLICT', message: '写到一半失败' })
    } finally {
      Object.assign(handlers, { 'users.create': real })
    }
    expect(counts(app)).toEqual(before)
    expect(app.call('users.list', {}, app.adminToken).map((u) => u.username)).not.toContain(ACCOUNTANT.username)
  })

  it('refuses a duplicate before writing anything', () => {
    const app = initializedApp()
    app.call('users.create', ACCOUNTANT, app.adminToken)
    const before = counts(app)
    const error = app.fail('users.create', { ...ACCOUNTANT, displayName: '另一个' }, app.adminToken)
    expect(error).toMatchObject({ code: 'CONFLICT', message: '用户名“lkj”已被使用' })
    expect(counts(app)).toEqual(before)
  })
})

describe('role enforcement in the core', () => {
  it('needs a session for everything but the public methods', () => {
    const app = initializedApp()
    expect(app.fail('users.list', {}, null).code).toBe('UNAUTHENTICATED')
    expect(app.fail('users.list', {}, 'forged-token').code).toBe('UNAUTHENTICATED')
    expect(app.call('system.status', {}, null).initialized).toBe(true)
  })

  it('keeps non-admins out of user, backup and audit administration', () => {
    const app = initializedApp()
    app.call('users.create', ACCOUNTANT, app.adminToken)
    const { token } = app.call('auth.login', { username: 'lkj', password: 'Kuaiji2026' })
    const before = counts(app)
    for (const [method, input] of [
      ['users.list', {}],
      ['users.create', { ...ACCOUNTANT, username: 'sneaky' }],
      ['users.setRoles', { id: 2, assignments: [{ role: 'admin' }] }],
      ['backup.create', {}],
      ['backup.list', {}],
      ['audit.list', {}],
      ['system.info', {}],
      ['system.checkIntegrity', {}],
    ] as const) {
      const error = app.fail(method, input, token)
      expect(error.code, method).toBe('FORBIDDEN')
      expect(error.message).toMatch(/您没有权限执行“.+”，需要“系统管理员/)
    }
    expect(counts(app)).toEqual(before)
    expect(app.call('auth.me', {}, token).roles).toEqual(['accountant'])
  })

  it('lets the read-only role read the audit log but change nothing', () => {
    const app = initializedApp()
    app.call('users.create', { ...ACCOUNTANT, username: 'jsh', assignments: [{ role: 'viewer' }] }, app.adminToken)
    const { token } = app.call('auth.login', { username: 'jsh', password: 'Kuaiji2026' })
    expect(app.call('audit.list', {}, token).total).toBeGreaterThan(0)
    expect(app.fail('users.update', { id: 1, displayName: 'x', active: false }, token).code).toBe('FORBIDDEN')
  })

  it('deactivating a user ends their sessions at once', () => {
    const app = initializedApp()
    const { id } = app.call('users.create', ACCOUNTANT, app.adminToken)
    const { token } = app.call('auth.login', { username: 'lkj', password: 'Kuaiji2026' })
    app.call('users.update', { id, displayName: '李会计', active: false }, app.adminToken)
    expect(app.fail('auth.me', {}, token).code).toBe('UNAUTHENTICATED')
    expect(app.fail('auth.login', { username: 'lkj', password: 'Kuaiji2026' }).message).toContain('已停用')
  })

  it('never lets the office lose its last active admin', () => {
    const app = initializedApp()
    expect(app.fail('users.setRoles', { id: 1, assignments: [{ role: 'accountant' }] }, app.adminToken).message).toContain('至少要保留一个启用的系统管理员')
    expect(app.fail('users.update', { id: 1, displayName: '王管理', active: false }, app.adminToken).message).toBe('不能停用自己的账户')
  })
})
