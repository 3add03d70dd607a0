import { labelled } from './labelled'

/** Vocabulary of budgets, 上代下 transfers and reimbursement, shared by core and renderer. */

export const [BUDGET_STATUSES, BUDGET_STATUS_LABELS] = labelled({ draft: '编制中', approved: '已批准' })
export type BudgetStatus = (typeof BUDGET_STATUSES)[number]

/** Who approved a budget or an adjustment (reference §10.2). */
export const [APPROVING_BODIES, APPROVING_BODY_LABELS] = labelled({ committee: '工会委员会', congress: '会员（代表）大会' })
export type ApprovingBody = (typeof APPROVING_BODIES)[number]

/** 经费保障 basis, as 第十三条 lists it. */
export const [FUNDING_BASES, FUNDING_BASIS_LABELS] = labelled({ size: '工会规模', dues: '会费收缴', workers: '服务职工数', other: '其他' })
export type FundingBasis = (typeof FUNDING_BASES)[number]

/** 上代下 transfers between two 账套 (reference §11.2). */
export const [TRANSFER_KINDS, TRANSFER_KIND_LABELS] = labelled({ subsidy: '补助下级（508 ↔ 403）', levy: '转拨经费（212 ↔ 402）', pool: '代管资金往来（135 ↔ 215）' })
export type TransferKind = (typeof TRANSFER_KINDS)[number]

export const [MONEY_PATTERNS, MONEY_PATTERN_LABELS] = labelled({ own_account: '小二级自有银行账户', pooled: '资金存放街镇总工会账户' })
export type MoneyPattern = (typeof MONEY_PATTERNS)[number]

/** 报账单 states; a return sends the claim back to draft with a comment; a paid claim found wrong is reversed (已冲销). */
export const [CLAIM_STATUSES, CLAIM_STATUS_LABELS] = labelled({ draft: '草稿', submitted: '已提交', approved: '已审批', checked: '已审核', paid: '已付款', reversed: '已冲销' })
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
/** Claims that hold budget: submitted and not yet paid (a paid claim's voucher is in the books). */
export const CLAIM_STATUSES_IN_FLIGHT: readonly ClaimStatus[] = ['submitted', 'approved', 'checked']

export const EVENT_TYPES = ['节日慰问', '生日', '婚育', '住院慰问', '丧葬慰问', '退休', '春秋游', '文体活动', '文体奖励', '培训', '培训奖励', '会议', '办公', '其他'] as const
export const GIFT_FORMS = ['实物', '现金', '蛋糕券', '购物卡', '代金券', '服务'] as const

export const [LIMIT_KINDS, LIMIT_KIND_LABELS] = labelled({
  per_person_event: '每人每次限额',
  per_person_year: '每人每年限额',
  share_participants: '获奖人数占参与人数比例',
  share_income: '占当年经费收入比例',
  forbidden_form: '禁止的发放形式',
})
export type LimitKind = (typeof LIMIT_KINDS)[number]

export const [RULE_SEVERITIES, RULE_SEVERITY_LABELS] = labelled({ warn: '警告', block: '禁止' })
export type RuleSeverity = (typeof RULE_SEVERITIES)[number]

/** What budget control does when a claim would exceed its line: refuse it, or let it through with a warning. */
export const [OVER_BUDGET_MODES, OVER_BUDGET_MODE_LABELS] = labelled({ block: '超预算禁止提交', warn: '超预算仅提示警告' })
export type OverBudgetMode = (typeof OVER_BUDGET_MODES)[number]

/** How a new year's budget starts (预算管理 → 新建预算). */
export const [BUDGET_SOURCES, BUDGET_SOURCE_LABELS] = labelled({ empty: '空白预算', lastBudget: '从上年预算复制', lastActuals: '从上年决算（实际数）生成' })
export type BudgetSource = (typeof BUDGET_SOURCES)[number]

/** A claim line's 事项类型 and 发放形式 (the spending rules match on them). */
export type EventType = (typeof EVENT_TYPES)[number]
export type GiftForm = (typeof GIFT_FORMS)[number]
