import { eq } from 'drizzle-orm'
import { enterprises, unions } from '../../../drizzle/schema'
import type { RegistryImportKind } from '../../shared/contract/imports'
import {
  ACCOUNTING_MODE_LABELS,
  COMMITTEE_ROLE_LABELS,
  COMMITTEE_SECTOR_LABELS,
  ENTERPRISE_SIZE_LABELS,
  STATION_FACILITY_LABELS,
  STATION_TYPE_LABELS,
  UNION_FORM_LABELS,
  UNION_SCOPE_LABELS,
  UNION_STATUS_LABELS,
  UNION_TYPE_LABELS,
} from '../../shared/registry-terms'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import { col, type Column } from './columns'
import { enterpriseRows, saveEnterprise, type EnterpriseInput } from './enterprises'
import { committeeKind, stationKind, staffKind, surveyKind } from './record-kinds'
import { listRecords, saveRecord, type RecordInput, type RecordKey, type RecordKind } from './records'
import { saveUnion, unionRows, type UnionInput } from './unions'

/**
 * The registry's published workbooks (README): one per import kind. The same columns make the
 * download template, read the import and lay out the export, so an exported list can be corrected
 * in Excel and imported again.
 */
export interface RegistrySheet {
  title: string
  columns: Column[]
  /** Headers a file must have; the others may be left out. */
  required: string[]
  examples: (string | number)[][]
  /** Insert, or update the record the row identifies (工会编码, 统一社会信用代码, …). */
  save(ctx: HandlerContext, values: Record<string, unknown>): { id: number; created: boolean }
  /** The rows an export of this kind lists for a year, keyed by field. */
  rows(core: Core, year: number): Record<string, unknown>[]
}

const enumCol = (header: string, field: string, width: number, labels: Record<string, string>, note = '') =>
  col(header, field, width, `${note}可填：${Object.values(labels).join('、')}`, { type: 'enum', labels })
const dateCol = (header: string, field: string, note: string) => col(header, field, 12, `${note}如 2026-03-01`, { type: 'date' })
const intCol = (header: string, field: string, width: number, note: string) => col(header, field, width, note, { type: 'int' })
const yesNo = (header: string, field: string, note: string) => col(header, field, 10, `${note}填“是”或“否”`, { type: 'bool' })
const unionCol = (header: string, field: string, note: string) => col(header, field, 14, note, { type: 'union' })

/** Records whose import matches on their identity columns (see record-kinds.ts). */
function recordSheet<K extends RecordKey>(kind: RecordKind<K>, sheet: Omit<RegistrySheet, 'save' | 'rows'>): RegistrySheet {
  return {
    ...sheet,
    save: (ctx, values) => saveRecord(ctx, kind, undefined, values as RecordInput<K>, true),
    rows: (core, year) => listRecords(core, kind, { year }),
  }
}

/** A re-imported union is found by its 工会编码, else by its 统一社会信用代码. */
function matchUnion(core: Core, input: UnionInput): number | undefined {
  const byCode = core.db.select({ id: unions.id }).from(unions).where(eq(unions.code, input.code)).get()
  return (byCode ?? (input.uscc ? core.db.select({ id: unions.id }).from(unions).where(eq(unions.uscc, input.uscc)).get() : undefined))?.id
}

/** A re-imported enterprise is found by its 统一社会信用代码, else (none given) by its exact name. */
function matchEnterprise(core: Core, input: EnterpriseInput): number | undefined {
  const where = input.uscc ? eq(enterprises.uscc, input.uscc) : eq(enterprises.name, input.name)
  return core.db.select({ id: enterprises.id }).from(enterprises).where(where).get()?.id
}

export const REGISTRY_SHEETS: Record<RegistryImportKind, RegistrySheet> = {
  unions: {
    title: '工会组织',
    columns: [
      col('工会编码', 'code', 12, '本街镇内部编码，唯一；再次导入时按它更新（没有时按统一社会信用代码）'),
      col('工会名称', 'name', 30, '全称'),
      enumCol('组织类型', 'type', 16, UNION_TYPE_LABELS),
      unionCol('上级工会编码', 'parentId', '街镇总工会不填；上级须已登记或在本文件更前面的行'),
      enumCol('组织形态', 'form', 14, UNION_FORM_LABELS, '第七条；'),
      enumCol('区域性/行业性', 'scope', 10, UNION_SCOPE_LABELS),
      col('统一社会信用代码', 'uscc', 22, '18 位；工会以 81 或 89 开头；系统核对校验码'),
      dateCol('建会日期', 'foundedOn', ''),
      col('法人资格证书编号', 'certNo', 18, ''),
      dateCol('证书有效期起', 'certFrom', ''),
      dateCol('证书有效期止', 'certTo', '到期前 60 天起列入待办；'),
      col('主席', 'chairName', 10, ''),
      col('主席电话', 'chairPhone', 14, ''),
      col('联系人', 'contactName', 10, ''),
      col('联系电话', 'contactPhone', 14, ''),
      col('地址', 'address', 30, ''),
      yesNo('有无阵地', 'hasPremises', '有办公场地填“是”；'),
      intCol('阵地面积', 'premisesArea', 10, '平方米，整数'),
      enumCol('核算方式', 'accountingMode', 12, ACCOUNTING_MODE_LABELS),
      enumCol('状态', 'status', 10, UNION_STATUS_LABELS, '不填为“正常”；'),
      dateCol('注销日期', 'deregisteredOn', '已注销的填写；'),
      col('备注', 'notes', 20, ''),
    ],
    required: ['工会编码', '工会名称', '组织类型', '上级工会编码'],
    examples: [
      ['JZ', '某某街道总工会', '街镇总工会', '', '', '', '', '2001-05-01', '', '', '', '王主席', '', '', '', '某某路 1 号', '是', 120, '独立账户', '', '', ''],
      [
        'XEJ01',
        '某某园区工会联合会',
        '小二级工会联合会',
        'JZ',
        '工业园区',
        '区域性',
        '',
        '2019-09-01',
        '',
        '2022-01-01',
        '2027-12-31',
        '李主席',
        '',
        '',
        '',
        '',
        '是',
        60,
        '上代下核算',
        '',
        '',
        '',
      ],
    ],
    save: (ctx, values) => saveUnion(ctx, matchUnion(ctx.core, values as UnionInput), values as UnionInput),
    rows: (core) => unionRows(core),
  },
  enterprises: {
    title: '企业',
    columns: [
      intCol('年度', 'year', 8, '名单所属年度，如 2026；每年一份名单'),
      col('企业名称', 'name', 30, '全称'),
      col('统一社会信用代码', 'uscc', 22, '18 位；再次导入时按它更新（没有时按企业名称）'),
      col('行业', 'industry', 14, ''),
      enumCol('企业规模', 'size', 10, ENTERPRISE_SIZE_LABELS),
      col('地址', 'address', 30, ''),
      intCol('职工人数', 'workers', 10, '当年职工人数，整数'),
      yesNo('是否建会', 'hasUnion', '本企业建有工会或被联合工会覆盖的填“是”；'),
      unionCol('所属工会编码', 'unionId', '企业自己的工会或覆盖它的联合工会、小企业工会联合会'),
      unionCol('覆盖小二级编码', 'xiaoerjiId', '哪个小二级覆盖该企业；不填即未覆盖'),
    ],
    required: ['年度', '企业名称', '职工人数', '是否建会'],
    examples: [[2026, '上海某某科技有限公司', '91310000MA1FL0000N', '信息技术', '小型', '某某路 8 号', 46, '是', 'LH01', 'XEJ01']],
    save: (ctx, values) => saveEnterprise(ctx, matchEnterprise(ctx.core, values as EnterpriseInput), values as EnterpriseInput),
    rows: (core, year) => enterpriseRows(core, year),
  },
  committee: recordSheet(committeeKind, {
    title: '联合委员会成员',
    columns: [
      unionCol('小二级编码', 'unionId', '所在小二级的工会编码；同一小二级内按姓名更新'),
      col('姓名', 'name', 10, ''),
      enumCol('职务', 'role', 8, COMMITTEE_ROLE_LABELS),
      enumCol('来源', 'sector', 10, COMMITTEE_SECTOR_LABELS, '第六条；'),
      dateCol('任期起', 'termFrom', ''),
      dateCol('任期止', 'termTo', '在任的不填；'),
      yesNo('是否专职工作者', 'fulltimeStaff', ''),
      col('电话', 'phone', 14, ''),
    ],
    required: ['小二级编码', '姓名', '职务', '来源', '任期起'],
    examples: [['XEJ01', '张某', '副主席', '市场监管', '2024-01-01', '', '否', '']],
  }),
  staff: recordSheet(staffKind, {
    title: '专职工作者',
    columns: [
      unionCol('小二级编码', 'unionId', '所在小二级的工会编码；同一小二级内按姓名更新'),
      col('姓名', 'name', 10, ''),
      col('电话', 'phone', 14, ''),
      dateCol('到岗日期', 'fromDate', ''),
      dateCol('离岗日期', 'toDate', '在岗的不填；'),
      col('备注', 'notes', 20, ''),
    ],
    required: ['小二级编码', '姓名', '到岗日期'],
    examples: [['XEJ01', '陈某', '', '2023-03-01', '', '社会化工会工作者']],
  }),
  stations: recordSheet(stationKind, {
    title: '服务站点',
    columns: [
      unionCol('工会编码', 'unionId', '负责该站点的工会；同一工会内按站点名称更新'),
      col('站点名称', 'name', 24, ''),
      enumCol('站点类型', 'type', 18, STATION_TYPE_LABELS),
      col('地址', 'address', 30, ''),
      col('基本设施', 'facilities', 30, `6+X 中的“6”，用顿号分隔，可填：${Object.values(STATION_FACILITY_LABELS).join('、')}`, {
        type: 'enumList',
        labels: STATION_FACILITY_LABELS,
      }),
      col('其他设施', 'extras', 20, '“X”：急救包、血压计、书架等'),
      col('负责人', 'responsible', 10, '第十条：确保有人负责'),
      col('负责人电话', 'responsiblePhone', 14, ''),
      col('开放时间', 'hours', 14, '如 9:00-17:00 或 24 小时'),
    ],
    required: ['工会编码', '站点名称', '站点类型'],
    examples: [['XEJ01', '某某园区爱心接力站', '户外职工爱心接力站', '某某路 10 号', '空调、冰箱、微波炉、热水机/饮水机、插排、桌椅', '急救包', '刘某', '', '24 小时']],
  }),
  surveys: recordSheet(surveyKind, {
    title: '年度调查',
    columns: [
      unionCol('小二级编码', 'unionId', '被调查小二级的工会编码；同一小二级同一年度按年度更新'),
      intCol('调查年度', 'year', 10, '如 2026'),
      dateCol('调查日期', 'surveyDate', ''),
      intCol('企业数', 'enterprises', 8, '辖区内入驻企业数'),
      intCol('已建会企业数', 'enterprisesWithUnion', 12, '含被联合工会覆盖的企业'),
      intCol('职工人数', 'workers', 10, ''),
      intCol('会员人数', 'members', 10, '不能大于职工人数'),
      intCol('女会员人数', 'womenMembers', 10, ''),
      intCol('农民工会员人数', 'migrantMembers', 12, ''),
    ],
    required: ['小二级编码', '调查年度', '调查日期', '企业数', '已建会企业数', '职工人数', '会员人数', '女会员人数', '农民工会员人数'],
    examples: [['XEJ01', 2026, '2026-06-30', 60, 52, 3200, 2800, 1300, 900]],
  }),
}
