// rules/: the 支出标准 — the rule table (store.ts), the engine claims are checked against on submit and
// approval (engine.ts), and its workbook: template, import and export over one column list (import.ts).
// 购物卡/代金券 are banned by a built-in rule no table edit can lift.
import { eq } from 'drizzle-orm'
import { spendingRules } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { prepared, type HandlerMap } from '../api/types'
import { decodeUpload } from '../excel/problems'
import { readRows, type SheetRow } from '../excel/sheet'
import { streetName } from '../registry/tree'
import { todayOf } from '../system/time'
import { BUILTIN_DESCRIPTION } from './engine'
import { ensureExampleRules, listRules, saveRule } from './store'
import { exportRules, importRules, RULE_REQUIRED_HEADERS } from './import'

export const rulesHandlers: HandlerMap<'rules.list' | 'rules.save' | 'rules.delete' | 'rules.export' | 'rules.import'> = {
  'rules.list': (ctx) => {
    // First use loads the example set; a read may do it because it only ever happens once.
    ensureExampleRules(ctx.core)
    return { rules: listRules(ctx.core), builtin: BUILTIN_DESCRIPTION }
  },

  'rules.save': (ctx, input) => {
    ensureExampleRules(ctx.core)
    const id = saveRule(ctx.core, input)
    ctx.audit.targets = [`spending_rule:${id}`]
    ctx.audit.summary = `${input.id === null ? '新增' : '修改'}支出标准：${input.description}${input.enabled ? '' : '（停用）'}`
    return { id }
  },

  'rules.delete': (ctx, input) => {
    const rule = ctx.core.db.select().from(spendingRules).where(eq(spendingRules.id, input.id)).get()
    if (!rule) throw new AppError('NOT_FOUND', `支出标准（编号 ${input.id}）不存在`)
    ctx.core.db.delete(spendingRules).where(eq(spendingRules.id, input.id)).run()
    ctx.audit.targets = [`spending_rule:${input.id}`]
    ctx.audit.summary = `删除支出标准：${rule.description}`
    return { ok: true }
  },

  'rules.export': prepared<'rules.export', Buffer>(
    (ctx) => {
      ensureExampleRules(ctx.core)
      return exportRules(ctx.core, streetName(ctx.core), todayOf(ctx.core))
    },
    (_ctx, _input, buffer) => ({ fileName: 'UnionDesk-支出标准.xlsx', content: buffer.toString('base64') }),
  ),

  'rules.import': prepared<'rules.import', SheetRow[]>(
    (_ctx, input) => readRows(decodeUpload(input.content), RULE_REQUIRED_HEADERS),
    (ctx, input, rows) => {
      ensureExampleRules(ctx.core)
      const result = importRules(ctx.core, rows)
      ctx.audit.targets = ['spending_rules']
      ctx.audit.summary = `从 ${input.fileName} 导入支出标准 ${result.rows} 条（新增 ${result.created}，修改 ${result.updated}）`
      return result
    },
  ),
}
