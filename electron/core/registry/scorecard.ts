import dayjs from 'dayjs'
import type { Thresholds } from '../../shared/contract/registry'
import type { ScorecardCheck, ScorecardResult } from '../../shared/contract/registry-reports'
import { formatFen } from '../../shared/money'
import { basisPointsOf, formatPercent, meetsTarget, type Rate } from '../../shared/rate'
import {
  ACCOUNTING_MODE_LABELS,
  COMMITTEE_SECTOR_LABELS,
  OUTSIDE_SECTORS,
  SCORECARD_RULES,
  SUB_COMMITTEE_LABELS,
  UNION_FORM_LABELS,
  type AccountingMode,
  type CheckStatus,
  type CommitteeSector,
  type ScorecardRule,
  type SubCommitteeKind,
  type UnionForm,
} from '../../shared/registry-terms'
import type { HandlerMap } from '../api/types'
import { yearFacts, type XiaoerjiFacts, type YearFacts } from './facts'
import { xiaoerjiRates, type RateFigures } from './rates'
import { yearOr } from '../system/time'

interface RuleInput {
  x: XiaoerjiFacts
  facts: YearFacts
  t: Thresholds
  rates: RateFigures
}
type Verdict = Pick<ScorecardCheck, 'status' | 'figure' | 'explanation'>

const num = (n: number) => n.toLocaleString('en-US')
const v = (status: CheckStatus, figure: string, explanation: string): Verdict => ({ status, figure, explanation })
const noSurvey = (year: number) => v('no_data', '—', `缺少 ${year} 年度调查的会员数，请先录入年度调查`)

/** A count that 第五条 wants within a range ("原则上按 30-100 家工会组织、2000-10000 名会员"). */
function inRange(n: number, min: number, max: number, figure: string, unit: string): Verdict {
  if (n < min) return v('fail', figure, `少于 ${num(min)} ${unit}，规模偏小（原则上 ${num(min)}–${num(max)} ${unit}）`)
  if (n > max) return v('fail', figure, `超过 ${num(max)} ${unit}，宜拆分设立（原则上 ${num(min)}–${num(max)} ${unit}）`)
  return v('pass', figure, `在 ${num(min)}–${num(max)} ${unit}之间`)
}

function subCommittee(kind: SubCommitteeKind) {
  return ({ x }: RuleInput): Verdict => {
    const label = SUB_COMMITTEE_LABELS[kind]
    const record = x.subCommittees.get(kind)
    if (!record) return v('no_data', '—', `未登记${label}的情况`)
    if (!record.formed) return v('fail', '未建立', `应同步建立${label}`)
    return v('pass', `${record.formedOn ?? '日期未填'}建立${record.chair ? `，主任 ${record.chair}` : ''}`, `已建立${label}`)
  }
}

function rateRule(pick: (r: RateFigures) => Rate | null, name: string, source: (r: RateFigures) => string) {
  return ({ rates, t }: RuleInput): Verdict => {
    const rate = pick(rates)
    if (!rate) return v('no_data', '—', `缺少计算${name}所需的数据（年度调查或企业名单）`)
    const figure = `${num(rate.numerator)}/${num(rate.denominator)} = ${formatPercent(rate.basisPoints)}${source(rates)}`
    const target = formatPercent(t.targetBasisPoints)
    if (meetsTarget(rate, t.targetBasisPoints)) return v('pass', figure, `${name}达到 ${target}`)
    // Half-up display can reach the target while the exact pair does not (84.9985 % reads 85.00 %): say so.
    const close = rate.basisPoints >= t.targetBasisPoints ? `（精确值不足 ${target}，显示值为四舍五入）` : ''
    return v('fail', figure, `${name}低于 ${target}${close}`)
  }
}

const RULES: Record<ScorecardRule, (input: RuleInput) => Verdict> = {
  scale_unions: ({ x, t }) => inRange(x.memberUnions, t.minUnions, t.maxUnions, `下辖工会组织 ${num(x.memberUnions)} 家`, '家'),

  scale_members: ({ x, t, facts }) => (x.survey ? inRange(x.survey.members, t.minMembers, t.maxMembers, `会员 ${num(x.survey.members)} 人`, '人') : noSurvey(facts.year)),

  coverage: ({ x, facts }) => {
    if (!x.enterprises.listed && !facts.street.listed) return v('no_data', '—', `尚未登记 ${facts.year} 年的企业名单，无法判断覆盖范围`)
    if (!x.enterprises.listed) return v('fail', '覆盖企业 0 家', '本年没有登记由本小二级覆盖的企业，街镇全域应由小二级覆盖')
    const figure = `覆盖企业 ${num(x.enterprises.listed)} 家`
    if (!x.union.form) return v('warn', figure, '未登记组织形态（党建片区、楼宇、商圈等，第七条）')
    return v('pass', `${figure}；${UNION_FORM_LABELS[x.union.form as UnionForm]}`, '有明确的覆盖范围和组织形态')
  },

  committee: ({ x }) => {
    if (!x.committee.length) return v('no_data', '—', '未登记在任的联合委员会成员')
    const outside = x.committee.filter((m) => OUTSIDE_SECTORS.includes(m.sector as CommitteeSector))
    const sectors = [...new Set(outside.map((m) => COMMITTEE_SECTOR_LABELS[m.sector as CommitteeSector]))]
    const figure = `委员 ${x.committee.length} 名，外部代表 ${outside.length} 名${sectors.length ? `（${sectors.join('、')}）` : ''}`
    if (!outside.length) return v('fail', figure, '委员会中没有市场监管、税务、劳动监察、司法所、社会组织等方面的代表')
    return v('pass', figure, '委员会吸收了外部方面的代表')
  },

  audit_committee: subCommittee('audit'),
  women_committee: subCommittee('women'),

  staff_count: ({ x, t, facts }) => {
    if (!x.survey) return noSurvey(facts.year)
    const members = x.survey.members
    const needed = members >= t.twoStaffAt ? 2 : members >= t.oneStaffAt ? 1 : 0
    const figure = `专职 ${x.staff.length} 名 / 应配 ${needed} 名`
    if (!needed) return v('pass', figure, `会员不足 ${num(t.oneStaffAt)} 人，不要求配备专职工作者`)
    if (x.staff.length >= needed) return v('pass', figure, `会员 ${num(members)} 人，专职工作者配备到位`)
    return v('fail', figure, `会员 ${num(members)} 人，应配备 ${needed} 名专职工作者`)
  },

  staff_chair: ({ x }) => {
    const staffers = x.committee.filter((m) => m.fulltimeStaff)
    if (!x.staff.length && !staffers.length) return v('no_data', '—', '未配备专职工作者')
    const leaders = staffers.filter((m) => m.role === 'chair' || m.role === 'vice_chair')
    const figure = `专职工作者任主席/副主席 ${leaders.length} 名`
    if (leaders.length) return v('pass', figure, '专职工作者担任主席或副主席')
    return v('warn', figure, '专职工作人员一般应作为工会主席或副主席人选')
  },

  survey: ({ x, facts }) => {
    if (x.survey) return v('pass', `调查日期 ${x.survey.surveyDate}`, `已完成 ${facts.year} 年度调查`)
    if (facts.year >= Number(facts.today.slice(0, 4))) return v('warn', '未调查', '本年度调查尚未完成（每年至少开展一次）')
    return v('fail', '未调查', `${facts.year} 年未开展入驻企业和从业人员情况调查`)
  },

  coverage_rate: rateRule(
    (r) => r.coverage,
    '建会率',
    (r) => (r.coverageSource === 'enterprises' ? '（按企业名单）' : '（按年度调查）'),
  ),
  membership_rate: rateRule(
    (r) => r.membership,
    '入会率',
    () => '',
  ),

  stations: ({ x }) => {
    if (!x.stations.length) return v('no_data', '—', '未登记服务站点')
    const without = x.stations.filter((s) => !s.responsible)
    const figure = `站点 ${x.stations.length} 个，有负责人 ${x.stations.length - without.length} 个`
    if (without.length) return v('fail', figure, `“${without[0].name}”等 ${without.length} 个站点未落实负责人`)
    return v('pass', figure, '各站点均有人负责日常服务和管理')
  },

  premises: ({ x }) => {
    if (x.union.hasPremises === null) return v('no_data', '—', '未登记有无办公场地')
    if (!x.union.hasPremises) return v('fail', '无阵地', '未落实办公场地（有场所理事）')
    return v('pass', `有阵地${x.union.premisesArea ? `，${num(x.union.premisesArea)} 平方米` : ''}`, '已落实办公场地')
  },

  certificate: ({ x, facts, t }) => {
    const { certTo } = x.union
    if (!certTo) return v('no_data', '—', '未登记工会法人资格证书及其有效期')
    const days = dayjs(certTo).diff(dayjs(facts.asAt), 'day')
    const figure = `有效期至 ${certTo}`
    if (days < 0) return v('fail', figure, `法人资格证书已于 ${certTo} 过期，请办理换证`)
    if (days <= t.certWarnDays) return v('warn', figure, `法人资格证书还有 ${days} 天到期，请及时换证`)
    return v('pass', figure, '法人资格证书在有效期内')
  },

  accounting: ({ x, t, facts }) => {
    const mode = x.union.accountingMode as AccountingMode | null
    if (!mode) return v('no_data', '—', '未登记核算方式')
    const figure = ACCOUNTING_MODE_LABELS[mode]
    if (mode === 'independent') return v('pass', figure, '开设独立银行账户，规范核算')
    if (!x.survey) return noSurvey(facts.year)
    if (x.survey.members >= t.independentAccountAt) {
      return v('warn', figure, `会员 ${num(x.survey.members)} 人，规模较大，应开设独立银行账户`)
    }
    return v('pass', figure, '规模不大，可由街镇总工会上代下核算或实行报账制')
  },

  /**
   * 第十三条: the 街镇 funds each 小二级 through its annual budget. Planned in the 经费保障 table and synced
   * into an approved 街镇 budget is 达标; a budget still 编制中 (or not yet synced) is 预警; a plan or budget
   * that leaves this 小二级 out is 不达标; no plan and no budget at all is 无数据.
   */
  funding: (input) => withLevy(fundingRule(input), input.facts.levy.get(input.x.union.id)),
}

/** The 经费收缴情况表's figures for the 小二级 (返拨 received through the 街镇, 缴纳率 of its enterprises) follow the verdict. */
function withLevy(verdict: Verdict, levy: { due: number; paid: number; returned: number } | undefined): Verdict {
  if (!levy) return verdict
  const rate = basisPointsOf(levy.paid, levy.due)
  const text = `经费收缴：实缴 ${formatFen(levy.paid)} 元，返拨本小二级 ${formatFen(levy.returned)} 元${rate === null ? '' : `，缴纳率 ${formatPercent(rate)}`}`
  return { ...verdict, explanation: `${verdict.explanation}；${text}` }
}

const fundingRule = ({ x, facts }: RuleInput): Verdict => {
  const street = x.union.parentId ?? 0
  const plans = facts.funding.plans.get(street)
  const budget = facts.funding.budgets.get(street)
  if (!plans && !budget) return v('no_data', '—', `街镇总工会尚未编制 ${facts.year} 年经费保障计划`)
  const amount = plans?.get(x.union.id) ?? 0
  if (!amount) {
    const where = plans ? '经费保障计划' : '预算（未编制经费保障计划）'
    return v('fail', '未安排', `街镇总工会 ${facts.year} 年${where}中没有安排本小二级的经费`)
  }
  const figure = `计划 ${formatFen(amount)} 元`
  if (budget === 'approved') return v('pass', `${figure}，预算已批准`, `已列入街镇总工会 ${facts.year} 年预算`)
  if (budget === 'draft') return v('warn', `${figure}，预算编制中`, '已列入街镇总工会预算草案，预算批准后达标')
  return v('warn', figure, '经费保障计划尚未同步到街镇总工会预算')
}

export function scorecardOf(facts: YearFacts): ScorecardResult {
  return {
    year: facts.year,
    asAt: facts.asAt,
    rules: SCORECARD_RULES.map((r) => ({ rule: r.key, label: r.label, clause: r.clause })),
    rows: facts.xiaoerji.map((x) => {
      const input = { x, facts, t: facts.thresholds, rates: xiaoerjiRates(x) }
      return {
        unionId: x.union.id,
        code: x.union.code,
        name: x.union.name,
        checks: SCORECARD_RULES.map((r) => ({ rule: r.key, label: r.label, clause: r.clause, ...RULES[r.key](input) })),
      }
    }),
  }
}

export const scorecardHandlers: HandlerMap<'registry.scorecard'> = {
  'registry.scorecard': (ctx, input) => scorecardOf(yearFacts(ctx.core, yearOr(ctx.core, input.year))),
}
