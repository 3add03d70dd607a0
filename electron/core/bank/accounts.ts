import { and, eq } from 'drizzle-orm'
import { bankAccounts, bankMappings } from '../../../drizzle/schema'
import { BANK_KEEPERS, type StatementField } from '../../shared/contract/bank'
import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import { AppError } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { Core } from '../app'
import type { HandlerContext, HandlerMap } from '../api/types'
import { ledgerFor, type LedgerRecord } from '../ledger/access'
import { chartOf } from '../ledger/accounts'
import { accountOf, bookRows, pageOf } from '../reports/books'
import { parsePeriodText } from '../../shared/ledger-terms'

export type BankAccountRecord = typeof bankAccounts.$inferSelect

/** The bank account and its 账套, after checking the caller holds one of the roles there. */
export function bankAccountFor(ctx: HandlerContext, id: number, roles: readonly Role[] = BANK_KEEPERS): { bank: BankAccountRecord; ledger: LedgerRecord } {
  const bank = ctx.core.db.select().from(bankAccounts).where(eq(bankAccounts.id, id)).get()
  if (!bank) throw new AppError('NOT_FOUND', `银行账户（编号 ${id}）不存在`)
  return { bank, ledger: ledgerFor(ctx, bank.ledgerId, roles) }
}

export function bankAccountRows(core: Core, ledgerId: number) {
  const chart = new Map(chartOf(core, ledgerId, { postings: false }).map((a) => [a.id, a]))
  const stats = core.sqlite.prepare(`SELECT count(*) AS n, max(date) AS lastDate FROM bank_statement_rows WHERE bank_account_id = ? AND opening = 0`)
  return core.db
    .select()
    .from(bankAccounts)
    .where(eq(bankAccounts.ledgerId, ledgerId))
    .all()
    .map((b) => {
      const s = stats.get(b.id) as { n: number; lastDate: string | null }
      const account = chart.get(b.accountId)!
      return {
        id: b.id,
        ledgerId: b.ledgerId,
        accountId: b.accountId,
        accountCode: account.code,
        accountName: account.fullName,
        bankName: b.bankName,
        number: b.number,
        openingBalance: b.openingBalance,
        mappingName: b.mappingName,
        statementRows: s.n,
        lastDate: s.lastDate,
      }
    })
    .sort((a, b) => a.accountCode.localeCompare(b.accountCode))
}

/** A saved mapping by name, as field → header text. */
export function mappingNamed(core: Core, name: string): Partial<Record<StatementField, string>> {
  const row = core.db.select().from(bankMappings).where(eq(bankMappings.name, name)).get()
  if (!row) throw new AppError('NOT_FOUND', `没有名为“${name}”的对账单列对应，请先在银行对账中保存`, { fields: { mapping: '不存在' } })
  return row.columns
}

export const bankAccountHandlers: HandlerMap<'bank.accounts' | 'bank.saveAccount' | 'bank.mappings' | 'bank.saveMapping' | 'bank.deleteAccount' | 'bank.journal'> = {
  'bank.accounts': (ctx, input) => bankAccountRows(ctx.core, ledgerFor(ctx, input.ledgerId, LEDGER_READERS).id),

  /** One bank account per 102 leaf: the leaf's lines are that account's 银行日记账. */
  'bank.saveAccount': (ctx, input) => {
    const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_KEEPERS)
    const account = chartOf(ctx.core, ledger.id, { postings: false }).find((a) => a.code === input.accountCode)
    if (!account || !account.code.startsWith('102')) {
      throw new AppError('VALIDATION', `科目“${input.accountCode}”不是本账套 102 银行存款下的科目`, { fields: { accountCode: '须为 102 银行存款或其明细' } })
    }
    if (!account.isLeaf) throw new AppError('VALIDATION', `科目 ${account.code} 有下级科目，请选择明细科目`, { fields: { accountCode: '须为末级科目' } })
    const taken = ctx.core.db
      .select({ id: bankAccounts.id })
      .from(bankAccounts)
      .where(and(eq(bankAccounts.ledgerId, ledger.id), eq(bankAccounts.accountId, account.id)))
      .get()
    if (taken && taken.id !== input.id) {
      throw new AppError('CONFLICT', `科目 ${account.code} 已关联另一个银行账户`, { fields: { accountCode: '已被关联' } })
    }
    const values = { accountId: account.id, bankName: input.bankName, number: input.number.replace(/[\s-]/g, ''), openingBalance: input.openingBalance }
    let id = input.id
    if (id) {
      const { bank } = bankAccountFor(ctx, id, LEDGER_KEEPERS)
      if (bank.ledgerId !== ledger.id) throw new AppError('NOT_FOUND', '银行账户不属于本账套')
      ctx.core.db.update(bankAccounts).set(values).where(eq(bankAccounts.id, id)).run()
    } else {
      id = ctx.core.db
        .insert(bankAccounts)
        .values({ ...values, ledgerId: ledger.id, createdAt: ctx.core.now().toISOString() })
        .returning({ id: bankAccounts.id })
        .get().id
    }
    ctx.audit.targets = [`ledger:${ledger.id}`, `bank-account:${id}`]
    ctx.audit.summary = `银行账户 ${input.bankName} ${values.number}（${account.code} ${account.fullName}）`
    return { id }
  },

  'bank.mappings': (ctx) => ctx.core.db.select({ name: bankMappings.name, columns: bankMappings.columns }).from(bankMappings).orderBy(bankMappings.name).all(),

  'bank.saveMapping': (ctx, input) => {
    const columns = Object.fromEntries(Object.entries(input.columns).filter(([, header]) => header))
    if (!columns.date || !(columns.amount || columns.moneyIn || columns.moneyOut)) {
      throw new AppError('VALIDATION', '列对应至少要指定交易日期，以及收入/支出金额或一个金额列', { fields: { columns: '缺少交易日期或金额' } })
    }
    const now = ctx.core.now().toISOString()
    ctx.core.db
      .insert(bankMappings)
      .values({ name: input.name, columns, updatedAt: now })
      .onConflictDoUpdate({ target: bankMappings.name, set: { columns, updatedAt: now } })
      .run()
    ctx.audit.summary = `对账单列对应“${input.name}”`
    return { ok: true as const }
  },

  /** Only an account set up by mistake goes: once statements, 期初未达账项 or matches hang on it, it stays. */
  'bank.deleteAccount': (ctx, input) => {
    const { bank, ledger } = bankAccountFor(ctx, input.bankAccountId, LEDGER_KEEPERS)
    const count = (sql: string) => (ctx.core.sqlite.prepare(sql).get(bank.id) as { n: number }).n
    const rows = count('SELECT count(*) AS n FROM bank_statement_rows WHERE bank_account_id = ? AND opening = 0')
    const openings =
      count('SELECT count(*) AS n FROM bank_statement_rows WHERE bank_account_id = ? AND opening = 1') +
      count('SELECT count(*) AS n FROM bank_book_openings WHERE bank_account_id = ?')
    const groups = count('SELECT count(*) AS n FROM bank_match_groups WHERE bank_account_id = ?')
    const held = [rows && `${rows} 行对账单`, openings && `${openings} 笔期初未达账项`, groups && `${groups} 组对账记录`].filter(Boolean)
    if (held.length) {
      throw new AppError('CONFLICT', `银行账户 ${bank.bankName} ${bank.number} 已有${held.join('、')}，不能删除（对账记录须保留备查）`, {
        fields: { bankAccountId: '已有对账数据' },
      })
    }
    ctx.core.db.delete(bankAccounts).where(eq(bankAccounts.id, bank.id)).run()
    ctx.audit.targets = [`ledger:${ledger.id}`, `bank-account:${bank.id}`]
    ctx.audit.summary = `删除银行账户 ${bank.bankName} ${bank.number}`
    return { ok: true as const }
  },

  /** The account's 银行日记账: the bank-journal book of its linked 102 leaf. */
  'bank.journal': (ctx, input) => {
    const { bank, ledger } = bankAccountFor(ctx, input.bankAccountId, LEDGER_READERS)
    const bankAccount = bankAccountRows(ctx.core, ledger.id).find((b) => b.id === bank.id)!
    const book = bookRows(ctx.core, ledger, bankAccount.accountCode, parsePeriodText(input.from), parsePeriodText(input.to), true)
    return { bankAccount, orgName: ledger.orgName, account: accountOf(ctx.core, ledger, bankAccount.accountCode).account, ...pageOf(book, input.page, input.pageSize) }
  },
}
