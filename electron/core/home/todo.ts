// 工作台 (home): the to-dos of the signed-in user, one list across their roles, each a count with a link.
// Owns only reads: every count is one SQL aggregate over the 账套/claims the user's roles cover, so the
// page is as cheap as the list views it links to. Role checks go through the shared roles module.
import dayjs from 'dayjs'
import { ledgers } from '../../../drizzle/schema'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import type { TodoItem } from '../../shared/contract/home'
import { holdsClaimRole, CLAIM_STEP_ROLES } from '../../shared/claim-access'
import { nextPeriod, periodOf, periodText } from '../../shared/ledger-terms'
import type { Role } from '../../shared/roles'
import type { HandlerContext, HandlerMap } from '../api/types'
import { listBackups } from '../backup/files'
import { cached } from '../db/cached'
import { holdsLedgerRole, type LedgerRecord } from '../ledger/access'
import { closedThrough } from '../ledger/ledgers'
import { timeZoneOf, todayOf } from '../system/time'

type Counts = { drafts: number; reviewed: number; mineDrafts: number; toSign: number }

function voucherCounts(ctx: HandlerContext, ledger: LedgerRecord): Counts {
  // 待出纳签字: cash or bank vouchers not yet posted nor signed (what vouchers.cashierSign accepts). Only
  // unposted vouchers count towards any figure, so the status index skips the posted years entirely.
  return cached(
    ctx.core.sqlite,
    `SELECT
         coalesce(sum(v.status = 'draft'), 0) AS drafts,
         coalesce(sum(v.status = 'reviewed'), 0) AS reviewed,
         coalesce(sum(v.status = 'draft' AND v.created_by = @me), 0) AS mineDrafts,
         coalesce(sum(v.status <> 'posted' AND v.cashier_by IS NULL AND EXISTS (
           SELECT 1 FROM voucher_lines l JOIN accounts a ON a.id = l.account_id
           WHERE l.voucher_id = v.id AND (a.code LIKE '101%' OR a.code LIKE '102%'))), 0) AS toSign
       FROM vouchers v WHERE v.ledger_id = @ledger AND v.status IN ('draft', 'reviewed')`,
  ).get({ ledger: ledger.id, me: ctx.user!.id }) as Counts
}

function openingUnbalanced(ctx: HandlerContext, ledger: LedgerRecord): boolean {
  const row = ctx.core.sqlite
    .prepare('SELECT coalesce(sum(debit), 0) AS d, coalesce(sum(credit), 0) AS c FROM opening_balances WHERE ledger_id = ? AND year = ?')
    .get(ledger.id, Math.floor(ledger.startPeriod / 100)) as { d: number; c: number }
  return row.d !== row.c
}

/** Months from the first open one up to last month (this month is still being entered). */
function monthsNotClosed(ctx: HandlerContext, ledger: LedgerRecord): string[] {
  const last = closedThrough(ctx.core, ledger.id)
  const previous = periodOf(dayjs(todayOf(ctx.core)).subtract(1, 'month').format('YYYY-MM-DD'))
  const months: string[] = []
  for (let p = last === null ? ledger.startPeriod : nextPeriod(last); p <= previous && months.length < 24; p = nextPeriod(p)) months.push(periodText(p))
  return months
}

function ledgerItems(ctx: HandlerContext): TodoItem[] {
  const user = ctx.user!
  const items: TodoItem[] = []
  for (const ledger of ctx.core.db.select().from(ledgers).orderBy(ledgers.code).all()) {
    const id = ledger.id
    if (!holdsLedgerRole(user, id, LEDGER_READERS)) continue
    const holds = (...roles: Role[]) => holdsLedgerRole(user, id, roles)
    const c = voucherCounts(ctx, ledger)
    const at = (key: string, role: Role, label: string, count: number, path: string, detail = ledger.name, level: TodoItem['level'] = 'info') =>
      items.push({ key: `${key}:${id}`, role, label, count, path, ledgerId: id, detail, level })
    if (holds('accountant')) {
      at('drafts', 'accountant', '待审核凭证', c.drafts, 'ledger/vouchers/draft')
      at('toPost', 'accountant', '待记账凭证', c.reviewed, 'ledger/vouchers/reviewed')
      const months = monthsNotClosed(ctx, ledger)
      at('unclosed', 'accountant', '未结账月份', months.length, 'ledger/closing', months.length ? `${ledger.name}：${months.join('、')}` : ledger.name)
      if (openingUnbalanced(ctx, ledger)) at('opening', 'accountant', '期初余额不平衡', 1, 'ledger/opening', ledger.name, 'warning')
    }
    if (holds('reviewer')) at('toReview', 'reviewer', '待我审核的凭证', c.drafts - c.mineDrafts, 'ledger/vouchers/draft')
    if (holds('cashier'))
      at(
        'toSign',
        'cashier',
        '待出纳签字凭证',
        ledger.cashierSignRequired ? c.toSign : 0,
        'ledger/vouchers/unsigned',
        ledger.cashierSignRequired ? ledger.name : `${ledger.name}（本账套不要求出纳签字）`,
      )
  }
  return items
}

/** Claims by status that the user acts on, counted where their roles reach (unscoped, 账套 or union scope). */
function claimItems(ctx: HandlerContext): TodoItem[] {
  const user = ctx.user!
  const rows = ctx.core.sqlite
    .prepare(
      `SELECT c.ledger_id AS ledgerId, c.union_id AS unionId, c.status, c.created_by AS createdBy,
              (SELECT e.action FROM claim_events e WHERE e.claim_id = c.id ORDER BY e.at DESC, e.id DESC LIMIT 1) AS lastAction,
              count(*) AS n
       FROM claims c WHERE c.status <> 'paid' GROUP BY 1, 2, 3, 4, 5`,
    )
    .all() as { ledgerId: number; unionId: number | null; status: string; createdBy: number; lastAction: string | null; n: number }[]
  const sum = (role: Role, test: (r: (typeof rows)[number]) => boolean, roles: readonly Role[]) =>
    user.roles.includes(role) ? rows.filter((r) => test(r) && holdsClaimRole(user.assignments, r, roles)).reduce((s, r) => s + r.n, 0) : null
  const items: TodoItem[] = []
  const add = (key: string, role: Role, label: string, count: number | null, path: string) =>
    count !== null && items.push({ key, role, label, count, path, ledgerId: null, detail: null, level: 'info' })
  add(
    'claimDrafts',
    'clerk',
    '我的报账单草稿',
    sum('clerk', (r) => r.status === 'draft' && r.createdBy === user.id && r.lastAction !== 'return', CLAIM_STEP_ROLES.edit),
    'reimbursement/claims/draft',
  )
  add(
    'claimReturned',
    'clerk',
    '被退回的报账单',
    sum('clerk', (r) => r.status === 'draft' && r.lastAction === 'return', CLAIM_STEP_ROLES.edit),
    'reimbursement/claims/draft',
  )
  add(
    'claimApprove',
    'approver',
    '待我审批的报账单',
    sum('approver', (r) => r.status === 'submitted' && r.createdBy !== user.id, CLAIM_STEP_ROLES.approve),
    'reimbursement/claims/submitted',
  )
  add(
    'claimPay',
    'cashier',
    '待付款的报账单',
    sum('cashier', (r) => r.status === 'checked', CLAIM_STEP_ROLES.pay),
    'reimbursement/claims/checked',
  )
  return items
}

function adminFacts(ctx: HandlerContext) {
  const newest = listBackups(ctx.core.dataDir, ctx.core.options.migrationsFolder, undefined, timeZoneOf(ctx.core))[0]
  const now = dayjs(ctx.core.now())
  const backup = newest ? { name: newest.name, createdAt: newest.createdAt, ageDays: now.diff(dayjs(newest.createdAt), 'day') } : null
  const lockedUsers = ctx.core.sqlite
    .prepare('SELECT id, username, display_name AS displayName, locked_until AS lockedUntil FROM users WHERE locked_until > ? ORDER BY username')
    .all(now.toISOString()) as { id: number; username: string; displayName: string; lockedUntil: string }[]
  const items: TodoItem[] = [
    {
      key: 'backup',
      role: 'admin',
      label: backup ? `最近备份：${backup.ageDays === 0 ? '今天' : `${backup.ageDays} 天前`}` : '还没有备份',
      count: backup ? backup.ageDays : 0,
      path: 'system/backup',
      ledgerId: null,
      detail: backup?.name ?? '请立即备份',
      level: !backup || backup.ageDays > 1 ? 'warning' : 'info',
    },
    {
      key: 'locked',
      role: 'admin',
      label: '被锁定的用户',
      count: lockedUsers.length,
      path: 'system/users',
      ledgerId: null,
      detail: lockedUsers.map((u) => u.displayName).join('、') || null,
      level: lockedUsers.length ? 'warning' : 'info',
    },
  ]
  return { backup, lockedUsers, items }
}

export const homeHandlers: HandlerMap<'home.todo'> = {
  'home.todo': (ctx) => {
    const admin = ctx.user!.roles.includes('admin') ? adminFacts(ctx) : null
    return {
      items: [...(admin?.items ?? []), ...ledgerItems(ctx), ...claimItems(ctx)],
      backup: admin?.backup ?? null,
      lockedUsers: admin?.lockedUsers ?? [],
    }
  },
}
