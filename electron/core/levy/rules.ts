import { and, desc, eq, lte } from 'drizzle-orm'
import { levyRules } from '../../../drizzle/schema'
import { levySettings, type LevySettings } from '../../shared/contract/levy'
import { AppError } from '../../shared/errors'
import { LEVY_RULE_KIND_LABELS, type LevyRuleKind } from '../../shared/levy-terms'
import { formatPercent } from '../../shared/rate'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { getSetting, setSetting } from '../system/settings'
import { levyLedger, READ, KEEP } from './scope'

type RuleRecord = typeof levyRules.$inferSelect

const settingsKey = (ledgerId: number) => `levy.settings.${ledgerId}`

/** The 街镇's settings, missing keys taking their defaults (2 %, 筹备金 at 2 %, a lead after 12 months). */
export function levySettingsOf(core: Core, ledgerId: number): LevySettings {
  const raw = getSetting(core.db, settingsKey(ledgerId))
  return levySettings.parse(raw ? JSON.parse(raw) : {})
}

export function saveLevySettings(core: Core, ledgerId: number, value: LevySettings): void {
  setSetting(core.db, settingsKey(ledgerId), JSON.stringify(value))
}

/** Whether the registry's size makes an enterprise a 小微企业 (小型 or 微型). */
export const isSmallOrMicro = (size: string | null) => size === 'small' || size === 'micro'

/**
 * The rule in force on a day: the 小微企业 rule for such an enterprise when one is in force, else the
 * general one. No rule at all is refused: shares are never guessed (reference §8.2: never hard-code 60/40).
 */
export function ruleOn(core: Core, ledgerId: number, date: string, small: boolean): RuleRecord | undefined {
  const latest = (kind: LevyRuleKind) =>
    core.db
      .select()
      .from(levyRules)
      .where(and(eq(levyRules.ledgerId, ledgerId), eq(levyRules.kind, kind), lte(levyRules.effectiveFrom, date)))
      .orderBy(desc(levyRules.effectiveFrom))
      .get()
  return (small ? latest('micro') : undefined) ?? latest('standard')
}

export const ruleText = (r: Pick<RuleRecord, 'kind' | 'effectiveFrom' | 'upperBp' | 'streetBp' | 'lowerBp' | 'feeBp'>) =>
  `${LEVY_RULE_KIND_LABELS[r.kind as LevyRuleKind]} ${r.effectiveFrom} 起：上解 ${formatPercent(r.upperBp)}、本级 ${formatPercent(r.streetBp)}、小二级 ${formatPercent(r.lowerBp)}、手续费 ${formatPercent(r.feeBp)}`

const usedBy = (core: Core, ruleId: number) => (core.sqlite.prepare('SELECT count(*) AS n FROM levy_entries WHERE rule_id = ?').get(ruleId) as { n: number }).n

export const ruleHandlers: HandlerMap<'levy.rules' | 'levy.setRule' | 'levy.deleteRule' | 'levy.settings' | 'levy.saveSettings'> = {
  'levy.rules': (ctx, input) => {
    const ledger = levyLedger(ctx, input.ledgerId, READ)
    return ctx.core.db
      .select()
      .from(levyRules)
      .where(eq(levyRules.ledgerId, ledger.id))
      .orderBy(levyRules.kind, levyRules.effectiveFrom)
      .all()
      .map((r) => ({
        id: r.id,
        kind: r.kind as LevyRuleKind,
        effectiveFrom: r.effectiveFrom,
        upperBp: r.upperBp,
        streetBp: r.streetBp,
        lowerBp: r.lowerBp,
        feeBp: r.feeBp,
        used: usedBy(ctx.core, r.id),
      }))
  },

  /**
   * A new rule takes effect from its day; the same day and kind again replaces the shares only while no
   * 台账 row used them — booked history keeps the shares it was booked with.
   */
  'levy.setRule': (ctx, input) => {
    const ledger = levyLedger(ctx, input.ledgerId, KEEP)
    const shares = { upperBp: input.upper, streetBp: input.street, lowerBp: input.lower, feeBp: input.fee }
    const same = ctx.core.db
      .select()
      .from(levyRules)
      .where(and(eq(levyRules.ledgerId, ledger.id), eq(levyRules.kind, input.kind), eq(levyRules.effectiveFrom, input.effectiveFrom)))
      .get()
    let id: number
    if (same) {
      if (usedBy(ctx.core, same.id)) {
        throw new AppError('CONFLICT', `${input.effectiveFrom} 起的分成比例已用于台账，不能修改；请设置一个新的生效日期`, { fields: { effectiveFrom: '已用于台账' } })
      }
      ctx.core.db.update(levyRules).set(shares).where(eq(levyRules.id, same.id)).run()
      id = same.id
    } else {
      id = ctx.core.db
        .insert(levyRules)
        .values({ ledgerId: ledger.id, kind: input.kind, effectiveFrom: input.effectiveFrom, ...shares, createdBy: ctx.user!.id, createdAt: ctx.core.now().toISOString() })
        .returning({ id: levyRules.id })
        .get().id
    }
    ctx.audit.targets = [`ledger:${ledger.id}`, `levy_rule:${id}`]
    ctx.audit.summary = `设置经费分成比例 ${ledger.code}：${ruleText({ kind: input.kind, effectiveFrom: input.effectiveFrom, ...shares })}`
    return { id }
  },

  'levy.deleteRule': (ctx, input) => {
    const rule = ctx.core.db.select().from(levyRules).where(eq(levyRules.id, input.id)).get()
    if (!rule) throw new AppError('NOT_FOUND', `分成比例（编号 ${input.id}）不存在`)
    levyLedger(ctx, rule.ledgerId, KEEP)
    if (usedBy(ctx.core, rule.id)) throw new AppError('CONFLICT', '该分成比例已用于台账，不能删除')
    ctx.core.db.delete(levyRules).where(eq(levyRules.id, rule.id)).run()
    ctx.audit.targets = [`levy_rule:${rule.id}`]
    ctx.audit.summary = `删除经费分成比例：${ruleText(rule)}`
    return { ok: true as const }
  },

  'levy.settings': (ctx, input) => levySettingsOf(ctx.core, levyLedger(ctx, input.ledgerId, READ).id),
  'levy.saveSettings': (ctx, input) => {
    const ledger = levyLedger(ctx, input.ledgerId, KEEP)
    saveLevySettings(ctx.core, ledger.id, input.settings)
    ctx.audit.targets = [`ledger:${ledger.id}`]
    ctx.audit.summary = `保存经费收缴设置 ${ledger.code}：拨缴比例 ${formatPercent(input.settings.rateBp)}，筹备金${input.settings.prepEnabled ? formatPercent(input.settings.prepRateBp) : '不收取'}`
    return input.settings
  },
}

/** Split of one row's money under a rule (all in 分). */
export interface Split {
  streetAmount: number
  lowerAmount: number
  prepAmount: number
}

/**
 * The 返拨 received is what the 区总工会 passes down: 本级留成 and 返还小二级 (上解 and 手续费 stay above).
 * The 小二级's share is 实缴 × its rate, rounded half up; the 街镇 keeps the rest of the return, so the
 * booked total always equals the money received. 筹备金 is held whole in 215.
 */
export function splitOf(paid: number, returned: number, rule: Pick<RuleRecord, 'lowerBp'> | undefined, prep: boolean): Split {
  if (prep) return { streetAmount: 0, lowerAmount: 0, prepAmount: returned }
  const lowerAmount = Math.min(returned, Math.floor((paid * rule!.lowerBp + 5000) / 10000))
  return { streetAmount: returned - lowerAmount, lowerAmount, prepAmount: 0 }
}
