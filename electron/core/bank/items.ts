import { and, eq, inArray } from 'drizzle-orm'
import { bankBookOpenings, bankLineMatches, bankMatchGroups, bankStatementRows } from '../../../drizzle/schema'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import type { BookItem, StatementItem } from '../../shared/contract/bank'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import type { Core } from '../app'
import type { HandlerContext, HandlerMap } from '../api/types'
import type { LedgerRecord } from '../ledger/access'
import { bankAccountFor, type BankAccountRecord } from './accounts'
import { autoMatch, type MatchItem } from './matching'

/** Statement rows of the account up to a day (all when omitted), oldest first. */
export function statementItems(core: Core, bankId: number, through = '9999-12-31'): StatementItem[] {
  return core.sqlite
    .prepare(
      `SELECT id, date, summary, money_in AS moneyIn, money_out AS moneyOut, balance, counter_name AS counterName, serial, opening, group_id AS groupId
       FROM bank_statement_rows WHERE bank_account_id = ? AND date <= ? ORDER BY date, id`,
    )
    .all(bankId, through)
    .map((r) => ({ ...(r as StatementItem), opening: Boolean((r as { opening: number }).opening) }))
}

/** The account's book side: posted lines of its 102 leaf and the book-side 期初未达账项. */
export function bookItems(core: Core, bank: BankAccountRecord, ledger: LedgerRecord, through = '9999-12-31'): BookItem[] {
  const lines = core.sqlite
    .prepare(
      `SELECT 'line' AS kind, l.id, v.date, l.summary, v.word || '-' || v.number AS voucher, l.debit, l.credit, m.group_id AS groupId
       FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       LEFT JOIN bank_line_matches m ON m.voucher_line_id = l.id
       WHERE l.ledger_id = ? AND l.account_id = ? AND l.posted = 1 AND v.date <= ?
       ORDER BY v.date, v.word, v.number, l.line_no`,
    )
    .all(ledger.id, bank.accountId, through) as BookItem[]
  const openings = core.db
    .select()
    .from(bankBookOpenings)
    .where(eq(bankBookOpenings.bankAccountId, bank.id))
    .all()
    .filter((o) => o.date <= through)
    .map((o) => ({ kind: 'opening' as const, id: o.id, date: o.date, summary: `期初未达：${o.summary}`, voucher: null, debit: o.debit, credit: o.credit, groupId: o.groupId }))
  return [...openings, ...lines]
}

const statementKey = (s: StatementItem): MatchItem => ({
  key: `s${s.id}`,
  date: s.date,
  amount: s.moneyIn || s.moneyOut,
  dir: s.moneyIn ? 'in' : 'out',
  ref: s.serial,
  text: s.summary,
  anyDate: s.opening,
})
const bookKey = (b: BookItem): MatchItem => ({
  key: `${b.kind === 'line' ? 'l' : 'o'}${b.id}`,
  date: b.date,
  amount: b.debit || b.credit,
  dir: b.debit ? 'in' : 'out',
  ref: null,
  text: `${b.summary} ${b.voucher ?? ''}`,
  anyDate: b.kind === 'opening',
})

function newGroup(ctx: HandlerContext, bankId: number, mode: 'auto' | 'manual'): number {
  return ctx.core.db
    .insert(bankMatchGroups)
    .values({ bankAccountId: bankId, mode, createdBy: ctx.user!.id, createdAt: ctx.core.now().toISOString() })
    .returning({ id: bankMatchGroups.id })
    .get().id
}

function link(ctx: HandlerContext, groupId: number, statementIds: number[], lineIds: number[], openingIds: number[]): void {
  const db = ctx.core.db
  if (statementIds.length) db.update(bankStatementRows).set({ groupId }).where(inArray(bankStatementRows.id, statementIds)).run()
  if (openingIds.length) db.update(bankBookOpenings).set({ groupId }).where(inArray(bankBookOpenings.id, openingIds)).run()
  for (const voucherLineId of lineIds) db.insert(bankLineMatches).values({ voucherLineId, groupId }).run()
}

/** Match what is still open on both sides; run after each statement import and on demand. */
export function runAutoMatch(ctx: HandlerContext, bank: BankAccountRecord, ledger: LedgerRecord, windowDays: number) {
  const statement = statementItems(ctx.core, bank.id).filter((s) => s.groupId === null)
  const book = bookItems(ctx.core, bank, ledger).filter((b) => b.groupId === null)
  const { groups, ambiguous } = autoMatch(statement.map(statementKey), book.map(bookKey), windowDays)
  const ids = (keys: string[], prefix: string) => keys.filter((k) => k[0] === prefix).map((k) => Number(k.slice(1)))
  for (const g of groups) {
    link(ctx, newGroup(ctx, bank.id, 'auto'), ids(g.statement, 's'), ids(g.book, 'l'), ids(g.book, 'o'))
  }
  return { matched: groups.length, ambiguous }
}

export const bankItemHandlers: HandlerMap<'bank.items' | 'bank.autoMatch' | 'bank.match' | 'bank.unmatch' | 'bank.addOpening'> = {
  /**
   * The two lists of the 对账 screen for a month: everything through its end that is still open,
   * and what was matched with an item of that month.
   */
  'bank.items': (ctx, input) => {
    const { bank, ledger } = bankAccountFor(ctx, input.bankAccountId, LEDGER_READERS)
    const end = `${input.period}-31`
    const inMonth = (d: string) => d.startsWith(input.period)
    const statement = statementItems(ctx.core, bank.id, end)
    const book = bookItems(ctx.core, bank, ledger, end)
    const shown = new Set([...statement, ...book].filter((i) => i.groupId !== null && inMonth(i.date)).map((i) => i.groupId))
    const keep = <T extends { groupId: number | null }>(i: T) => i.groupId === null || shown.has(i.groupId)
    return { statement: statement.filter(keep), book: book.filter(keep) }
  },

  'bank.autoMatch': (ctx, input) => {
    const { bank, ledger } = bankAccountFor(ctx, input.bankAccountId)
    const result = runAutoMatch(ctx, bank, ledger, input.windowDays)
    ctx.audit.targets = [`bank-account:${bank.id}`]
    ctx.audit.summary = `自动对账：勾对 ${result.matched} 组，${result.ambiguous} 笔金额相同无法自动确定`
    return result
  },

  /** Manual match: the chosen rows must be open, of this account, and equal in total and direction. */
  'bank.match': (ctx, input) => {
    const { bank, ledger } = bankAccountFor(ctx, input.bankAccountId)
    const statement = statementItems(ctx.core, bank.id).filter((s) => input.statementIds.includes(s.id))
    const book = bookItems(ctx.core, bank, ledger).filter((b) => (b.kind === 'line' ? input.lineIds.includes(b.id) : input.openingIds.includes(b.id)))
    if (statement.length !== input.statementIds.length || book.length !== input.lineIds.length + input.openingIds.length) {
      throw new AppError('NOT_FOUND', '所选记录不属于该银行账户（日记账只能选已记账的凭证行）')
    }
    if ([...statement, ...book].some((i) => i.groupId !== null)) throw new AppError('CONFLICT', '所选记录中有已勾对的，请先取消原来的勾对')
    const bankNet = statement.reduce((n, s) => n + s.moneyIn - s.moneyOut, 0)
    const bookNet = book.reduce((n, b) => n + b.debit - b.credit, 0)
    if (bankNet !== bookNet) {
      throw new AppError('VALIDATION', `金额不符：对账单合计 ${formatFen(bankNet)}，日记账合计 ${formatFen(bookNet)}（收入为正、支出为负）`, {
        fields: { statementIds: '合计不等' },
      })
    }
    const groupId = newGroup(ctx, bank.id, 'manual')
    link(ctx, groupId, input.statementIds, input.lineIds, input.openingIds)
    ctx.audit.targets = [`bank-account:${bank.id}`]
    ctx.audit.summary = `手工勾对 ${statement.length} 笔对账单与 ${book.length} 笔日记账，金额 ${formatFen(bankNet)}`
    return { groupId }
  },

  'bank.unmatch': (ctx, input) => {
    const { bank } = bankAccountFor(ctx, input.bankAccountId)
    const group = ctx.core.db
      .select()
      .from(bankMatchGroups)
      .where(and(eq(bankMatchGroups.id, input.groupId), eq(bankMatchGroups.bankAccountId, bank.id)))
      .get()
    if (!group) throw new AppError('NOT_FOUND', '该勾对记录不存在')
    const db = ctx.core.db
    db.update(bankStatementRows).set({ groupId: null }).where(eq(bankStatementRows.groupId, group.id)).run()
    db.update(bankBookOpenings).set({ groupId: null }).where(eq(bankBookOpenings.groupId, group.id)).run()
    db.delete(bankLineMatches).where(eq(bankLineMatches.groupId, group.id)).run()
    db.delete(bankMatchGroups).where(eq(bankMatchGroups.id, group.id)).run()
    ctx.audit.targets = [`bank-account:${bank.id}`]
    ctx.audit.summary = `取消勾对（第 ${group.id} 组）`
    return { ok: true as const }
  },

  /** 期初未达账项 belong to the time before the 账套's first month. */
  'bank.addOpening': (ctx, input) => {
    const { bank, ledger } = bankAccountFor(ctx, input.bankAccountId)
    const start = `${String(ledger.startPeriod).slice(0, 4)}-${String(ledger.startPeriod).slice(4)}-01`
    if (input.date >= start) throw new AppError('VALIDATION', `期初未达账项的日期须早于账套启用期间（${start}）`, { fields: { date: '须早于启用期间' } })
    const [inn, out] = input.direction === 'in' ? [input.amount, 0] : [0, input.amount]
    const id =
      input.side === 'bank'
        ? ctx.core.db
            .insert(bankStatementRows)
            .values({ bankAccountId: bank.id, date: input.date, summary: input.summary, moneyIn: inn, moneyOut: out, opening: true, importedAt: ctx.core.now().toISOString() })
            .returning({ id: bankStatementRows.id })
            .get().id
        : ctx.core.db
            .insert(bankBookOpenings)
            .values({ bankAccountId: bank.id, date: input.date, summary: input.summary, debit: inn, credit: out })
            .returning({ id: bankBookOpenings.id })
            .get().id
    ctx.audit.targets = [`bank-account:${bank.id}`]
    ctx.audit.summary = `期初未达账项（${input.side === 'bank' ? '银行已记单位未记' : '单位已记银行未记'}）${input.summary} ${formatFen(input.amount)}`
    return { id }
  },
}
