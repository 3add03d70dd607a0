import { eq } from 'drizzle-orm'
import { bankAccounts, bankStatementRows } from '../../../drizzle/schema'
import { periodText } from '../../shared/ledger-terms'
import { AppError } from '../../shared/errors'
import { prepared } from '../api/types'
import type { Cell } from '../excel/sheet'
import { RowProblems } from '../excel/problems'
import { bankAccountFor, mappingNamed } from './accounts'
import { runAutoMatch } from './items'
import { parseStatement, sameAccountNumber, statementGrid, type StatementLine } from './statement-file'

/** A row is the same transaction when its 流水号 is, or (without one) its date, amounts and balance are. */
const keysOf = (r: { serial: string | null; date: string; moneyIn: number; moneyOut: number; balance: number | null }) =>
  r.serial ? [`#${r.serial}`] : [`${r.date}|${r.moneyIn}|${r.moneyOut}|${r.balance ?? ''}`]

/**
 * 导入对账单: the whole file is checked first (columns, dates, amounts, the account it belongs to) and
 * nothing is written unless every row is good; rows already imported are skipped; the running balance
 * is checked row by row (a break is reported, the rows still import — the file is what the bank sent);
 * then 自动对账 runs.
 */
export const importStatement = prepared<'bank.importStatement', Cell[][]>(
  (_ctx, input) => statementGrid(input.fileName, Buffer.from(input.content, 'base64')),
  (ctx, input, grid) => {
    const { bank, ledger } = bankAccountFor(ctx, input.bankAccountId)
    const mappingName = input.mapping || bank.mappingName
    const { lines, ownNumbers } = parseStatement(grid, mappingName ? mappingNamed(ctx.core, mappingName) : null)
    const foreign = ownNumbers.find((n) => !sameAccountNumber(n, bank.number))
    if (foreign) {
      throw new AppError('VALIDATION', `对账单的账号 ${foreign} 与所选银行账户（${bank.bankName} ${bank.number}）不符，未导入任何行`, {
        fields: { 账号: `对账单账号 ${foreign}` },
      })
    }
    const start = `${periodText(ledger.startPeriod)}-01`
    const problems = new RowProblems()
    for (const l of lines) {
      if (l.date < start) problems.add(l.rowNumber, `交易日期 ${l.date} 早于账套启用期间，启用前的未达账项请录入“期初未达账项”`)
    }
    problems.throwIfAny('对账单行')
    // Banks list newest first as often as oldest first; the balance runs in time order.
    const ordered: StatementLine[] = lines[0].date > lines.at(-1)!.date ? [...lines].reverse() : lines
    const stored = ctx.core.sqlite
      .prepare(`SELECT serial, date, money_in AS moneyIn, money_out AS moneyOut, balance FROM bank_statement_rows WHERE bank_account_id = ? AND opening = 0 ORDER BY date, id`)
      .all(bank.id) as { serial: string | null; date: string; moneyIn: number; moneyOut: number; balance: number | null }[]
    const seen = new Set(stored.flatMap(keysOf))
    let previous: number | null = bank.openingBalance
    for (const r of stored.filter((s) => s.date < ordered[0].date)) previous = r.balance ?? previous + r.moneyIn - r.moneyOut
    const balanceBreaks: { row: number; expected: number; actual: number }[] = []
    const fresh: StatementLine[] = []
    for (const l of ordered) {
      const expected: number = previous + l.moneyIn - l.moneyOut
      if (l.balance !== null && l.balance !== expected) balanceBreaks.push({ row: l.rowNumber, expected, actual: l.balance })
      previous = l.balance ?? expected
      const keys = keysOf(l)
      if (keys.some((k) => seen.has(k))) continue
      keys.forEach((k) => seen.add(k))
      fresh.push(l)
    }
    const now = ctx.core.now().toISOString()
    for (const l of fresh) {
      const { rowNumber, ...row } = l
      ctx.core.db
        .insert(bankStatementRows)
        .values({ ...row, bankAccountId: bank.id, fileName: input.fileName, rowNumber, importedAt: now })
        .run()
    }
    if (input.mapping) ctx.core.db.update(bankAccounts).set({ mappingName: input.mapping }).where(eq(bankAccounts.id, bank.id)).run()
    const { matched } = runAutoMatch(ctx, bank, ledger, input.windowDays)
    ctx.audit.targets = [`bank-account:${bank.id}`]
    ctx.audit.summary = `从 ${input.fileName} 导入对账单 ${fresh.length} 行（跳过已导入 ${lines.length - fresh.length} 行），自动勾对 ${matched} 组${
      balanceBreaks.length ? `，余额不连续 ${balanceBreaks.length} 处（第 ${balanceBreaks.map((b) => b.row).join('、')} 行）` : ''
    }`
    return {
      imported: fresh.length,
      skipped: lines.length - fresh.length,
      first: fresh[0]?.date ?? null,
      last: fresh.at(-1)?.date ?? null,
      balanceBreaks,
      matched,
    }
  },
)
