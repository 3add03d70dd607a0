import { LIMIT_KIND_LABELS, type RuleSeverity } from '../../shared/budget-terms'
import type { RuleFinding } from '../../shared/contract/claims'
import type { SpendingRuleRow } from '../../shared/contract/rules'
import { formatFen } from '../../shared/money'
import { formatPercent } from '../../shared/rate'

/** One claim line as the rules see it. */
export interface RuleLine {
  lineNo: number
  accountCode: string
  eventType: string | null
  form: string | null
  amount: number
  /** Head count: the list's length when a list is given. */
  beneficiaries: number | null
  names: string[] | null
  /** 参与人数 of the event when the claim gives it; share-of-participants rules fall back to the members. */
  participants: number | null
}

/** A line of another claim of the same union and year (submitted, approved, checked or paid). */
export interface HistoryLine {
  accountCode: string
  eventType: string | null
  amount: number
  names: string[] | null
}

export interface RuleContext {
  /** The day the rules are read for (effective dates). */
  date: string
  /** 会员人数 of the union from the registry's survey of the year; null when there is none. */
  members: number | null
  /** The union's income of the year so far (401–405 net credits, posted); null when it has no 账套 figures. */
  income: number | null
  history: HistoryLine[]
}

/** 购物卡、代金券 are banned by the 八不准 (reference §9.2): built in, cannot be switched off. */
export const BUILTIN_FORBIDDEN = ['购物卡', '代金券'] as const
export const BUILTIN_DESCRIPTION = '工会经费不得购买购物卡、代金券（“八不准”，系统内置，不能停用）'

const yuan = (fen: number) => `¥${formatFen(fen)}`

function applies(rule: SpendingRuleRow, line: { accountCode: string; eventType: string | null }): boolean {
  return (rule.accountPrefix === null || line.accountCode.startsWith(rule.accountPrefix)) && (rule.eventType === null || rule.eventType === line.eventType)
}

/**
 * A line's amount split over its people in whole 分: the first `amount % n` people get one 分 more,
 * so the shares add up exactly to the amount and no float is involved.
 */
export function shares(amount: number, n: number): number[] {
  const base = Math.floor(amount / n)
  return Array.from({ length: n }, (_, i) => base + (i < amount % n ? 1 : 0))
}

function perPersonTotals(lines: { amount: number; names: string[] | null }[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const line of lines) {
    if (!line.names?.length) continue
    shares(line.amount, line.names.length).forEach((s, i) => totals.set(line.names![i], (totals.get(line.names![i]) ?? 0) + s))
  }
  return totals
}

/**
 * Checks a claim's lines against the 支出标准 in force on `context.date`. Pure: everything it needs
 * comes in. Exactly at a limit passes; one 分 (or one person) over fails.
 */
export function checkRules(rules: SpendingRuleRow[], lines: RuleLine[], context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = []
  const add = (rule: SpendingRuleRow | null, lineNo: number | null, severity: RuleSeverity, text: string) =>
    findings.push({ ruleId: rule?.id ?? null, lineNo, severity, message: `${lineNo ? `第 ${lineNo} 行：` : ''}${text}` })
  const cite = (rule: SpendingRuleRow) => `（${rule.isExample ? '示例标准' : rule.jurisdiction}：${rule.description}）`

  for (const line of lines) {
    if (line.form && (BUILTIN_FORBIDDEN as readonly string[]).includes(line.form)) add(null, line.lineNo, 'block', `发放形式“${line.form}”禁止使用（${BUILTIN_DESCRIPTION}）`)
  }
  const inForce = rules.filter((r) => r.enabled && r.effectiveFrom <= context.date && (r.effectiveTo === null || context.date <= r.effectiveTo))
  for (const rule of inForce) {
    const matched = lines.filter((l) => applies(rule, l))
    if (!matched.length) continue
    const label = LIMIT_KIND_LABELS[rule.limitKind]
    switch (rule.limitKind) {
      case 'forbidden_form':
        for (const l of matched) if (l.form && rule.forms?.includes(l.form as never)) add(rule, l.lineNo, rule.severity, `发放形式“${l.form}”不允许${cite(rule)}`)
        break
      case 'per_person_event':
        for (const l of matched) {
          const n = l.beneficiaries ?? 1
          if (l.amount > rule.amount! * n) {
            add(rule, l.lineNo, rule.severity, `${n} 人共 ${yuan(l.amount)}，超过${label} ${yuan(rule.amount!)}（${n} 人合计上限 ${yuan(rule.amount! * n)}）${cite(rule)}`)
          }
        }
        break
      case 'per_person_year': {
        const unnamed = matched.filter((l) => !l.names?.length)
        for (const l of unnamed) add(rule, l.lineNo, 'warn', `未填写受益人名单，无法核对${label} ${yuan(rule.amount!)}${cite(rule)}`)
        const before = perPersonTotals(context.history.filter((h) => applies(rule, h)))
        const now = perPersonTotals(matched)
        for (const [name, amount] of now) {
          const total = (before.get(name) ?? 0) + amount
          if (total > rule.amount!) {
            add(rule, null, rule.severity, `${name} 本年累计 ${yuan(total)}（含本单 ${yuan(amount)}），超过${label} ${yuan(rule.amount!)}${cite(rule)}`)
          }
        }
        break
      }
      case 'share_participants':
        for (const l of matched) {
          const winners = l.beneficiaries ?? 0
          // The event's own 参与人数 when given; otherwise the union's members stand in, and the finding says so.
          const base = l.participants ?? context.members
          const of = l.participants !== null ? `参与人数 ${base} 人` : `会员人数 ${base} 人（未填写参与人数）`
          if (base === null) {
            add(rule, l.lineNo, 'warn', `未填写参与人数，组织台账中也没有本年度会员人数，无法核对${label}${cite(rule)}`)
          } else if (winners * 10000 > rule.shareBp! * base) {
            // Integer test of winners / participants ≤ share: 2 of 3 passes at 6667, 3 of 4 does not.
            add(rule, l.lineNo, rule.severity, `获奖 ${winners} 人，超过${of}的 ${formatPercent(rule.shareBp!)}${cite(rule)}`)
          }
        }
        break
      case 'share_income': {
        if (context.income === null) {
          add(rule, null, 'warn', `没有本年度经费收入数据，无法核对${label}${cite(rule)}`)
          break
        }
        const past = context.history.filter((h) => applies(rule, h)).reduce((s, h) => s + h.amount, 0)
        const mine = matched.reduce((s, l) => s + l.amount, 0)
        if ((past + mine) * 10000 > rule.shareBp! * context.income) {
          add(
            rule,
            null,
            rule.severity,
            `本年累计 ${yuan(past + mine)}（含本单 ${yuan(mine)}），超过本年经费收入 ${yuan(context.income)} 的 ${formatPercent(rule.shareBp!)}${cite(rule)}`,
          )
        }
        break
      }
    }
  }
  return findings
}
