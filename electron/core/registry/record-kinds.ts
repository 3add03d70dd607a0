import { and, gte, isNull, like, lte, or, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { activities, committeeMembers, evaluations, plans, rightsCases, staff, stations, subCommittees, surveys } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { RIGHTS_KIND_LABELS, SUB_COMMITTEE_LABELS } from '../../shared/registry-terms'
import type { HandlerMap } from '../api/types'
import { recordHandlers, type RecordInput, type RecordKind, type RecordKey } from './records'
import { assertOrder, assertWithin } from './values'

/** Records dated within the year, for lists asked for one year. */
const dated = (column: SQLiteColumn) => (year: number) => like(column, `${year}-%`)

/** Someone serving at some time during the year. */
const servingIn = (from: SQLiteColumn, to: SQLiteColumn) => (year: number) => and(lte(from, `${year}-12-31`), or(isNull(to), gte(to, `${year}-01-01`)))

export const committeeKind: RecordKind<'committee'> = {
  key: 'committee',
  label: '联合委员会成员',
  table: committeeMembers,
  unionTypes: ['xiaoerji'],
  identity: ['unionId', 'name'],
  inYear: servingIn(committeeMembers.termFrom, committeeMembers.termTo),
  describe: (v) => v.name,
  check: (v) => assertOrder(v.termFrom, v.termTo, 'termTo', '任期止不能早于任期起'),
}

export const staffKind: RecordKind<'staff'> = {
  key: 'staff',
  label: '专职工作者',
  table: staff,
  unionTypes: ['xiaoerji'],
  identity: ['unionId', 'name'],
  inYear: servingIn(staff.fromDate, staff.toDate),
  describe: (v) => v.name,
  check: (v) => assertOrder(v.fromDate, v.toDate, 'toDate', '离岗日期不能早于到岗日期'),
}

const subCommitteeKind: RecordKind<'subCommittees'> = {
  key: 'subCommittees',
  label: '经审会或女职委',
  table: subCommittees,
  identity: ['unionId', 'kind'],
  unique: (v, union) => `“${union}”的${SUB_COMMITTEE_LABELS[v.kind]}`,
  describe: (v) => `${SUB_COMMITTEE_LABELS[v.kind]}${v.formed ? '已建立' : '未建立'}`,
}

export const stationKind: RecordKind<'stations'> = {
  key: 'stations',
  label: '服务站点',
  table: stations,
  identity: ['unionId', 'name'],
  describe: (v) => v.name,
}

export const surveyKind: RecordKind<'surveys'> = {
  key: 'surveys',
  label: '年度调查',
  table: surveys,
  unionTypes: ['xiaoerji'],
  identity: ['unionId', 'year'],
  unique: (v, union) => `“${union}” ${v.year} 年的年度调查`,
  inYear: (year) => sql`${surveys.year} = ${year}`,
  describe: (v) => `${v.year} 年，职工 ${v.workers} 人，会员 ${v.members} 人`,
  check: (v) => {
    assertWithin(v.enterprisesWithUnion, v.enterprises, 'enterprisesWithUnion', '已建会企业数不能大于企业数')
    assertWithin(v.members, v.workers, 'members', '会员人数不能大于职工人数')
    assertWithin(v.womenMembers, v.members, 'womenMembers', '女会员人数不能大于会员人数')
    assertWithin(v.migrantMembers, v.members, 'migrantMembers', '农民工会员人数不能大于会员人数')
  },
}

/** Disputes carry their handling status, hardship cases their tier (梯度帮扶) and the aid paid. */
function checkRights(v: RecordInput<'rights'>): void {
  const field = (name: string, message: string) => new AppError('VALIDATION', message, { fields: { [name]: message } })
  if (v.kind === 'dispute' && !v.status) throw field('status', '劳资纠纷须填写处理状态')
  if (v.kind !== 'dispute' && (v.status || v.reportedOn)) throw field('status', '只有劳资纠纷填写处理状态和上报日期')
  if (v.kind === 'hardship' && !v.tier) throw field('tier', '困难帮扶须选择帮扶梯度（深度困难、相对困难、意外致困）')
  if (v.kind !== 'hardship' && (v.tier || v.amount !== null)) throw field('tier', '只有困难帮扶填写帮扶梯度和金额')
  if (v.amount !== null && v.amount < 0) throw field('amount', '帮扶金额不能为负数')
  assertOrder(v.date, v.reportedOn, 'reportedOn', '上报日期不能早于纠纷发生日期')
}

const rightsKind: RecordKind<'rights'> = {
  key: 'rights',
  label: '维权工作记录',
  table: rightsCases,
  identity: ['unionId', 'kind', 'title', 'date'],
  inYear: dated(rightsCases.date),
  describe: (v) => `${RIGHTS_KIND_LABELS[v.kind]}“${v.title}”（${v.date}）`,
  check: checkRights,
}

const activityKind: RecordKind<'activities'> = {
  key: 'activities',
  label: '活动或培训',
  table: activities,
  identity: ['unionId', 'title', 'date'],
  inYear: dated(activities.date),
  describe: (v) => `${v.title}（${v.date}）`,
}

const evaluationKind: RecordKind<'evaluations'> = {
  key: 'evaluations',
  label: '评先评优记录',
  table: evaluations,
  identity: ['unionId', 'year', 'title'],
  inYear: (year) => sql`${evaluations.year} = ${year}`,
  describe: (v) => `${v.year} 年 ${v.title}`,
}

/** 第十五条: "用三至五年的时间" — a plan spans three to five calendar years. */
const planKind: RecordKind<'plans'> = {
  key: 'plans',
  label: '建设规划',
  table: plans,
  identity: ['unionId', 'title'],
  inYear: (year) => and(lte(plans.fromYear, year), gte(plans.toYear, year)),
  describe: (v) => `${v.title}（${v.fromYear}—${v.toYear}）`,
  check: (v) => {
    const years = v.toYear - v.fromYear + 1
    if (years < 3 || years > 5) throw new AppError('VALIDATION', `建设规划应为三至五年（第十五条），现为 ${years} 年`, { fields: { toYear: '应为三至五年' } })
  },
}

/** Every record kind kept for a union; unions.delete checks them all. */
export const RECORD_KINDS = [committeeKind, staffKind, subCommitteeKind, stationKind, surveyKind, rightsKind, activityKind, evaluationKind, planKind]

export const recordKindHandlers = Object.assign(
  {},
  ...RECORD_KINDS.map((k) => recordHandlers(k as RecordKind<RecordKey>)),
) as HandlerMap<`${RecordKey}.${'list' | 'save' | 'delete'}`>
