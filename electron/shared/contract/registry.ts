import { z } from 'zod'
import { ACCOUNTING_MODES, ENTERPRISE_SIZES, UNION_FORMS, UNION_SCOPES, UNION_STATUSES, UNION_TYPES } from '../registry-terms'
import { SECTIONS, type Role } from '../roles'
import { usccProblem } from '../uscc'
import { empty, id, ok, text, byId, savedId, textColumns, nullableTextColumns } from './fields'
import { isoDate } from './dates'
import { method, reads, writes } from './define'

/** Everyone who sees the 组织台账 section may read it; only the 系统管理员 edits it (see README). */
export const REGISTRY_READERS: readonly Role[] = SECTIONS.find((s) => s.key === 'registry')!.roles
export const REGISTRY_WRITERS = ['admin'] as const

/** Optional fields are null when unknown, so a stored row reads back through the same schema. */
export const optText = (label: string, max = 100) => z.string().trim().max(max).nullable().default(null).meta({ title: label })
export const optDate = (label: string) => isoDate(label).nullable().default(null)
export const yearField = (label = '年度') => z.number().int().min(2000).max(2100).meta({ title: label })
export const headcount = (label: string) => z.number().int().min(0).max(10_000_000).meta({ title: label })
export const unionIdField = (label = '工会组织') => id(label)
export const optUnionId = (label: string) => z.number().int().positive().nullable().default(null).meta({ title: label })

/** GB 32100 check character only: union codes (81…, 89…) pass like any other. */
export const usccField = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = usccProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .meta({ title: '统一社会信用代码' })

export const unionFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,30}$/, '只能用字母、数字、下划线和减号，最多 30 位')
    .meta({ title: '工会编码' }),
  name: text('工会名称', 100),
  type: z.enum(UNION_TYPES).meta({ title: '组织类型' }),
  parentId: optUnionId('上级工会'),
  form: z.enum(UNION_FORMS).nullable().default(null).meta({ title: '组织形态' }),
  scope: z.enum(UNION_SCOPES).nullable().default(null).meta({ title: '区域性/行业性' }),
  uscc: usccField.nullable().default(null),
  foundedOn: optDate('建会日期'),
  deregisteredOn: optDate('注销日期'),
  certNo: optText('法人资格证书编号', 50),
  certFrom: optDate('证书有效期起'),
  certTo: optDate('证书有效期止'),
  chairName: optText('主席', 30),
  chairPhone: optText('主席电话', 30),
  contactName: optText('联系人', 30),
  contactPhone: optText('联系电话', 30),
  address: optText('地址', 200),
  hasPremises: z.boolean().nullable().default(null).meta({ title: '有无阵地' }),
  premisesArea: headcount('阵地面积（平方米）').nullable().default(null),
  accountingMode: z.enum(ACCOUNTING_MODES).nullable().default(null).meta({ title: '核算方式' }),
  status: z.enum(UNION_STATUSES).default('active').meta({ title: '状态' }),
  notes: optText('备注', 500),
}

export const unionRow = z.object({
  id: z.number(),
  ...unionFields,
  /** Depth in the tree (街镇总工会 = 0), rows come in tree order. */
  level: z.number(),
  parentName: z.string().nullable(),
  ...textColumns('createdAt', 'updatedAt'),
})
export type UnionRow = z.infer<typeof unionRow>

export const enterpriseFields = {
  name: text('企业名称', 100),
  uscc: usccField.nullable().default(null),
  industry: optText('行业', 50),
  size: z.enum(ENTERPRISE_SIZES).nullable().default(null).meta({ title: '企业规模' }),
  address: optText('地址', 200),
  year: yearField(),
  workers: headcount('职工人数'),
  hasUnion: z.boolean().meta({ title: '是否建会' }),
  unionId: optUnionId('所属工会'),
  xiaoerjiId: optUnionId('覆盖的小二级'),
}

export const enterpriseRow = z.object({
  id: z.number(),
  ...enterpriseFields,
  ...nullableTextColumns('unionName', 'xiaoerjiName'),
  /** Counted in the 建会率 denominator under the current setting (职工人数下限). */
  counted: z.boolean(),
})
export type EnterpriseRow = z.infer<typeof enterpriseRow>

/** The guidance's numbers, editable because districts set their own lines. */
export const thresholds = z
  .object({
    minUnions: headcount('小二级工会组织数下限').default(30),
    maxUnions: headcount('小二级工会组织数上限').default(100),
    minMembers: headcount('小二级会员数下限').default(2000),
    maxMembers: headcount('小二级会员数上限').default(10000),
    targetBasisPoints: z.number().int().min(0).max(10000).default(8500).meta({ title: '建会率、入会率目标' }),
    oneStaffAt: headcount('配备 1 名专职工作者的会员数').default(2000),
    twoStaffAt: headcount('配备 2 名专职工作者的会员数').default(5000),
    certWarnDays: z.number().int().min(1).max(365).default(60).meta({ title: '法人证书到期预警天数' }),
    coverageMinWorkers: headcount('计入建会率分母的最少职工人数（0 为全部企业）').default(0),
    independentAccountAt: headcount('宜开设独立账户的会员数').default(5000),
  })
  .strict()
export type Thresholds = z.infer<typeof thresholds>

export const registryContract = {
  'unions.list': method({
    title: '查询工会组织',
    input: empty,
    output: z.array(unionRow),
    ...reads(REGISTRY_READERS),
  }),
  'unions.save': method({
    title: '保存工会组织',
    input: z.object({ id: z.number().int().positive().optional().meta({ title: '工会组织' }), ...unionFields }).strict(),
    output: savedId,
    ...writes(REGISTRY_WRITERS),
  }),
  'unions.delete': method({ title: '删除工会组织', input: byId('工会组织'), output: ok, ...writes(REGISTRY_WRITERS) }),
  'enterprises.list': method({
    title: '查询企业',
    input: z.object({ year: yearField().optional(), xiaoerjiId: z.number().int().positive().optional().meta({ title: '小二级' }) }).strict(),
    output: z.array(enterpriseRow),
    ...reads(REGISTRY_READERS),
  }),
  'enterprises.save': method({
    title: '保存企业',
    input: z.object({ id: z.number().int().positive().optional().meta({ title: '企业' }), ...enterpriseFields }).strict(),
    output: savedId,
    ...writes(REGISTRY_WRITERS),
  }),
  'enterprises.delete': method({ title: '删除企业', input: byId('企业'), output: ok, ...writes(REGISTRY_WRITERS) }),
  'enterprises.copyYear': method({
    title: '结转企业名单',
    input: z.object({ from: yearField('从年度'), to: yearField('到年度') }).strict(),
    output: z.object({ copied: z.number() }),
    ...writes(REGISTRY_WRITERS),
  }),
  'registry.settings': method({ title: '查询台账检查标准', input: empty, output: thresholds, ...reads(REGISTRY_READERS) }),
  'registry.saveSettings': method({ title: '修改台账检查标准', input: thresholds, output: ok, ...writes(REGISTRY_WRITERS), global: true }),
}
