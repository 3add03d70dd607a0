import { and, eq, ne } from 'drizzle-orm'
import { ledgers, roleAssignments, unions, users } from '../../../drizzle/schema'
import type { MethodParsedInput } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { ROLE_LABELS, SCOPE_LABELS } from '../../shared/roles'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import { hashPassword } from './passwords'
import { assignmentsOf, endAllSessions } from './sessions'

type Assignments = MethodParsedInput<'users.setRoles'>['assignments']

function requireUser(core: Core, id: number) {
  const row = core.db.select().from(users).where(eq(users.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', `用户（编号 ${id}）不存在`)
  return row
}

/** A scope must name a 账套 or union that exists, or the role would silently cover nothing. */
function assertScopesExist(core: Core, assignments: Assignments): void {
  const fields: Record<string, string> = {}
  assignments.forEach((a, i) => {
    if (a.scopeType === null || a.scopeId === null) return
    const table = a.scopeType === 'ledger' ? ledgers : unions
    if (!core.db.select({ id: table.id }).from(table).where(eq(table.id, a.scopeId)).get()) {
      fields[`assignments.${i}.scopeId`] = `${SCOPE_LABELS[a.scopeType]}（编号 ${a.scopeId}）不存在`
    }
  })
  const problems = Object.values(fields)
  if (problems.length) throw new AppError('VALIDATION', `角色的适用范围有误：${problems.join('；')}`, { fields })
}

/** Duplicate rows would only confuse the role list; keep the first of each (role, scope). */
/** A new user row with its scrypt hash: the first 系统管理员 and every user an admin creates. */
export function insertUser(core: Core, input: { username: string; displayName: string; password: string; mustChangePassword?: boolean }): { id: number } {
  return core.db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      passwordHash: hashPassword(input.password, core.options.scryptCost),
      mustChangePassword: input.mustChangePassword ?? false,
      createdAt: core.now().toISOString(),
    })
    .returning({ id: users.id })
    .get()
}

function writeAssignments(core: Core, userId: number, assignments: Assignments): void {
  assertScopesExist(core, assignments)
  core.db.delete(roleAssignments).where(eq(roleAssignments.userId, userId)).run()
  const seen = new Set<string>()
  for (const a of assignments) {
    const key = `${a.role}|${a.scopeType}|${a.scopeId}`
    if (seen.has(key)) continue
    seen.add(key)
    core.db
      .insert(roleAssignments)
      .values({ userId, ...a })
      .run()
  }
}

/** The office must never lose its last way in: some other active user has to stay 系统管理员. */
function assertAnotherActiveAdmin(core: Core, userId: number, why: string): void {
  const other = core.db
    .select({ id: users.id })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(roleAssignments.role, 'admin'), eq(users.active, true), ne(users.id, userId)))
    .get()
  if (!other) throw new AppError('CONFLICT', `${why}：系统中至少要保留一个启用的系统管理员`)
}

function describeAssignments(assignments: Assignments): string {
  return assignments.map((a) => ROLE_LABELS[a.role] + (a.scopeType ? `（${a.scopeType}#${a.scopeId}）` : '')).join('、')
}

function note(ctx: HandlerContext, id: number, summary: string): void {
  ctx.audit.targets = [`user:${id}`]
  ctx.audit.summary = summary
}

export const usersHandlers: HandlerMap<'users.list' | 'users.create' | 'users.update' | 'users.setRoles' | 'users.resetPassword' | 'users.unlock'> = {
  'users.list': (ctx) =>
    ctx.core.db
      .select()
      .from(users)
      .orderBy(users.id)
      .all()
      .map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        active: u.active,
        lockedUntil: u.lockedUntil && u.lockedUntil > ctx.core.now().toISOString() ? u.lockedUntil : null,
        lastLoginAt: u.lastLoginAt,
        createdAt: u.createdAt,
        assignments: assignmentsOf(ctx.core, u.id),
      })),

  'users.create': (ctx, input) => {
    const taken = ctx.core.db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()
    if (taken) throw new AppError('CONFLICT', `用户名“${input.username}”已被使用`, { fields: { username: '已被使用' } })
    const { id } = insertUser(ctx.core, input)
    writeAssignments(ctx.core, id, input.assignments)
    note(ctx, id, `新建用户 ${input.username}（${input.displayName}），角色：${describeAssignments(input.assignments)}`)
    return { id }
  },

  'users.update': (ctx, input) => {
    const row = requireUser(ctx.core, input.id)
    if (!input.active && row.active) {
      if (input.id === ctx.user!.id) throw new AppError('CONFLICT', '不能停用自己的账户')
      assertAnotherActiveAdmin(ctx.core, input.id, '不能停用该用户')
      endAllSessions(ctx.core, input.id)
    }
    ctx.core.db.update(users).set({ displayName: input.displayName, active: input.active }).where(eq(users.id, input.id)).run()
    note(ctx, input.id, `修改用户 ${row.username}：姓名“${input.displayName}”，${input.active ? '启用' : '停用'}`)
    return { ok: true }
  },

  'users.setRoles': (ctx, input) => {
    const row = requireUser(ctx.core, input.id)
    const keepsAdmin = input.assignments.some((a) => a.role === 'admin')
    if (!keepsAdmin) assertAnotherActiveAdmin(ctx.core, input.id, '不能取消该用户的系统管理员角色')
    writeAssignments(ctx.core, input.id, input.assignments)
    note(ctx, input.id, `为 ${row.username} 分配角色：${describeAssignments(input.assignments)}`)
    return { ok: true }
  },

  'users.resetPassword': (ctx, input) => {
    const row = requireUser(ctx.core, input.id)
    ctx.core.db
      .update(users)
      .set({ passwordHash: hashPassword(input.newPassword, ctx.core.options.scryptCost), failedAttempts: 0, lockedUntil: null, mustChangePassword: input.mustChangePassword })
      .where(eq(users.id, input.id))
      .run()
    endAllSessions(ctx.core, input.id)
    note(ctx, input.id, `重置 ${row.username} 的密码`)
    return { ok: true }
  },

  'users.unlock': (ctx, input) => {
    const row = requireUser(ctx.core, input.id)
    ctx.core.db.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, input.id)).run()
    note(ctx, input.id, `解除 ${row.username} 的登录锁定`)
    return { ok: true }
  },
}
