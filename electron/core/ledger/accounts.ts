import { and, eq, sql } from 'drizzle-orm'
import { accounts, openingBalances, projects, voucherLines } from '../../../drizzle/schema'
import type { AccountRow } from '../../shared/contract/ledgers'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import { needsSpendType, type AccountCategory, type Side } from '../../shared/ledger-terms'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { Core } from '../app'
import { cached } from '../db/cached'
import { ledgerFor } from './access'
import { levelOf, mnemonicOf } from './account-codes'

export type AccountRecord = typeof accounts.$inferSelect

/**
 * The chart with the facts the UI and the voucher rules need, in code order. Reports pass
 * `postings: false`: whether an account was ever used is a question for the chart screen only.
 */
export function chartOf(core: Core, ledgerId: number, { postings = true } = {}): AccountRow[] {
  return accountRows(
    cached(core.sqlite, `SELECT ${CHART_COLUMNS}, ${postings ? POSTINGS_SQL : '0'} AS hasPostings FROM accounts a WHERE a.ledger_id = ? ORDER BY a.code`).all(
      ledgerId,
    ) as ChartQueryRow[],
  )
}

const CHART_COLUMNS = `a.id, a.code, a.name, a.parent_code AS parentCode, a.level, a.category, a.normal_side AS normalSide, a.enabled, a.official, a.mnemonic`

type ChartQueryRow = Omit<AccountRow, 'fullName' | 'isLeaf' | 'hasPostings' | 'needsFundNature' | 'needsSpendType' | 'enabled' | 'official'> & {
  enabled: number
  official: number
  hasPostings: number
}

/** One 账套's accounts in code order, with the facts derived from the whole chart (全称, leaf or not). */
function accountRows(rows: ChartQueryRow[]): AccountRow[] {
  const names = new Map(rows.map((r) => [r.code, r.name]))
  const parents = new Set(rows.map((r) => r.parentCode))
  return rows.map((a) => {
    const lineage: string[] = []
    for (let code = a.code; code.length >= 3; code = code.slice(0, -2)) lineage.unshift(names.get(code) ?? code)
    return {
      id: a.id,
      code: a.code,
      name: a.name,
      fullName: lineage.join('-'),
      parentCode: a.parentCode,
      level: a.level,
      category: a.category as AccountCategory,
      normalSide: a.normalSide as Side,
      enabled: Boolean(a.enabled),
      official: Boolean(a.official),
      mnemonic: a.mnemonic,
      isLeaf: !parents.has(a.code),
      hasPostings: Boolean(a.hasPostings),
      needsFundNature: a.category === 'income' || a.category === 'expense',
      needsSpendType: needsSpendType(a.category, a.code),
    }
  })
}

/** Whether an account was ever used: a line on it, or a non-zero opening balance. */
const POSTINGS_SQL = `(EXISTS (SELECT 1 FROM voucher_lines l WHERE l.account_id = a.id)
  OR EXISTS (SELECT 1 FROM opening_balances o WHERE o.account_id = a.id AND (o.debit <> 0 OR o.credit <> 0)))`

function accountFor(ctx: HandlerContext, id: number): AccountRecord {
  const account = ctx.core.db.select().from(accounts).where(eq(accounts.id, id)).get()
  if (!account) throw new AppError('NOT_FOUND', `科目（编号 ${id}）不存在`)
  ledgerFor(ctx, account.ledgerId, LEDGER_KEEPERS)
  return account
}

function hasPostings(core: Core, accountId: number): boolean {
  const line = core.db.select({ id: voucherLines.id }).from(voucherLines).where(eq(voucherLines.accountId, accountId)).limit(1).get()
  const opening = core.db
    .select({ id: openingBalances.accountId })
    .from(openingBalances)
    .where(and(eq(openingBalances.accountId, accountId), sql`(${openingBalances.debit} <> 0 OR ${openingBalances.credit} <> 0)`))
    .get()
  return Boolean(line || opening)
}

const label = (a: AccountRecord) => `${a.code} ${a.name}`

export const accountsHandlers: HandlerMap<'accounts.list' | 'accounts.create' | 'accounts.update' | 'accounts.delete' | 'projects.list' | 'projects.save'> = {
  'accounts.list': (ctx, input) => {
    ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    return chartOf(ctx.core, input.ledgerId)
  },

  'accounts.create': (ctx, input) => {
    ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    const parent = ctx.core.db
      .select()
      .from(accounts)
      .where(and(eq(accounts.ledgerId, input.ledgerId), eq(accounts.code, input.parentCode)))
      .get()
    if (!parent) throw new AppError('NOT_FOUND', `上级科目 ${input.parentCode} 不存在`)
    if (input.code.length !== parent.code.length + 2 || !input.code.startsWith(parent.code)) {
      throw new AppError('VALIDATION', `明细科目编码应为上级编码 ${parent.code} 加 2 位数字，例如 ${parent.code}01`, {
        fields: { code: '应为上级编码加 2 位' },
      })
    }
    if (hasPostings(ctx.core, parent.id)) {
      throw new AppError('CONFLICT', `科目 ${label(parent)} 已有发生额或期初余额，不能再增加下级科目`)
    }
    const taken = ctx.core.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.ledgerId, input.ledgerId), eq(accounts.code, input.code)))
      .get()
    if (taken) throw new AppError('CONFLICT', `科目编码 ${input.code} 已存在`, { fields: { code: '已存在' } })
    const { id } = ctx.core.db
      .insert(accounts)
      .values({
        ledgerId: input.ledgerId,
        code: input.code,
        name: input.name,
        parentCode: parent.code,
        level: levelOf(input.code),
        category: parent.category,
        normalSide: parent.normalSide,
        enabled: true,
        official: false,
        mnemonic: mnemonicOf(input.name),
      })
      .returning({ id: accounts.id })
      .get()
    ctx.audit.targets = [`ledger:${input.ledgerId}`, `account:${id}`]
    ctx.audit.summary = `新增明细科目 ${input.code} ${input.name}`
    return { id }
  },

  'accounts.update': (ctx, input) => {
    const account = accountFor(ctx, input.id)
    if (account.official && input.name !== account.name) {
      throw new AppError('CONFLICT', `${label(account)} 是《工会会计制度》规定的科目，不能改名`)
    }
    ctx.core.db
      .update(accounts)
      .set({ name: input.name, enabled: input.enabled, mnemonic: mnemonicOf(input.name) })
      .where(eq(accounts.id, account.id))
      .run()
    ctx.audit.targets = [`ledger:${account.ledgerId}`, `account:${account.id}`]
    ctx.audit.summary = `修改科目 ${account.code}：${input.name}，${input.enabled ? '启用' : '停用'}`
    return { ok: true }
  },

  'accounts.delete': (ctx, input) => {
    const account = accountFor(ctx, input.id)
    if (account.official) throw new AppError('CONFLICT', `${label(account)} 是《工会会计制度》规定的科目，不能删除，可停用`)
    const child = ctx.core.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.ledgerId, account.ledgerId), eq(accounts.parentCode, account.code)))
      .get()
    if (child) throw new AppError('CONFLICT', `${label(account)} 下还有明细科目，不能删除`)
    if (hasPostings(ctx.core, account.id)) throw new AppError('CONFLICT', `${label(account)} 已有凭证或期初余额，不能删除，可停用`)
    ctx.core.db.delete(openingBalances).where(eq(openingBalances.accountId, account.id)).run()
    ctx.core.db.delete(accounts).where(eq(accounts.id, account.id)).run()
    ctx.audit.targets = [`ledger:${account.ledgerId}`, `account:${account.id}`]
    ctx.audit.summary = `删除科目 ${label(account)}`
    return { ok: true }
  },

  'projects.list': (ctx, input) => {
    ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
    return ctx.core.db
      .select({ id: projects.id, code: projects.code, name: projects.name, enabled: projects.enabled })
      .from(projects)
      .where(eq(projects.ledgerId, input.ledgerId))
      .orderBy(projects.code)
      .all()
  },

  'projects.save': (ctx, input) => {
    ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    const clash = ctx.core.db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.ledgerId, input.ledgerId), eq(projects.code, input.code)))
      .get()
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `项目编码“${input.code}”已被使用`, { fields: { code: '已被使用' } })
    let id = input.id
    if (id) {
      const found = ctx.core.db
        .update(projects)
        .set({ code: input.code, name: input.name, enabled: input.enabled })
        .where(and(eq(projects.id, id), eq(projects.ledgerId, input.ledgerId)))
        .run()
      if (found.changes === 0) throw new AppError('NOT_FOUND', '项目不存在')
    } else {
      id = ctx.core.db.insert(projects).values({ ledgerId: input.ledgerId, code: input.code, name: input.name, enabled: input.enabled }).returning({ id: projects.id }).get().id
    }
    ctx.audit.targets = [`ledger:${input.ledgerId}`, `project:${id}`]
    ctx.audit.summary = `保存项目 ${input.code} ${input.name}`
    return { id }
  },
}
