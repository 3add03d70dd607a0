// auth/: who is calling. Passwords (scrypt, passwords.ts), sessions stored as token hashes (sessions.ts),
// login with lockout and password change (this file), users and their role assignments (users.ts).
// The last active 系统管理员 can never be demoted or deactivated.
import { officeFormat } from '../system/time'
import { eq } from 'drizzle-orm'
import { roleAssignments, users } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { hashPassword, verifyPassword } from './passwords'
import { currentUserView, endSession, loadSessionUser, startSession } from './sessions'
import { insertUser } from './users'

export const MAX_FAILED_LOGINS = 5
export const LOCK_MINUTES = 15

function openSession(core: Core, userId: number) {
  const user = loadSessionUser(core, userId)
  return { ...startSession(core, userId), user: currentUserView(user) }
}

export const authHandlers: HandlerMap<'auth.setupAdmin' | 'auth.login' | 'auth.logout' | 'auth.me' | 'auth.changePassword'> = {
  'auth.setupAdmin': (ctx, input) => {
    if (ctx.core.isInitialized()) throw new AppError('CONFLICT', '系统已初始化，管理员账户已存在，请直接登录')
    const created = insertUser(ctx.core, input)
    ctx.core.db.insert(roleAssignments).values({ userId: created.id, role: 'admin' }).run()
    const session = openSession(ctx.core, created.id)
    ctx.audit.actor = session.user
    ctx.audit.targets = [`user:${created.id}`]
    ctx.audit.summary = `创建系统管理员 ${input.username}（${input.displayName}）`
    return session
  },

  'auth.login': (ctx, input) => {
    const { core } = ctx
    const now = core.now()
    const row = core.db.select().from(users).where(eq(users.username, input.username)).get()
    const refused = () => new AppError('UNAUTHENTICATED', '用户名或密码错误')
    if (!row) throw refused()
    ctx.audit.actor = { id: row.id, username: row.username, displayName: row.displayName, roles: [], assignments: [], mustChangePassword: false }
    ctx.audit.targets = [`user:${row.id}`]
    if (!row.active) throw new AppError('UNAUTHENTICATED', '该账户已停用，请联系系统管理员')
    if (row.lockedUntil && row.lockedUntil > now.toISOString()) {
      const until = officeFormat(core, row.lockedUntil, 'HH:mm')
      throw new AppError('LOCKED', `密码错误次数过多，账户已锁定至 ${until}，请稍后再试或请系统管理员解锁`)
    }
    if (!verifyPassword(input.password, row.passwordHash)) {
      const failures = row.failedAttempts + 1
      if (failures >= MAX_FAILED_LOGINS) {
        const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString()
        core.db.update(users).set({ failedAttempts: 0, lockedUntil }).where(eq(users.id, row.id)).run()
        ctx.audit.summary = `连续 ${MAX_FAILED_LOGINS} 次密码错误，账户锁定 ${LOCK_MINUTES} 分钟`
        throw new AppError('LOCKED', `密码连续错误 ${MAX_FAILED_LOGINS} 次，账户已锁定 ${LOCK_MINUTES} 分钟`, { keepWrites: true })
      }
      core.db.update(users).set({ failedAttempts: failures }).where(eq(users.id, row.id)).run()
      ctx.audit.summary = `登录失败：密码错误（第 ${failures} 次）`
      throw new AppError('UNAUTHENTICATED', `用户名或密码错误，再错 ${MAX_FAILED_LOGINS - failures} 次账户将被锁定`, {
        keepWrites: true,
      })
    }
    core.db.update(users).set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now.toISOString() }).where(eq(users.id, row.id)).run()
    const session = openSession(core, row.id)
    ctx.audit.summary = `${row.username} 登录`
    return session
  },

  'auth.logout': (ctx) => {
    if (ctx.token) endSession(ctx.core, ctx.token)
    return { ok: true }
  },

  'auth.me': (ctx) => currentUserView(ctx.user!),

  'auth.changePassword': (ctx, input) => {
    const user = ctx.user!
    const row = ctx.core.db.select().from(users).where(eq(users.id, user.id)).get()!
    if (!verifyPassword(input.oldPassword, row.passwordHash)) {
      throw new AppError('VALIDATION', '原密码不正确', { fields: { oldPassword: '原密码不正确' } })
    }
    if (input.oldPassword === input.newPassword) {
      throw new AppError('VALIDATION', '新密码不能与原密码相同', { fields: { newPassword: '新密码不能与原密码相同' } })
    }
    ctx.core.db
      .update(users)
      .set({ passwordHash: hashPassword(input.newPassword, ctx.core.options.scryptCost), mustChangePassword: false })
      .where(eq(users.id, user.id))
      .run()
    ctx.audit.targets = [`user:${user.id}`]
    return { ok: true }
  },
}
