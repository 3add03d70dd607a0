import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import { officeDayBounds } from '../../shared/office-time'
import { timeZoneOf } from '../system/time'
import { auditLog } from '../../../drizzle/schema'
import { contract, type MethodName, type MethodParsedInput, type MethodResult } from '../../shared/contract'
import type { Core } from '../app'
import type { HandlerContext } from '../api/types'

/** Called by the router inside the write's transaction. */
export function recordAudit(core: Core, method: MethodName, ctx: Pick<HandlerContext, 'user' | 'channel' | 'audit'>): void {
  const actor = ctx.audit.actor ?? ctx.user
  const title = contract[method].title
  core.db
    .insert(auditLog)
    .values({
      at: core.now().toISOString(),
      userId: actor?.id ?? null,
      username: actor?.username ?? null,
      method,
      title,
      channel: ctx.channel,
      targetIds: ctx.audit.targets,
      summary: ctx.audit.summary ?? title,
    })
    .run()
}

/** Dates are the office's calendar days (its time zone, 系统设置); stored times are UTC ISO strings. */
export function listAudit(core: Core, q: MethodParsedInput<'audit.list'>): MethodResult<'audit.list'> {
  const where: SQL[] = []
  if (q.userId) where.push(eq(auditLog.userId, q.userId))
  if (q.method) where.push(eq(auditLog.method, q.method))
  const bounds = officeDayBounds(q.from, q.to, timeZoneOf(core))
  if (bounds.from) where.push(gte(auditLog.at, bounds.from))
  if (bounds.to) where.push(lt(auditLog.at, bounds.to))
  const filter = where.length ? and(...where) : undefined
  const total = core.db.select({ n: count() }).from(auditLog).where(filter).get()?.n ?? 0
  const rows = core.db
    .select()
    .from(auditLog)
    .where(filter)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all()
  return { total, rows }
}
