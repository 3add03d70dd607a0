import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, lte, sql } from 'drizzle-orm'
import { roleAssignments, sessions, users } from '../../../drizzle/schema'
import type { CurrentUser } from '../../shared/contract/auth'
import { AppError } from '../../shared/errors'
import type { Role, ScopeType } from '../../shared/roles'
import type { Core } from '../app'
import { cachedQuery } from '../db/cached'
import type { SessionUser } from '../api/types'

/** A working day: the clerk logs in in the morning and is not thrown out at lunch. */
export const SESSION_HOURS = 12

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

// The two lookups every call makes (who is calling, and their roles), built and prepared once per connection.
const assignmentsQuery = (core: Core) =>
  cachedQuery(core.db, 'assignmentsOf', () =>
    core.db
      .select({ role: roleAssignments.role, scopeType: roleAssignments.scopeType, scopeId: roleAssignments.scopeId })
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, sql.placeholder('userId')))
      .orderBy(roleAssignments.id)
      .prepare(),
  )
const userByNameQuery = (core: Core) =>
  cachedQuery(core.db, 'userByName', () =>
    core.db
      .select({ id: users.id, username: users.username, displayName: users.displayName, active: users.active, mustChangePassword: users.mustChangePassword })
      .from(users)
      .where(eq(users.username, sql.placeholder('username')))
      .prepare(),
  )

const userByTokenQuery = (core: Core) =>
  cachedQuery(core.db, 'userByToken', () =>
    core.db
      .select({ id: users.id, username: users.username, displayName: users.displayName, mustChangePassword: users.mustChangePassword })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('hash')), gt(sessions.expiresAt, sql.placeholder('now')), eq(users.active, true)))
      .prepare(),
  )

export function assignmentsOf(core: Core, userId: number): CurrentUser['assignments'] {
  return assignmentsQuery(core)
    .all({ userId })
    .map((a) => ({ role: a.role as Role, scopeType: a.scopeType as ScopeType | null, scopeId: a.scopeId }))
}

function toSessionUser(core: Core, row: { id: number; username: string; displayName: string; mustChangePassword: boolean }): SessionUser {
  const assignments = assignmentsOf(core, row.id)
  const roles = [...new Set(assignments.map((a) => a.role))]
  return { id: row.id, username: row.username, displayName: row.displayName, roles, assignments, mustChangePassword: row.mustChangePassword }
}

export function currentUserView(user: SessionUser): CurrentUser {
  return { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles, assignments: user.assignments, mustChangePassword: user.mustChangePassword }
}

export function sessionUserFromToken(core: Core, token: string | null): SessionUser | null {
  if (!token) return null
  const row = userByTokenQuery(core).get({ hash: hashToken(token), now: core.now().toISOString() })
  return row ? toSessionUser(core, row) : null
}

/** The CLI runs on the machine that holds the data folder, so it may act as any active local user. */
export function sessionUserByName(core: Core, username: string): SessionUser {
  const row = userByNameQuery(core).get({ username })
  if (!row) throw new AppError('UNAUTHENTICATED', `用户“${username}”不存在`)
  if (!row.active) throw new AppError('UNAUTHENTICATED', `用户“${username}”已停用`)
  return toSessionUser(core, row)
}

export function startSession(core: Core, userId: number): { token: string; expiresAt: string } {
  const now = core.now()
  core.db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run()
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString()
  core.db
    .insert(sessions)
    .values({ tokenHash: hashToken(token), userId, createdAt: now.toISOString(), expiresAt })
    .run()
  return { token, expiresAt }
}

export function endSession(core: Core, token: string): void {
  core.db
    .delete(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)))
    .run()
}

export function endAllSessions(core: Core, userId: number): void {
  core.db.delete(sessions).where(eq(sessions.userId, userId)).run()
}

export function loadSessionUser(core: Core, userId: number): SessionUser {
  const row = core.db
    .select({ id: users.id, username: users.username, displayName: users.displayName, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, userId))
    .get()
  if (!row) throw new AppError('NOT_FOUND', '用户不存在')
  return toSessionUser(core, row)
}

/** The CLI's default acting user: the first active 系统管理员. */
export function firstActiveAdmin(core: Core): string {
  const row = core.db
    .select({ username: users.username })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(roleAssignments.role, 'admin'), eq(users.active, true)))
    .orderBy(users.id)
    .get()
  if (!row) throw new AppError('UNAUTHENTICATED', '还没有系统管理员：请先运行 uniondesk init')
  return row.username
}
