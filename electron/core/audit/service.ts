import { officeDayBounds } from '../../shared/office-time'
import { timeZoneOf } from '../system/time'
import { auditLog } from '../../../drizzle/schema'
import { contract, type MethodName, type MethodParsedInput, type MethodResult } from '../../shared/contract'
import type { AuditRow } from '../../shared/contract/audit'
import type { Core } from '../app'
import type { HandlerContext } from '../api/types'

/** Called by the router inside the write's transaction. */
export function recordAudit(core: Core, method: MethodName, ctx: Pick<HandlerContext, 'user' | 'channel' | 'audit'>): void {
  const actor = ctx.audit.actor ?? ctx.user
  const title = contract[method].title
  core.db
    .insert(auditLog)
    .values({
      at: core.now().toISOString(),
      userId: actor?.id ?? null,
      username: actor?.username ?? null,
      method,
      title,
      channel: ctx.channel,
      targetIds: ctx.audit.targets,
      summary: ctx.audit.summary ?? title,
    })
    .run()
}

/**
 * What each kind of audit target reads as, resolved in SQL from the row it names (`ref`): the 账套's
 * code and name, a voucher's month and 字号, a union's name… A target whose row is gone keeps its id.
 */
const TARGET_LABELS: Record<string, string> = {
  user: `SELECT '用户 ' || display_name FROM users WHERE id = t.ref`,
  ledger: `SELECT '账套 ' || code || ' ' || name FROM ledgers WHERE id = t.ref`,
  voucher: `SELECT '凭证 ' || (period / 100) || '-' || printf('%02d', period % 100) || ' ' || word || '-' || number FROM vouchers WHERE id = t.ref`,
  account: `SELECT '科目 ' || code || ' ' || name FROM accounts WHERE id = t.ref`,
  project: `SELECT '项目 ' || code || ' ' || name FROM projects WHERE id = t.ref`,
  template: `SELECT '常用凭证 ' || name FROM voucher_templates WHERE id = t.ref`,
  union: `SELECT '工会 ' || name FROM unions WHERE id = t.ref`,
  enterprise: `SELECT '企业 ' || name FROM enterprises WHERE id = t.ref`,
  claim: `SELECT '报账单 ' || number FROM claims WHERE id = t.ref`,
  attachment: `SELECT '附件 ' || file_name FROM claim_attachments WHERE id = t.ref`,
  'bank-account': `SELECT '银行账户 ' || bank_name || ' ' || number FROM bank_accounts WHERE id = t.ref`,
  asset: `SELECT '资产 ' || code || ' ' || name FROM assets WHERE id = t.ref`,
  budget: `SELECT b.year || ' 年预算（' || l.name || '）' FROM budgets b JOIN ledgers l ON l.id = b.ledger_id WHERE b.id = t.ref`,
  transfer: `SELECT '划拨 ' || date || ' ' || summary FROM transfers WHERE id = t.ref`,
  spending_rule: `SELECT '支出标准 ' || jurisdiction || ' ' || effective_from || ' 起' FROM spending_rules WHERE id = t.ref`,
  levy_rule: `SELECT '经费分成比例 ' || effective_from || ' 起' FROM levy_rules WHERE id = t.ref`,
  levy_import: `SELECT '经费导入 ' || file_name FROM levy_imports WHERE id = t.ref`,
  backup: `SELECT '备份 ' || t.rest`,
}
const TARGETS_SQL = `(SELECT json_group_array(COALESCE(CASE t.kind ${Object.entries(TARGET_LABELS)
  .map(([kind, query]) => `WHEN '${kind}' THEN (${query})`)
  .join(' ')} END, t.value))
  FROM (SELECT value, substr(value, 1, instr(value, ':') - 1) AS kind, substr(value, instr(value, ':') + 1) AS rest,
               CAST(substr(value, instr(value, ':') + 1) AS INTEGER) AS ref
          FROM json_each(a.target_ids)) t)`

const FILTERS = { userId: 'a.user_id = @userId', method: 'a.method = @method', from: 'a.at >= @from', to: 'a.at < @to' }

/** Dates are the office's calendar days (its time zone, 系统设置); stored times are UTC ISO strings. Names are resolved in SQL. */
export function listAudit(core: Core, q: MethodParsedInput<'audit.list'>): MethodResult<'audit.list'> {
  const bounds = officeDayBounds(q.from, q.to, timeZoneOf(core))
  const used = Object.entries({ userId: q.userId, method: q.method, from: bounds.from, to: bounds.to }).filter(([, v]) => v !== undefined && v !== null)
  const filter = used.length ? `WHERE ${used.map(([k]) => FILTERS[k as keyof typeof FILTERS]).join(' AND ')}` : ''
  const args = Object.fromEntries(used)
  const total = (core.sqlite.prepare(`SELECT count(*) AS n FROM audit_log a ${filter}`).get(args) as { n: number }).n
  const rows = core.sqlite
    .prepare(
      `SELECT a.id, a.at, a.user_id AS userId, a.username, COALESCE(u.display_name, a.username) AS userName,
              a.method, a.title, a.channel, a.target_ids AS targetIds, ${TARGETS_SQL} AS targets, a.summary
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
         ${filter}
        ORDER BY a.at DESC, a.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...args, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as (Omit<AuditRow, 'targetIds' | 'targets'> & { targetIds: string; targets: string })[]
  return { total, rows: rows.map((r) => ({ ...r, targetIds: JSON.parse(r.targetIds) as string[], targets: JSON.parse(r.targets) as string[] })) }
}
