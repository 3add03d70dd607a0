import { z } from 'zod'
import {
  ACTIVITY_KINDS,
  COMMITTEE_ROLES,
  COMMITTEE_SECTORS,
  DISPUTE_STATUSES,
  HARDSHIP_TIERS,
  RIGHTS_KINDS,
  STATION_FACILITIES,
  STATION_TYPES,
  SUB_COMMITTEE_KINDS,
} from '../registry-terms'
import { ok, text, byId, savedId } from './fields'
import { isoDate } from './dates'
import { method, reads, writes } from './define'
import { fen } from './vouchers'
import { REGISTRY_READERS, REGISTRY_WRITERS, headcount, optDate, optText, unionIdField, yearField } from './registry'

/**
 * The records kept about a union (committee, staff, stations, survey, rights work, …) all work the
 * same way: list (optionally for one union and one year), save (new without id), delete. One
 * builder makes the three methods from the record's fields, so the forms, the API and the
 * importers share a single definition of each record.
 */
function recordMethods<const K extends string, S extends z.ZodRawShape>(key: K, label: string, shape: S) {
  const row = z.object({ id: z.number(), ...shape, unionName: z.string() })
  const list = method({
    title: `查询${label}`,
    input: z.object({ unionId: z.number().int().positive().optional().meta({ title: '工会组织' }), year: yearField().optional() }).strict(),
    output: z.array(row),
    ...reads(REGISTRY_READERS),
  })
  const save = method({
    title: `保存${label}`,
    input: z.object({ id: z.number().int().positive().optional().meta({ title: label }), ...shape }).strict(),
    output: savedId,
    ...writes(REGISTRY_WRITERS),
  })
  const remove = method({ title: `删除${label}`, input: byId(label), output: ok, ...writes(REGISTRY_WRITERS) })
  return { [`${key}.list`]: list, [`${key}.save`]: save, [`${key}.delete`]: remove } as { [P in `${K}.list`]: typeof list } & { [P in `${K}.save`]: typeof save } & {
    [P in `${K}.delete`]: typeof remove
  }
}

export const committeeFields = {
  unionId: unionIdField('小二级'),
  name: text('姓名', 30),
  role: z.enum(COMMITTEE_ROLES).meta({ title: '职务' }),
  sector: z.enum(COMMITTEE_SECTORS).meta({ title: '来源' }),
  termFrom: isoDate('任期起'),
  termTo: optDate('任期止'),
  fulltimeStaff: z.boolean().default(false).meta({ title: '是否专职工作者' }),
  phone: optText('电话', 30),
}

export const staffFields = {
  unionId: unionIdField('小二级'),
  name: text('姓名', 30),
  phone: optText('电话', 30),
  fromDate: isoDate('到岗日期'),
  toDate: optDate('离岗日期'),
  notes: optText('备注', 200),
}

export const subCommitteeFields = {
  unionId: unionIdField(),
  kind: z.enum(SUB_COMMITTEE_KINDS).meta({ title: '机构' }),
  formed: z.boolean().meta({ title: '是否建立' }),
  formedOn: optDate('建立日期'),
  chair: optText('主任', 30),
}

export const stationFields = {
  unionId: unionIdField(),
  name: text('站点名称', 100),
  type: z.enum(STATION_TYPES).meta({ title: '站点类型' }),
  address: optText('地址', 200),
  facilities: z.array(z.enum(STATION_FACILITIES)).max(STATION_FACILITIES.length).default([]).meta({ title: '6+X 基本设施' }),
  extras: optText('其他设施（X）', 200),
  responsible: optText('负责人', 30),
  responsiblePhone: optText('负责人电话', 30),
  hours: optText('开放时间', 50),
}

export const surveyFields = {
  unionId: unionIdField('小二级'),
  year: yearField('调查年度'),
  surveyDate: isoDate('调查日期'),
  enterprises: headcount('企业数'),
  enterprisesWithUnion: headcount('已建会企业数'),
  workers: headcount('职工人数'),
  members: headcount('会员人数'),
  womenMembers: headcount('女会员人数'),
  migrantMembers: headcount('农民工会员人数'),
}

export const rightsFields = {
  unionId: unionIdField(),
  kind: z.enum(RIGHTS_KINDS).meta({ title: '类别' }),
  title: text('事项', 100),
  date: isoDate('日期'),
  status: z.enum(DISPUTE_STATUSES).nullable().default(null).meta({ title: '纠纷处理状态' }),
  reportedOn: optDate('上报日期'),
  tier: z.enum(HARDSHIP_TIERS).nullable().default(null).meta({ title: '帮扶梯度' }),
  amount: fen('帮扶金额（分）').nullable().default(null),
  notes: optText('备注', 500),
}

export const activityFields = {
  unionId: unionIdField(),
  kind: z.enum(ACTIVITY_KINDS).meta({ title: '类别' }),
  title: text('名称', 100),
  date: isoDate('日期'),
  participants: headcount('参加人数').nullable().default(null),
  notes: optText('备注', 500),
}

export const evaluationFields = {
  unionId: unionIdField(),
  year: yearField(),
  title: text('评选项目', 100),
  level: optText('级别', 20),
  result: optText('结果', 50),
  notes: optText('备注', 500),
}

export const planFields = {
  unionId: unionIdField(),
  title: text('规划名称', 100),
  fromYear: yearField('起始年度'),
  toYear: yearField('截止年度'),
  milestones: z
    .array(z.object({ title: text('节点', 100), dueOn: isoDate('计划完成日期'), doneOn: optDate('实际完成日期') }).strict())
    .max(50)
    .default([])
    .meta({ title: '工作节点' }),
  notes: optText('备注', 500),
}

export const registryRecordsContract = {
  ...recordMethods('committee', '联合委员会成员', committeeFields),
  ...recordMethods('staff', '专职工作者', staffFields),
  ...recordMethods('subCommittees', '经审会和女职委', subCommitteeFields),
  ...recordMethods('stations', '服务站点', stationFields),
  ...recordMethods('surveys', '年度调查', surveyFields),
  ...recordMethods('rights', '维权工作记录', rightsFields),
  ...recordMethods('activities', '活动和培训', activityFields),
  ...recordMethods('evaluations', '评先评优记录', evaluationFields),
  ...recordMethods('plans', '建设规划', planFields),
}
