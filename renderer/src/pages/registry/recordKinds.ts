import type { RegistryImportKind } from '../../../../electron/shared/contract/imports'
import {
  ACTIVITY_KIND_LABELS,
  COMMITTEE_ROLE_LABELS,
  COMMITTEE_SECTOR_LABELS,
  DISPUTE_STATUS_LABELS,
  HARDSHIP_TIER_LABELS,
  RIGHTS_KIND_LABELS,
  STATION_FACILITY_LABELS,
  STATION_TYPE_LABELS,
  SUB_COMMITTEE_LABELS,
} from '../../../../electron/shared/registry-terms'
import type { FieldKind } from './SchemaField'

export type RecordKey = 'committee' | 'staff' | 'subCommittees' | 'stations' | 'surveys' | 'rights' | 'activities' | 'evaluations' | 'plans'

/**
 * What the one generic RecordTable needs to show a record kind: the form's fields (labels and rules
 * come from the contract) and which of them are table columns. unionId is never a field: it is the
 * selected 小二级.
 */
export interface RecordSpec {
  key: RecordKey
  /** Tab label. */
  label: string
  fields: FieldKind[]
  columns: string[]
  importKind?: RegistryImportKind
}

const enumOf = (name: string, labels: Record<string, string>): FieldKind => ({ name, kind: 'enum', labels })
const t = (name: string): FieldKind => ({ name, kind: 'text' })
const d = (name: string): FieldKind => ({ name, kind: 'date' })
const n = (name: string): FieldKind => ({ name, kind: 'int' })
const notes = (name = 'notes'): FieldKind => ({ name, kind: 'textarea' })

/** In the order of the scorecard's rules: the kinds it reads first. */
export const RECORD_SPECS: RecordSpec[] = [
  {
    key: 'committee',
    label: '联合委员会',
    fields: [
      t('name'),
      enumOf('role', COMMITTEE_ROLE_LABELS),
      enumOf('sector', COMMITTEE_SECTOR_LABELS),
      d('termFrom'),
      d('termTo'),
      { name: 'fulltimeStaff', kind: 'switch' },
      t('phone'),
    ],
    columns: ['name', 'role', 'sector', 'termFrom', 'termTo', 'fulltimeStaff', 'phone'],
    importKind: 'committee',
  },
  {
    key: 'staff',
    label: '专职工作者',
    fields: [t('name'), t('phone'), d('fromDate'), d('toDate'), notes()],
    columns: ['name', 'phone', 'fromDate', 'toDate', 'notes'],
    importKind: 'staff',
  },
  {
    key: 'surveys',
    label: '年度调查',
    fields: [n('year'), d('surveyDate'), n('enterprises'), n('enterprisesWithUnion'), n('workers'), n('members'), n('womenMembers'), n('migrantMembers')],
    columns: ['year', 'surveyDate', 'enterprises', 'enterprisesWithUnion', 'workers', 'members', 'womenMembers', 'migrantMembers'],
    importKind: 'surveys',
  },
  {
    key: 'stations',
    label: '服务站点',
    fields: [
      t('name'),
      enumOf('type', STATION_TYPE_LABELS),
      t('address'),
      t('responsible'),
      t('responsiblePhone'),
      t('hours'),
      { name: 'facilities', kind: 'multi', labels: STATION_FACILITY_LABELS },
      t('extras'),
    ],
    columns: ['name', 'type', 'address', 'responsible', 'responsiblePhone', 'facilities'],
    importKind: 'stations',
  },
  {
    key: 'subCommittees',
    label: '经审会和女职委',
    fields: [enumOf('kind', SUB_COMMITTEE_LABELS), { name: 'formed', kind: 'switch' }, d('formedOn'), t('chair')],
    columns: ['kind', 'formed', 'formedOn', 'chair'],
  },
  {
    key: 'rights',
    label: '维权工作',
    fields: [
      enumOf('kind', RIGHTS_KIND_LABELS),
      t('title'),
      d('date'),
      enumOf('status', DISPUTE_STATUS_LABELS),
      d('reportedOn'),
      enumOf('tier', HARDSHIP_TIER_LABELS),
      { name: 'amount', kind: 'fen', extra: '单位：元' },
      notes(),
    ],
    columns: ['kind', 'title', 'date', 'status', 'tier', 'amount'],
  },
  {
    key: 'activities',
    label: '活动和培训',
    fields: [enumOf('kind', ACTIVITY_KIND_LABELS), t('title'), d('date'), n('participants'), notes()],
    columns: ['kind', 'title', 'date', 'participants', 'notes'],
  },
  {
    key: 'evaluations',
    label: '评先评优',
    fields: [n('year'), t('title'), t('level'), t('result'), notes()],
    columns: ['year', 'title', 'level', 'result', 'notes'],
  },
  {
    key: 'plans',
    label: '建设规划',
    fields: [t('title'), n('fromYear'), n('toYear'), { name: 'milestones', kind: 'milestones' }, notes()],
    columns: ['title', 'fromYear', 'toYear', 'notes'],
  },
]
