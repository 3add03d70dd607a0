import { and, eq, ne } from 'drizzle-orm'
import { enterpriseYears, enterprises } from '../../../drizzle/schema'
import type { MethodParsedInput } from '../../shared/contract'
import type { EnterpriseRow } from '../../shared/contract/registry'
import { AppError } from '../../shared/errors'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import { cached } from '../db/cached'
import { readThresholds } from './settings'
import { unionOf } from './tree'
import { yearOr } from '../system/time'
import { blankToNull } from './values'

export type EnterpriseInput = Omit<MethodParsedInput<'enterprises.save'>, 'id'>

/**
 * One year's enterprise list with the names of their unions and 小二级. The query names its columns as the
 * row's fields, so the 1,500-row list of a large 街镇 is read without mapping each row object by object.
 */
export function enterpriseRows(core: Core, year: number, xiaoerjiId?: number): EnterpriseRow[] {
  const minWorkers = readThresholds(core).coverageMinWorkers
  const rows = cached(
    core.sqlite,
    `SELECT e.id, e.name, e.uscc, e.industry, e.size, e.address, y.year, y.workers, y.has_union AS hasUnion, y.union_id AS unionId,
            y.xiaoerji_id AS xiaoerjiId, u.name AS unionName, x.name AS xiaoerjiName, y.workers >= @minWorkers AS counted
     FROM enterprise_years y JOIN enterprises e ON e.id = y.enterprise_id
     LEFT JOIN unions u ON u.id = y.union_id LEFT JOIN unions x ON x.id = y.xiaoerji_id
     WHERE y.year = @year AND (@xiaoerji IS NULL OR y.xiaoerji_id = @xiaoerji)
     ORDER BY x.code IS NULL, x.code, e.name`,
  ).all({ year, minWorkers, xiaoerji: xiaoerjiId ?? null }) as (Omit<EnterpriseRow, 'hasUnion' | 'counted'> & { hasUnion: number; counted: number })[]
  return rows.map((r) => ({ ...r, hasUnion: r.hasUnion === 1, counted: r.counted === 1 }))
}

/** Shared by enterprises.save and the import: the enterprise itself, then its figures for the year. */
export function saveEnterprise(ctx: HandlerContext, id: number | undefined, raw: EnterpriseInput): { id: number; created: boolean } {
  const input = blankToNull(raw)
  const { year, workers, hasUnion, unionId, xiaoerjiId, ...identity } = input
  if (unionId !== null) {
    unionOf(ctx.core, unionId, ['enterprise', 'joint', 'small_federation'], '所属工会')
    if (!hasUnion) throw new AppError('VALIDATION', '填写了所属工会时，“是否建会”须为“是”', { fields: { hasUnion: '应为是' } })
  }
  if (xiaoerjiId !== null) unionOf(ctx.core, xiaoerjiId, ['xiaoerji'], '覆盖的小二级')
  const taken = identity.uscc
    ? ctx.core.db
        .select({ name: enterprises.name })
        .from(enterprises)
        .where(and(eq(enterprises.uscc, identity.uscc), id === undefined ? undefined : ne(enterprises.id, id)))
        .get()
    : undefined
  if (taken) throw new AppError('CONFLICT', `统一社会信用代码 ${identity.uscc} 已登记为“${taken.name}”`, { fields: { uscc: '已被使用' } })

  const now = ctx.core.now().toISOString()
  if (id !== undefined) {
    const res = ctx.core.db
      .update(enterprises)
      .set({ ...identity, updatedAt: now })
      .where(eq(enterprises.id, id))
      .run()
    if (res.changes === 0) throw new AppError('NOT_FOUND', `企业（编号 ${id}）不存在`)
  }
  const enterpriseId =
    id ??
    ctx.core.db
      .insert(enterprises)
      .values({ ...identity, createdAt: now, updatedAt: now })
      .returning({ id: enterprises.id })
      .get().id
  const figures = { workers, hasUnion, unionId, xiaoerjiId }
  ctx.core.db
    .insert(enterpriseYears)
    .values({ enterpriseId, year, ...figures })
    .onConflictDoUpdate({ target: [enterpriseYears.enterpriseId, enterpriseYears.year], set: figures })
    .run()
  return { id: enterpriseId, created: id === undefined }
}

export const enterprisesHandlers: HandlerMap<'enterprises.list' | 'enterprises.save' | 'enterprises.delete' | 'enterprises.copyYear'> = {
  'enterprises.list': (ctx, input) => enterpriseRows(ctx.core, yearOr(ctx.core, input.year), input.xiaoerjiId),

  'enterprises.save': (ctx, { id, ...input }) => {
    const saved = saveEnterprise(ctx, id, input)
    ctx.audit.targets = [`enterprise:${saved.id}`]
    ctx.audit.summary = `${id ? '修改' : '新增'}企业“${input.name}”（${input.year} 年，职工 ${input.workers} 人，${input.hasUnion ? '已建会' : '未建会'}）`
    return { id: saved.id }
  },

  'enterprises.delete': (ctx, input) => {
    const row = ctx.core.db.select().from(enterprises).where(eq(enterprises.id, input.id)).get()
    if (!row) throw new AppError('NOT_FOUND', `企业（编号 ${input.id}）不存在`)
    ctx.core.db.delete(enterprises).where(eq(enterprises.id, row.id)).run()
    ctx.audit.targets = [`enterprise:${row.id}`]
    ctx.audit.summary = `删除企业“${row.name}”及其各年度登记`
    return { ok: true }
  },

  /** A new year starts from last year's list; the survey then corrects it. Existing rows are kept. */
  'enterprises.copyYear': (ctx, input) => {
    if (input.from === input.to) throw new AppError('VALIDATION', '结转的起止年度不能相同')
    const res = ctx.core.sqlite
      .prepare(
        `INSERT OR IGNORE INTO enterprise_years (enterprise_id, year, workers, has_union, union_id, xiaoerji_id)
         SELECT enterprise_id, ?, workers, has_union, union_id, xiaoerji_id FROM enterprise_years WHERE year = ?`,
      )
      .run(input.to, input.from)
    ctx.audit.targets = ['registry:enterprises']
    ctx.audit.summary = `把 ${input.from} 年的企业名单结转到 ${input.to} 年：${res.changes} 家`
    return { copied: res.changes }
  },
}
