import { eq } from 'drizzle-orm'
import { unions } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { UNION_TYPE_LABELS, type UnionType } from '../../shared/registry-terms'
import type { Core } from '../app'
import { todayOf } from '../system/time'

export type UnionRecord = typeof unions.$inferSelect

/** The day a year is judged on: 31 December once it is over, today while it runs. */
export function asAtOf(core: Core, year: number): string {
  const today = todayOf(core)
  const current = Number(today.slice(0, 4))
  if (year < current) return `${year}-12-31`
  return year === current ? today : `${year}-01-01`
}

/** Whether a union existed on a day: founded by then and not yet deregistered. */
export function standing(u: UnionRecord, asAt: string): boolean {
  if (u.foundedOn && u.foundedOn > asAt) return false
  if (u.deregisteredOn) return u.deregisteredOn > asAt
  return u.status !== 'deregistered'
}

export function allUnions(core: Core): UnionRecord[] {
  return core.db.select().from(unions).orderBy(unions.code).all()
}

/** Each union's children, in the list's order. */
export function byParent(list: UnionRecord[]): Map<number | null, UnionRecord[]> {
  const children = new Map<number | null, UnionRecord[]>()
  for (const u of list) {
    if (children.has(u.parentId)) children.get(u.parentId)!.push(u)
    else children.set(u.parentId, [u])
  }
  return children
}

/** Depth-first, children by code: the order a tree view and the printed register use. */
export function treeOrder(list: UnionRecord[]): { union: UnionRecord; level: number }[] {
  const ids = new Set(list.map((u) => u.id))
  const out: { union: UnionRecord; level: number }[] = []
  const visit = (u: UnionRecord, level: number) => {
    out.push({ union: u, level })
    for (const child of list.filter((c) => c.parentId === u.id)) visit(child, level + 1)
  }
  for (const root of list.filter((u) => u.parentId === null || !ids.has(u.parentId))) visit(root, 0)
  return out
}

/** Load a union, optionally insisting on its type; messages name the field the id came from. */
export function unionOf(core: Core, id: number, types?: readonly UnionType[], field = '工会组织'): UnionRecord {
  const union = core.db.select().from(unions).where(eq(unions.id, id)).get()
  if (!union) throw new AppError('NOT_FOUND', `${field}（编号 ${id}）不存在`)
  if (types && !types.includes(union.type as UnionType)) {
    const wanted = types.map((t) => UNION_TYPE_LABELS[t]).join('或')
    throw new AppError('VALIDATION', `${field}须为${wanted}，“${union.name}”是${UNION_TYPE_LABELS[union.type as UnionType]}`)
  }
  return union
}

/** The 街镇总工会's name heads every printed list as 编制单位. */
export function streetName(core: Core): string {
  return core.db.select({ name: unions.name }).from(unions).where(eq(unions.type, 'street')).orderBy(unions.id).get()?.name ?? '（未登记街镇总工会）'
}
