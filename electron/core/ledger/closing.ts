import { and, eq } from 'drizzle-orm'
import { accounts, vouchers } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import type { FundNature, SpendType, VoucherOrigin } from '../../shared/ledger-terms'
import type { Core } from '../app'
import type { LedgerRecord } from './access'
import { CLOSING_TARGETS, closesToCarry } from './closing-matrix'
import type { LineInput } from './voucher-lines'
import { insertVoucher, voucherLabel } from './voucher-store'

export function accountIdByCode(core: Core, ledgerId: number, code: string): number {
  const row = core.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.ledgerId, ledgerId), eq(accounts.code, code)))
    .get()
  if (!row) throw new AppError('CONFLICT', `科目表缺少结转所需的科目 ${code}`)
  return row.id
}

/** Insert and post a system voucher (closing, year-end, reversal of a closing) in one go. */
export function postSystemVoucher(core: Core, ledger: LedgerRecord, v: { date: string; origin: VoucherOrigin; lines: LineInput[]; userId: number; reversalOf?: number }): string {
  const record = insertVoucher(core, { ...v, ledger, word: ledger.voucherWords[0], attachments: 0 })
  core.db.update(vouchers).set({ status: 'posted', postedBy: v.userId, postedAt: core.now().toISOString() }).where(eq(vouchers.id, record.id)).run()
  return voucherLabel(record)
}

interface Group {
  accountId: number
  code: string
  category: 'income' | 'expense'
  fundNature: FundNature | null
  spendType: SpendType | null
  projectId: number | null
  net: number
}

/**
 * 期末结转 (union-accounting reference §3.4, 基层 chart): income and expenditure go to 321 工会资金结转
 * (32103) when 专项 and to 322 工会资金结余 (32203) when 非专项; 401 会费收入 always goes to 322.
 * Returns the lines of the income voucher and of the expenditure voucher (either may be empty).
 */
export function closingLines(core: Core, ledger: LedgerRecord, period: number): { income: LineInput[]; expense: LineInput[] } {
  const groups = core.sqlite
    .prepare(
      `SELECT l.account_id AS accountId, a.code, a.category, l.fund_nature AS fundNature, l.spend_type AS spendType,
              l.project_id AS projectId, sum(l.debit - l.credit) AS net
       FROM voucher_lines l JOIN accounts a ON a.id = l.account_id
       WHERE l.ledger_id = ? AND l.posted = 1 AND l.period = ? AND a.category IN ('income', 'expense')
       GROUP BY l.account_id, l.fund_nature, l.spend_type, l.project_id
       HAVING net <> 0
       ORDER BY a.code`,
    )
    .all(ledger.id, period) as Group[]
  const carry = accountIdByCode(core, ledger.id, CLOSING_TARGETS.carry)
  const surplus = accountIdByCode(core, ledger.id, CLOSING_TARGETS.surplus)
  const targetOf = (g: Group) => (closesToCarry(g.code, g.fundNature) ? carry : surplus)
  const line = (summary: string, accountId: number, debit: number, credit: number, g?: Group): LineInput => ({
    summary,
    accountId,
    debit,
    credit,
    fundNature: g?.fundNature ?? null,
    spendType: g?.spendType ?? null,
    projectId: g?.projectId ?? null,
    counterpart: null,
  })
  const build = (category: Group['category'], summary: string): LineInput[] => {
    const own = groups.filter((g) => g.category === category)
    const totals = new Map<number, number>()
    for (const g of own) totals.set(targetOf(g), (totals.get(targetOf(g)) ?? 0) + g.net)
    const closeAccounts = own.map((g) => (category === 'income' ? line(summary, g.accountId, -g.net, 0, g) : line(summary, g.accountId, 0, g.net, g)))
    // 321 before 322, as the books list them.
    const targets = [carry, surplus]
      .map((id) => [id, totals.get(id) ?? 0] as const)
      .filter(([, net]) => net !== 0)
      .map(([id, net]) => (category === 'income' ? line(summary, id, 0, -net) : line(summary, id, net, 0)))
    return category === 'income' ? [...closeAccounts, ...targets] : [...targets, ...closeAccounts]
  }
  return { income: build('income', '结转本期收入'), expense: build('expense', '结转本期支出') }
}
