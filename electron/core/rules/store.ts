import { eq } from 'drizzle-orm'
import { spendingRules } from '../../../drizzle/schema'
import type { SpendingRuleInput, SpendingRuleRow } from '../../shared/contract/rules'
import { AppError } from '../../shared/errors'
import type { Core } from '../app'
import { getSetting, setSetting } from '../system/settings'

const EXAMPLE = '示例（某地《基层工会经费使用范围及标准指引》2018）'
const y = (yuan: number) => yuan * 100

type Seed = Pick<SpendingRuleInput, 'eventType' | 'limitKind' | 'description'> & Partial<Pick<SpendingRuleInput, 'amount' | 'shareBp' | 'forms'>>

/**
 * The example set of reference §9.2/§9.3 (Example A). Shanghai's own caps are not known: these rows are
 * marked 示例 so the office replaces them with the figures of its current document.
 */
const EXAMPLES: Seed[] = [
  { eventType: '节日慰问', limitKind: 'share_income', shareBp: 3000, description: '节日慰问品全年合计不超过当年工会经费收入的 30%' },
  { eventType: '节日慰问', limitKind: 'forbidden_form', forms: ['现金'], description: '节日慰问发放实物，不发现金' },
  { eventType: '生日', limitKind: 'per_person_event', amount: y(400), description: '生日慰问每人不超过 400 元（蛋糕或蛋糕券）' },
  { eventType: '婚育', limitKind: 'per_person_event', amount: y(1000), description: '结婚、生育慰问每人不超过 1,000 元' },
  { eventType: '住院慰问', limitKind: 'per_person_event', amount: y(2000), description: '住院慰问每人不超过 2,000 元' },
  { eventType: '丧葬慰问', limitKind: 'per_person_event', amount: y(3000), description: '会员去世慰问不超过 3,000 元（直系亲属去世不超过 1,000 元）' },
  { eventType: '退休', limitKind: 'per_person_event', amount: y(1000), description: '退休纪念品每人不超过 1,000 元' },
  { eventType: '文体奖励', limitKind: 'per_person_event', amount: y(800), description: '文体活动个人奖励每人不超过 800 元' },
  { eventType: '文体奖励', limitKind: 'share_participants', shareBp: 6667, description: '获奖人数不超过参与人数的三分之二' },
  { eventType: '培训奖励', limitKind: 'per_person_event', amount: y(300), description: '优秀学员奖励每人不超过 300 元' },
  { eventType: '培训奖励', limitKind: 'share_participants', shareBp: 3000, description: '获奖学员不超过参训人数的 30%' },
]

const SEEDED = 'rules.examplesLoaded'

/** Loads the example set the first time rules are used; deleting them later does not bring them back. */
export function ensureExampleRules(core: Core): void {
  if (getSetting(core.db, SEEDED)) return
  for (const seed of EXAMPLES) {
    core.db
      .insert(spendingRules)
      .values({
        jurisdiction: EXAMPLE,
        effectiveFrom: '2018-03-01',
        accountPrefix: null,
        beneficiaryScope: '会员',
        amount: null,
        shareBp: null,
        forms: null,
        severity: 'block',
        isExample: true,
        ...seed,
      })
      .run()
  }
  setSetting(core.db, SEEDED, JSON.stringify(core.now().toISOString()))
}

export function listRules(core: Core): SpendingRuleRow[] {
  return core.db.select().from(spendingRules).orderBy(spendingRules.eventType, spendingRules.id).all() as SpendingRuleRow[]
}

/** Insert or update one rule; fields a limit kind does not use are cleared so an export reads plainly. */
export function saveRule(core: Core, input: SpendingRuleInput): number {
  const values = {
    ...input,
    amount: input.limitKind === 'per_person_event' || input.limitKind === 'per_person_year' ? input.amount : null,
    shareBp: input.limitKind === 'share_participants' || input.limitKind === 'share_income' ? input.shareBp : null,
    forms: input.limitKind === 'forbidden_form' ? input.forms : null,
  }
  const { id, ...rest } = values
  if (id === null) return core.db.insert(spendingRules).values(rest).returning({ id: spendingRules.id }).get().id
  const found = core.db.update(spendingRules).set(rest).where(eq(spendingRules.id, id)).returning({ id: spendingRules.id }).get()
  if (!found) throw new AppError('NOT_FOUND', `支出标准（编号 ${id}）不存在`)
  return id
}
