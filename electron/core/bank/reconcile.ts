import dayjs from 'dayjs'
import type { BookItem, Reconciliation, StatementItem } from '../../shared/contract/bank'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { parsePeriodText } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import { prepared, type HandlerContext, type HandlerFn } from '../api/types'
import { printableWorkbook, SIGNATURES, type PrintSheet } from '../excel/printable'
import { todayOf } from '../system/time'
import { bankAccountFor, bankAccountRows } from './accounts'
import { bookItems, statementItems } from './items'

type Pending = Reconciliation['bookInNotBank'][number]

/**
 * 银行存款余额调节表 at a month end. An item is 未达 at the end when it is dated by then and nothing on
 * the other side dated by then reconciles it (unmatched, or matched with something later).
 */
export function reconcile(ctx: HandlerContext, bankAccountId: number, period: string, staleDays: number): Reconciliation {
  const { bank, ledger } = bankAccountFor(ctx, bankAccountId, LEDGER_READERS)
  const end = dayjs(`${period}-01`).endOf('month').format('YYYY-MM-DD')
  const statement = statementItems(ctx.core, bank.id)
  const book = bookItems(ctx.core, bank, ledger)
  const firstDate = (items: { date: string; groupId: number | null }[]) => {
    const m = new Map<number, string>()
    for (const i of items) if (i.groupId !== null && !(m.get(i.groupId)! <= i.date)) m.set(i.groupId, i.date)
    return m
  }
  const bankSideDate = firstDate(statement)
  const bookSideDate = firstDate(book)
  const open = (i: { date: string; groupId: number | null }, other: Map<number, string>) => i.date <= end && (i.groupId === null || !(other.get(i.groupId)! <= end))
  const days = (date: string) => dayjs(end).diff(dayjs(date), 'day')
  const fromBook = (b: BookItem): Pending => ({ date: b.date, summary: b.summary, amount: b.debit || b.credit, days: days(b.date), voucher: b.voucher })
  const fromBank = (s: StatementItem): Pending => ({ date: s.date, summary: s.summary || s.counterName || '', amount: s.moneyIn || s.moneyOut, days: days(s.date), voucher: null })
  const bookOpen = book.filter((b) => open(b, bankSideDate))
  const bankOpen = statement.filter((s) => open(s, bookSideDate))
  const bookInNotBank = bookOpen.filter((b) => b.debit).map(fromBook)
  const bookOutNotBank = bookOpen.filter((b) => b.credit).map(fromBook)
  const bankInNotBook = bankOpen.filter((s) => s.moneyIn).map(fromBank)
  const bankOutNotBook = bankOpen.filter((s) => s.moneyOut).map(fromBank)
  let bankBalance = bank.openingBalance
  for (const s of statement) if (!s.opening && s.date <= end) bankBalance = s.balance ?? bankBalance + s.moneyIn - s.moneyOut
  const bookBalance = (
    ctx.core.sqlite
      .prepare(
        `SELECT coalesce((SELECT sum(debit - credit) FROM opening_balances WHERE ledger_id = ? AND year = ? AND account_id = ?), 0)
              + coalesce((SELECT sum(debit - credit) FROM voucher_lines WHERE ledger_id = ? AND posted = 1 AND period <= ? AND account_id = ?), 0) AS b`,
      )
      .get(ledger.id, Math.floor(ledger.startPeriod / 100), bank.accountId, ledger.id, parsePeriodText(period), bank.accountId) as { b: number }
  ).b
  const sum = (list: Pending[]) => list.reduce((n, p) => n + p.amount, 0)
  const adjustedBank = bankBalance + sum(bookInNotBank) - sum(bookOutNotBank)
  const adjustedBook = bookBalance + sum(bankInNotBook) - sum(bankOutNotBook)
  const tagged = (side: string, list: Pending[]) => list.filter((p) => p.days > staleDays).map((p) => ({ ...p, side }))
  return {
    bankAccount: bankAccountRows(ctx.core, ledger.id).find((b) => b.id === bank.id)!,
    period,
    endDate: end,
    bankBalance,
    bookBalance,
    bookInNotBank,
    bookOutNotBank,
    bankInNotBook,
    bankOutNotBook,
    adjustedBank,
    adjustedBook,
    balanced: adjustedBank === adjustedBook,
    staleDays,
    stale: [
      ...tagged('企业已收银行未收', bookInNotBank),
      ...tagged('企业已付银行未付', bookOutNotBank),
      ...tagged('银行已收企业未收', bankInNotBook),
      ...tagged('银行已付企业未付', bankOutNotBook),
    ],
  }
}

/** The standard two-sided layout, then every 未达账项 with its age. */
export function reconciliationSheets(r: Reconciliation): PrintSheet[] {
  const total = (l: Pending[]) => l.reduce((n, p) => n + p.amount, 0)
  const info = `${r.bankAccount.bankName} ${r.bankAccount.number}（${r.bankAccount.accountCode}）  ${r.period}  单位：元`
  const detail = (side: string, list: Pending[]) => list.map((p) => [side, p.date, p.summary, p.voucher ?? '', p.amount, p.days])
  return [
    {
      name: '余额调节表',
      title: '银行存款余额调节表',
      headers: ['项目', '金额', '项目', '金额'],
      orientation: 'portrait',
      money: [1, 3],
      info,
      rows: [
        ['银行对账单余额', r.bankBalance, '单位银行存款日记账余额', r.bookBalance],
        ['加：企业已收银行未收', total(r.bookInNotBank), '加：银行已收企业未收', total(r.bankInNotBook)],
        ['减：企业已付银行未付', total(r.bookOutNotBank), '减：银行已付企业未付', total(r.bankOutNotBook)],
        ['调节后余额', r.adjustedBank, '调节后余额', r.adjustedBook],
      ],
      footer: [
        r.balanced ? '调节后余额相等。' : `注意：调节后余额不相等，差额 ${formatFen(r.adjustedBank - r.adjustedBook)} 元，请核查未达账项和记账差错。`,
        ...(r.stale.length ? [`超过 ${r.staleDays} 天的未达账项 ${r.stale.length} 笔，见“未达账项”表。`] : []),
        SIGNATURES,
      ],
    },
    {
      name: '未达账项',
      title: '未达账项明细',
      headers: ['类别', '日期', '摘要', '凭证', '金额', '未达天数'],
      money: [4],
      info,
      rows: [
        ...detail('企业已收银行未收', r.bookInNotBank),
        ...detail('企业已付银行未付', r.bookOutNotBank),
        ...detail('银行已收企业未收', r.bankInNotBook),
        ...detail('银行已付企业未付', r.bankOutNotBook),
      ],
    },
  ]
}

export const reconciliationHandler: HandlerFn<'bank.reconciliation'> = (ctx, input) => reconcile(ctx, input.bankAccountId, input.period, input.staleDays)

export const exportReconciliation = prepared<'bank.exportReconciliation', { fileName: string; buffer: Buffer }>(
  async (ctx, input) => {
    const r = reconcile(ctx, input.bankAccountId, input.period, input.staleDays)
    const { ledger } = bankAccountFor(ctx, input.bankAccountId, LEDGER_READERS)
    const buffer = await printableWorkbook(reconciliationSheets(r), ledger.orgName, todayOf(ctx.core))
    return { fileName: `UnionDesk-银行存款余额调节表-${ledger.code}-${r.bankAccount.accountCode}-${r.period}.xlsx`, buffer }
  },
  (_ctx, _input, { fileName, buffer }) => ({ fileName, content: buffer.toString('base64') }),
)
