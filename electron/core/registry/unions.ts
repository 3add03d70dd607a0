import { and, count, eq, ne, or } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { enterpriseYears, ledgers, unions } from '../../../drizzle/schema'
import type { MethodParsedInput } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { UnionRow } from '../../shared/contract/registry'
import { UNION_TYPE_LABELS, type AccountingMode, type UnionForm, type UnionScope, type UnionStatus, type UnionType } from '../../shared/registry-terms'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import { allUnions, treeOrder, unionOf, type UnionRecord } from './tree'
import { RECORD_KINDS } from './record-kinds'
import { assertOrder, blankToNull } from './values'

export type UnionInput = Omit<MethodParsedInput<'unions.save'>, 'id'>

/** Where a union may hang: 第四条's tree, with enterprise unions as leaves. */
function assertPlace(core: Core, id: number | undefined, input: UnionInput): void {
  const type = input.type as UnionType
  if (type === 'street') {
    if (input.parentId !== null) throw new AppError('VALIDATION', '街镇总工会是最上级，不能填写上级工会', { fields: { parentId: '应为空' } })
    // One data folder keeps one 街镇's register: its name heads every export, its totals are the 小二级's sum.
    const other = core.db
      .select({ name: unions.name })
      .from(unions)
      .where(and(eq(unions.type, 'street'), id === undefined ? undefined : ne(unions.id, id)))
      .get()
    if (other) throw new AppError('CONFLICT', `已登记街镇总工会“${other.name}”，一个台账只登记一个街镇总工会`, { fields: { type: '已有街镇总工会' } })
    return
  }
  if (input.parentId === null) throw new AppError('VALIDATION', `${UNION_TYPE_LABELS[type]}须填写上级工会`, { fields: { parentId: '必填' } })
  const parent = unionOf(core, input.parentId, type === 'xiaoerji' ? ['street'] : ['street', 'xiaoerji', 'small_federation', 'joint'], '上级工会')
  // Walking up from the new parent must never reach the union itself.
  for (let at: UnionRecord | undefined = parent; at; at = at.parentId ? unionOf(core, at.parentId) : undefined) {
    if (at.id === id) throw new AppError('VALIDATION', `不能把“${parent.name}”设为上级：它在本工会之下`, { fields: { parentId: '形成循环' } })
  }
  if (id !== undefined && type === 'enterprise') {
    const children = core.db.select({ n: count() }).from(unions).where(eq(unions.parentId, id)).get()!.n
    if (children) throw new AppError('VALIDATION', `本工会下还有 ${children} 个工会组织，不能改为企业单独工会`, { fields: { type: '下有工会组织' } })
  }
}

function assertUnique(core: Core, id: number | undefined, input: UnionInput): void {
  const others = (field: SQLiteColumn, value: string) =>
    core.db
      .select({ name: unions.name })
      .from(unions)
      .where(and(eq(field, value), id === undefined ? undefined : ne(unions.id, id)))
      .get()
  const byCode = others(unions.code, input.code)
  if (byCode) throw new AppError('CONFLICT', `工会编码“${input.code}”已由“${byCode.name}”使用`, { fields: { code: '已被使用' } })
  const byUscc = input.uscc ? others(unions.uscc, input.uscc) : undefined
  if (byUscc) throw new AppError('CONFLICT', `统一社会信用代码 ${input.uscc} 已登记为“${byUscc.name}”`, { fields: { uscc: '已被使用' } })
}

/** Shared by unions.save and the import: checks, then inserts or updates. */
export function saveUnion(ctx: HandlerContext, id: number | undefined, raw: UnionInput): { id: number; created: boolean } {
  const input = blankToNull(raw)
  if (id !== undefined) unionOf(ctx.core, id)
  assertUnique(ctx.core, id, input)
  assertPlace(ctx.core, id, input)
  assertOrder(input.certFrom, input.certTo, 'certTo', '法人资格证书的有效期止不能早于有效期起')
  assertOrder(input.foundedOn, input.deregisteredOn, 'deregisteredOn', '注销日期不能早于建会日期')
  const now = ctx.core.now().toISOString()
  if (id !== undefined) {
    ctx.core.db
      .update(unions)
      .set({ ...input, updatedAt: now })
      .where(eq(unions.id, id))
      .run()
    return { id, created: false }
  }
  const inserted = ctx.core.db
    .insert(unions)
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning({ id: unions.id })
    .get()
  return { id: inserted.id, created: true }
}

/** What may still point at a union; deleting it then would break the records (mark it 已注销 instead). */
const REFERENCES: [SQLiteTable, SQLiteColumn, string][] = [
  [unions, unions.parentId, '下级工会组织'],
  ...RECORD_KINDS.map((k): [SQLiteTable, SQLiteColumn, string] => [k.table, k.table.unionId, k.label]),
  [ledgers, ledgers.unionId, '账套'],
]

/** The register in tree order, as the list method and the export show it. */
export function unionRows(core: Core): UnionRow[] {
  const list = allUnions(core)
  const names = new Map(list.map((u) => [u.id, u.name]))
  return treeOrder(list).map(({ union, level }) => ({
    ...union,
    type: union.type as UnionType,
    form: union.form as UnionForm | null,
    scope: union.scope as UnionScope | null,
    accountingMode: union.accountingMode as AccountingMode | null,
    status: union.status as UnionStatus,
    level,
    parentName: union.parentId ? (names.get(union.parentId) ?? null) : null,
  }))
}

export const unionsHandlers: HandlerMap<'unions.list' | 'unions.save' | 'unions.delete'> = {
  'unions.list': (ctx) => unionRows(ctx.core),

  'unions.save': (ctx, { id, ...input }) => {
    const saved = saveUnion(ctx, id, input)
    ctx.audit.targets = [`union:${saved.id}`]
    ctx.audit.summary = `${id ? '修改' : '新增'}工会组织 ${input.code} ${input.name}（${UNION_TYPE_LABELS[input.type]}）`
    return { id: saved.id }
  },

  'unions.delete': (ctx, input) => {
    const union = unionOf(ctx.core, input.id)
    const used = REFERENCES.flatMap(([table, column, label]) => {
      const n = ctx.core.db.select({ n: count() }).from(table).where(eq(column, union.id)).get()!.n
      return n ? [`${label} ${n} 条`] : []
    })
    const enterprisesUsing = ctx.core.db
      .select({ n: count() })
      .from(enterpriseYears)
      .where(or(eq(enterpriseYears.unionId, union.id), eq(enterpriseYears.xiaoerjiId, union.id)))
      .get()!.n
    if (enterprisesUsing) used.push(`企业登记 ${enterprisesUsing} 条`)
    if (used.length) {
      throw new AppError('CONFLICT', `“${union.name}”还关联着${used.join('、')}，不能删除；如已撤销，请把状态改为“已注销”并填写注销日期`)
    }
    ctx.core.db.delete(unions).where(eq(unions.id, union.id)).run()
    ctx.audit.targets = [`union:${union.id}`]
    ctx.audit.summary = `删除工会组织 ${union.code} ${union.name}`
    return { ok: true }
  },
}
