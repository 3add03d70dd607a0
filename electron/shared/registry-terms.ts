import { labelled } from './labelled'

/**
 * Domain vocabulary of the 组织台账, shared by core and renderer. Stored values are short English
 * codes; what users see (and what import files contain) are the Chinese labels, taken from
 * 沪工总基〔2019〕206号 where it names them.
 */

/** Chinese label → code, for reading import files and for labelled drop-downs. */
export function codeOfLabel<C extends string>(labels: Record<C, string>, label: string): C | undefined {
  return (Object.keys(labels) as C[]).find((c) => labels[c] === label)
}

/** The tree: 街镇总工会 → 小二级 (第四条: 区域性行业性工会联合会) → the unions it is over. */
export const [UNION_TYPES, UNION_TYPE_LABELS] = labelled({
  street: '街镇总工会',
  xiaoerji: '小二级工会联合会',
  enterprise: '企业单独工会',
  small_federation: '小企业工会联合会',
  joint: '联合工会',
})
export type UnionType = (typeof UNION_TYPES)[number]

/** 第五条: regional 小二级 are the base, industry ones complement them. */
export const [UNION_SCOPES, UNION_SCOPE_LABELS] = labelled({ regional: '区域性', industry: '行业性' })
export type UnionScope = (typeof UNION_SCOPES)[number]

/** 第七条: the shapes a 小二级 is built around. */
export const [UNION_FORMS, UNION_FORM_LABELS] = labelled({
  party_area: '党建片区',
  grid: '社会治理网格',
  industrial_park: '工业园区',
  park_block: '园区（片块）',
  business_district: '商圈',
  building: '楼宇',
  street_front: '街面',
  complex: '城市综合体',
  other: '其他',
})
export type UnionForm = (typeof UNION_FORMS)[number]

/** 第十三条: own bank account, books kept by the 街镇 (上代下), or 报账制 against a budget. */
export const [ACCOUNTING_MODES, ACCOUNTING_MODE_LABELS] = labelled({ independent: '独立账户', upper_for_lower: '上代下核算', reimbursement: '报账制' })
export type AccountingMode = (typeof ACCOUNTING_MODES)[number]

export const [UNION_STATUSES, UNION_STATUS_LABELS] = labelled({ active: '正常', changing: '隶属关系调整中', deregistered: '已注销' })
export type UnionStatus = (typeof UNION_STATUSES)[number]

export const [ENTERPRISE_SIZES, ENTERPRISE_SIZE_LABELS] = labelled({ large: '大型', medium: '中型', small: '小型', micro: '微型' })

export const [COMMITTEE_ROLES, COMMITTEE_ROLE_LABELS] = labelled({ chair: '主席', vice_chair: '副主席', member: '委员' })

/** 第六条: besides union cadres, representatives of these bodies are to be drawn in. */
export const [COMMITTEE_SECTORS, COMMITTEE_SECTOR_LABELS] = labelled({
  union_cadre: '工会干部',
  market_regulation: '市场监管',
  tax: '税务',
  labour_inspection: '劳动监察',
  judicial: '司法所',
  social_org: '社会组织',
  enterprise: '企业',
  other: '其他',
})
export type CommitteeSector = (typeof COMMITTEE_SECTORS)[number]
/** The sectors 第六条 names as outside representatives. */
export const OUTSIDE_SECTORS: readonly CommitteeSector[] = ['market_regulation', 'tax', 'labour_inspection', 'judicial', 'social_org']

/** 第六条: the 经审会 and the 女职委 are formed together with the committee. */
export const [SUB_COMMITTEE_KINDS, SUB_COMMITTEE_LABELS] = labelled({ audit: '经费审查委员会', women: '女职工委员会' })
export type SubCommitteeKind = (typeof SUB_COMMITTEE_KINDS)[number]

export const [STATION_TYPES, STATION_TYPE_LABELS] = labelled({ service: '服务站', outdoor: '户外职工爱心接力站' })

/** The six of the 6+X station standard; extras (the X) are free text. */
export const [STATION_FACILITIES, STATION_FACILITY_LABELS] = labelled({
  air_conditioner: '空调',
  fridge: '冰箱',
  microwave: '微波炉',
  water: '热水机/饮水机',
  power_strip: '插排',
  tables_chairs: '桌椅',
})

/** 第九条 and 第十一条: the rights work a 小二级 keeps records of. */
export const [RIGHTS_KINDS, RIGHTS_KIND_LABELS] = labelled({ collective_contract: '集体合同', workers_congress: '职代会', dispute: '劳资纠纷', hardship: '困难帮扶' })

export const [DISPUTE_STATUSES, DISPUTE_STATUS_LABELS] = labelled({ open: '受理中', mediating: '调解中', resolved: '已化解', referred: '已移交' })

/** 梯度帮扶: the ACFTU's three tiers of hardship. */
export const [HARDSHIP_TIERS, HARDSHIP_TIER_LABELS] = labelled({ deep: '深度困难', relative: '相对困难', accident: '意外致困' })

export const [ACTIVITY_KINDS, ACTIVITY_KIND_LABELS] = labelled({ activity: '活动', training: '培训' })

/** A scorecard row's verdict. 无法检查: the data it needs lives in a module not built yet. */
export const [CHECK_STATUSES, CHECK_STATUS_LABELS] = labelled({ pass: '达标', warn: '预警', fail: '不达标', no_data: '无数据', unchecked: '无法检查' })
export type CheckStatus = (typeof CHECK_STATUSES)[number]

/** The scorecard's rules in column order, each with the clause of 沪工总基〔2019〕206号 it checks. */
export const SCORECARD_RULES = [
  { key: 'scale_unions', label: '工会组织数', clause: '第五条' },
  { key: 'scale_members', label: '会员规模', clause: '第五条' },
  { key: 'coverage', label: '覆盖范围', clause: '第五条、第七条' },
  { key: 'committee', label: '联合委员会构成', clause: '第六条' },
  { key: 'audit_committee', label: '经审会', clause: '第六条' },
  { key: 'women_committee', label: '女职委', clause: '第六条' },
  { key: 'staff_count', label: '专职工作者配备', clause: '第十三条' },
  { key: 'staff_chair', label: '专职工作者任主席/副主席', clause: '第六条' },
  { key: 'survey', label: '年度调查', clause: '第八条' },
  { key: 'coverage_rate', label: '建会率', clause: '第八条' },
  { key: 'membership_rate', label: '入会率', clause: '第八条' },
  { key: 'stations', label: '服务站点有人负责', clause: '第十条' },
  { key: 'premises', label: '办公场地', clause: '第十三条' },
  { key: 'certificate', label: '法人资格证书', clause: '第十三条' },
  { key: 'accounting', label: '核算方式', clause: '第十三条' },
  { key: 'funding', label: '经费列入街镇预算', clause: '第十三条' },
] as const
export type ScorecardRule = (typeof SCORECARD_RULES)[number]['key']
export const SCORECARD_RULE_KEYS = SCORECARD_RULES.map((r) => r.key) as [ScorecardRule, ...ScorecardRule[]]
