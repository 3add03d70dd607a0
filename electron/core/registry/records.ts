import { and, eq, ne, type SQL } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTableWithColumns } from 'drizzle-orm/sqlite-core'
import { unions } from '../../../drizzle/schema'
import type { MethodName, MethodParsedInput } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { UnionType } from '../../shared/registry-terms'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import { unionOf } from './tree'
import { blankToNull } from './values'

/** The record kinds built by recordMethods() in the contract. */
export type RecordKey = 'committee' | 'staff' | 'subCommittees' | 'stations' | 'surveys' | 'rights' | 'activities' | 'evaluations' | 'plans'
export type RecordInput<K extends RecordKey> = Omit<MethodParsedInput<`${K}.save` & MethodName>, 'id'> & { unionId: number }

// Every record table has an id and a union_id; the rest is described by the contract's fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle's table generic has no common supertype for differing column sets
type RecordTable = SQLiteTableWithColumns<any> & { id: SQLiteColumn; unionId: SQLiteColumn }

export interface RecordKind<K extends RecordKey> {
  key: K
  /** Chinese name of one record, for messages and the audit log. */
  label: string
  table: RecordTable
  /** The union types this record belongs to (committee, staff and survey: 小二级 only). */
  unionTypes?: readonly UnionType[]
  /** The columns that identify a record: imports update the one they match. */
  identity: (keyof RecordInput<K> & string)[]
  /** For kinds that allow one record per identity (one survey per 小二级 and year): names that one. */
  unique?: (values: RecordInput<K>, unionName: string) => string
  /** Filter for a list asked for one year. */
  inYear?: (year: number) => SQL | undefined
  /** How the audit log names a record, e.g. its person's name or its title. */
  describe: (values: RecordInput<K>) => string
  /** Rules across fields, thrown as AppError with the field named. */
  check?: (values: RecordInput<K>) => void
}

function matching<K extends RecordKey>(core: Core, kind: RecordKind<K>, values: RecordInput<K>, exceptId?: number): number | undefined {
  const where = kind.identity.map((field) => eq(kind.table[field] as SQLiteColumn, values[field] as never))
  if (exceptId !== undefined) where.push(ne(kind.table.id, exceptId))
  return (
    core.db
      .select({ id: kind.table.id })
      .from(kind.table)
      .where(and(...where))
      .get() as { id: number } | undefined
  )?.id
}

/**
 * Checks and writes one record. With `upsert` (imports) a record matching the identity columns is
 * updated instead of added, so importing the same file twice changes nothing.
 */
export function saveRecord<K extends RecordKey>(
  ctx: HandlerContext,
  kind: RecordKind<K>,
  id: number | undefined,
  raw: RecordInput<K>,
  upsert = false,
): { id: number; created: boolean } {
  const values = blankToNull(raw)
  const union = unionOf(ctx.core, values.unionId, kind.unionTypes)
  kind.check?.(values)
  const existing = matching(ctx.core, kind, values, id)
  if (upsert && id === undefined && existing !== undefined) id = existing
  else if (kind.unique && existing !== undefined) {
    throw new AppError('CONFLICT', `${kind.unique(values, union.name)}已登记，请修改原记录`)
  }
  if (id !== undefined) {
    const res = ctx.core.db.update(kind.table).set(values).where(eq(kind.table.id, id)).run()
    if (res.changes === 0) throw new AppError('NOT_FOUND', `${kind.label}（编号 ${id}）不存在`)
    return { id, created: false }
  }
  const inserted = ctx.core.db.insert(kind.table).values(values).returning({ id: kind.table.id }).get() as { id: number }
  return { id: inserted.id, created: true }
}

export interface RecordFilter {
  unionId?: number
  year?: number
}

/** A kind's records with their union's name, by union code; a year keeps those of that year. */
export function listRecords<K extends RecordKey>(core: Core, kind: RecordKind<K>, filter: RecordFilter): Record<string, unknown>[] {
  const { table } = kind
  return core.db
    .select({ record: table, unionName: unions.name })
    .from(table)
    .innerJoin(unions, eq(unions.id, table.unionId))
    .where(and(filter.unionId ? eq(table.unionId, filter.unionId) : undefined, filter.year ? kind.inYear?.(filter.year) : undefined))
    .orderBy(unions.code, table.id)
    .all()
    .map((r) => ({ ...r.record, unionName: r.unionName }))
}

/** list / save / delete for one record kind, as the contract's recordMethods() declares them. */
export function recordHandlers<K extends RecordKey>(kind: RecordKind<K>): HandlerMap<`${K}.list` | `${K}.save` | (`${K}.delete` & MethodName)> {
  const { table } = kind
  const handlers = {
    [`${kind.key}.list`]: (ctx: HandlerContext, input: RecordFilter) => listRecords(ctx.core, kind, input),

    [`${kind.key}.save`]: (ctx: HandlerContext, { id, ...values }: RecordInput<K> & { id?: number }) => {
      const saved = saveRecord(ctx, kind, id, values as unknown as RecordInput<K>)
      ctx.audit.targets = [`union:${values.unionId}`, `${kind.key}:${saved.id}`]
      ctx.audit.summary = `${saved.created ? '新增' : '修改'}${kind.label}：${kind.describe(values as unknown as RecordInput<K>)}`
      return { id: saved.id }
    },

    [`${kind.key}.delete`]: (ctx: HandlerContext, input: { id: number }) => {
      const row = ctx.core.db.select().from(table).where(eq(table.id, input.id)).get() as (RecordInput<K> & { unionId: number }) | undefined
      if (!row) throw new AppError('NOT_FOUND', `${kind.label}（编号 ${input.id}）不存在`)
      ctx.core.db.delete(table).where(eq(table.id, input.id)).run()
      ctx.audit.targets = [`union:${row.unionId}`, `${kind.key}:${input.id}`]
      ctx.audit.summary = `删除${kind.label}：${kind.describe(row)}`
      return { ok: true }
    },
  }
  return handlers as unknown as HandlerMap<`${K}.list` | `${K}.save` | (`${K}.delete` & MethodName)>
}
