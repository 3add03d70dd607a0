import type { BalanceSheet, ConsolidatedTrialRow, Consolidation, IncomeStatement, ReportExportInput } from '../../shared/contract/reports'
import { AppError } from '../../shared/errors'
import { FUND_NATURE_LABELS, parsePeriodText, monthOfPeriod, yearOfPeriod } from '../../shared/ledger-terms'
import type { Core } from '../app'
import { statementLines } from '../../shared/statement-lines'
import { SIGNATURES, type PrintSheet, type PrintValue } from '../excel/printable'
import type { LedgerRecord } from '../ledger/access'
import { filteredMovements, rolledUp, toBalanceRow } from '../ledger/balances'
import { balanceSheet } from './balance-sheet'
import { accountOf, bookRows, generalLedger } from './books'
import { consolidated } from './consolidated'
import { incomeStatement } from './income-statement'
import { voucherSummary } from './voucher-summary'
import { auxBalance, multiColumnRows, multiColumns, voucherJournalRows } from './journals'

const monthLabel = (p: number) => `${yearOfPeriod(p)}年${monthOfPeriod(p)}月`
const rangeLabel = (from: number, to: number) => (from === to ? monthLabel(from) : `${monthLabel(from)}至${monthLabel(to)}`)
const info = (period: string, tableNo = '') => `${tableNo ? `${tableNo}    ` : ''}${period}    单位：元`
/** Books: 借/贷 in columns `money`, of which the first two print blank when nil. */
const BOOK_WIDTHS = [12, 10, 30, 16, 16, 6, 16]

/** 工会01表 (资产 | 负债和净资产 side by side) or 工会02表 (项目): each side's item, its 行次 and the amounts. */
function statementSheet(s: BalanceSheet | IncomeStatement, notes: string[]): PrintSheet {
  const footer = [...s.notes, ...s.checks.filter((c) => !c.ok).map((c) => `未通过：${c.label}（${c.detail}）`), ...notes, SIGNATURES]
  const balance = 'assets' in s
  const sides = balance ? [s.assets, s.liabilities] : [s.rows]
  const width = s.columns.length
  const rows = statementLines(sides).map((line): PrintValue[] => line.flatMap((r) => (r ? [r.label, r.lineNo, ...r.values] : Array<PrintValue>(width + 2).fill(null))))
  const sideTitles = balance ? ['资产', '负债和净资产'] : ['项目']
  const perSide = width + 2
  return {
    name: s.title,
    title: s.title,
    headers: sideTitles.flatMap((t) => [t, '行次', ...s.columns]),
    rows,
    orientation: 'portrait',
    money: sides.flatMap((_, side) => s.columns.map((_c, i) => side * perSide + 2 + i)),
    widths: sides.flatMap(() => [balance ? 22 : 36, 5, ...s.columns.map(() => (balance ? 15 : 18))]),
    info: info(s.periodLabel, s.tableNo),
    footer,
  }
}

/** 科目余额表; `filter` names a 辅助核算 filter, whose table has movements only (openings carry no tags). */
function trialSheet(rows: ConsolidatedTrialRow[], period: string, note: string[], filter?: string): PrintSheet {
  const keys = filter
    ? (['debit', 'credit', 'yearDebit', 'yearCredit'] as const)
    : (['openingDebit', 'openingCredit', 'debit', 'credit', 'yearDebit', 'yearCredit', 'closingDebit', 'closingCredit'] as const)
  const labels: Record<(typeof keys)[number], string> = {
    openingDebit: '期初借方',
    openingCredit: '期初贷方',
    debit: '本期借方',
    credit: '本期贷方',
    yearDebit: '本年累计借方',
    yearCredit: '本年累计贷方',
    closingDebit: '期末借方',
    closingCredit: '期末贷方',
  }
  const total = keys.map((k) => rows.filter((r) => r.code.length === 3).reduce((s, r) => s + r[k], 0))
  const money = keys.map((_, i) => i + 2)
  const title = filter ? `科目余额表（${filter}）` : '科目余额表'
  return {
    name: '科目余额表',
    title,
    headers: ['科目编码', '科目名称', ...keys.map((k) => labels[k])],
    rows: [...rows.map((r): PrintValue[] => [r.code, r.name, ...keys.map((k) => r[k])]), ['', '合计', ...total]],
    money,
    blankZero: money,
    widths: [10, 24, ...keys.map(() => 15)],
    info: info(period),
    footer: [...note, ...(filter ? ['按辅助核算筛选：期初余额不区分项目和资金性质，本表只列带此标记的凭证行的发生额。'] : []), SIGNATURES],
  }
}

function eliminationSheet(c: Consolidation): PrintSheet {
  return {
    name: '内部往来抵销',
    title: '内部往来抵销明细',
    headers: ['类别', '期间', '金额', '上级账套', '凭证字号', '科目', '下级账套', '凭证字号', '科目', '摘要'],
    rows: [
      ...c.eliminations.map((e): PrintValue[] => [
        e.pair,
        e.upper.period,
        e.amount,
        e.upper.ledgerCode,
        e.upper.voucherLabel,
        e.upper.accountCode,
        e.lower.ledgerCode,
        e.lower.voucherLabel,
        e.lower.accountCode,
        e.upper.summary,
      ]),
      ...c.unmatched.map((u): PrintValue[] => ['未抵销', u.period, Math.abs(u.net), u.ledgerCode, u.voucherLabel, u.accountCode, u.counterpart, '', '', u.summary]),
    ],
    money: [2],
    info: info(monthLabel(parsePeriodText(c.period))),
    footer: c.notes,
  }
}

/**
 * Posted lines in the range (of one account and its detail accounts, if given), counted off the
 * indexes: the expected length of a streamed sheet for the progress bar (total lines come on top).
 */
function lineCount(core: Core, ledgerId: number, from: number, to: number, code?: string): number {
  const sql = code
    ? `SELECT count(*) AS n FROM voucher_lines WHERE account_id IN (SELECT id FROM accounts WHERE ledger_id = @ledger AND (code = @code OR code LIKE @code || '%'))
         AND posted = 1 AND period BETWEEN @from AND @to`
    : 'SELECT count(*) AS n FROM voucher_lines WHERE ledger_id = @ledger AND posted = 1 AND period BETWEEN @from AND @to'
  return (core.sqlite.prepare(sql).get({ ledger: ledgerId, from, to, ...(code ? { code } : {}) }) as { n: number }).n
}

/** A 三栏式 book (明细账 or 日记账) as a sheet whose rows stream out of SQLite. */
function bookSheet(core: Core, ledger: LedgerRecord, code: string, from: number, to: number, journal: boolean): PrintSheet {
  const { account } = accountOf(core, ledger, code)
  const kind = journal ? (code.startsWith('101') ? '现金日记账' : '银行存款日记账') : '明细账'
  const rows = (function* () {
    for (const r of bookRows(core, ledger, code, from, to, journal)) {
      const middle: PrintValue[] = journal ? [r.summary, r.counterAccounts] : [r.kind === 'line' && r.accountCode !== code ? `${r.summary}（${r.accountCode}）` : r.summary]
      yield [r.kind === 'line' || r.kind === 'opening' ? r.date : '', r.voucherLabel, ...middle, r.debit, r.credit, r.direction, r.balance]
    }
  })()
  const shift = journal ? 1 : 0
  return {
    rowCount: lineCount(core, ledger.id, from, to, code),
    name: `${account.code} ${account.name}`,
    title: `${kind}：${account.code} ${account.fullName}`,
    headers: ['日期', '凭证字号', '摘要', ...(journal ? ['对方科目'] : []), journal ? '借方（收入）' : '借方', journal ? '贷方（支出）' : '贷方', '方向', '余额'],
    rows,
    money: [3 + shift, 4 + shift, 6 + shift],
    blankZero: [3 + shift, 4 + shift],
    widths: journal ? [12, 10, 30, 20, 16, 16, 6, 16] : BOOK_WIDTHS,
    info: info(rangeLabel(from, to)),
    footer: [SIGNATURES],
  }
}

/** 多栏式明细账: 合计 then one 借方 column per 二级科目, streamed like the 三栏式 book. */
function multiColumnSheet(core: Core, ledger: LedgerRecord, code: string, from: number, to: number): PrintSheet {
  const { account, columns } = multiColumns(core, ledger, code)
  const rows = (function* () {
    for (const r of multiColumnRows(core, ledger, code, from, to)) yield [r.kind === 'line' ? r.date : '', r.voucherLabel, r.summary, r.amount, ...r.columns] as PrintValue[]
  })()
  const money = [3, ...columns.map((_, i) => 4 + i)]
  return {
    rowCount: lineCount(core, ledger.id, from, to, code),
    name: `${account.code} ${account.name}`,
    title: `多栏式明细账：${account.code} ${account.fullName}`,
    headers: ['日期', '凭证字号', '摘要', '合计', ...columns.map((c) => `${c.code} ${c.name}`)],
    rows,
    money,
    blankZero: money,
    widths: [12, 10, 30, ...money.map(() => 14)],
    info: info(rangeLabel(from, to)),
    footer: [SIGNATURES],
  }
}

function generalLedgerSheet(core: Core, ledger: LedgerRecord, from: number, to: number): PrintSheet {
  const rows: PrintValue[][] = []
  for (const a of generalLedger(core, ledger, from, to)) {
    const first = a.months[0]
    rows.push([a.code, a.name, first.period, '期初余额', null, null, first.openingDirection, first.opening])
    for (const m of a.months) {
      rows.push([a.code, a.name, m.period, '本月合计', m.debit, m.credit, m.direction, m.balance])
      rows.push([a.code, a.name, m.period, '本年累计', m.yearDebit, m.yearCredit, m.direction, m.balance])
    }
  }
  return {
    name: '总账',
    title: '总账',
    headers: ['科目编码', '科目名称', '期间', '摘要', '借方', '贷方', '方向', '余额'],
    rows,
    money: [4, 5, 7],
    blankZero: [4, 5],
    widths: [10, 20, 10, 12, 16, 16, 6, 16],
    info: info(rangeLabel(from, to)),
    footer: [SIGNATURES],
  }
}

/** '项目 P01 工会活动，专项' for the title of a filtered 科目余额表; undefined when unfiltered. */
function tagFilterLabel(core: Core, q: ReportExportInput): string | undefined {
  const project = q.projectId === undefined ? undefined : (core.sqlite.prepare('SELECT code, name FROM projects WHERE id = ?').get(q.projectId) as { code: string; name: string })
  const parts = [project && `${project.code} ${project.name}`, q.fundNature && FUND_NATURE_LABELS[q.fundNature]].filter(Boolean)
  return parts.length ? parts.join('，') : undefined
}

/** The sheets of one report; `ledgers` has several only for the 汇总 reports (checked by the caller). */
export function reportSheets(core: Core, ledgers: LedgerRecord[], q: ReportExportInput): PrintSheet[] {
  const [from, to] = [parsePeriodText(q.from), parsePeriodText(q.to)]
  const ledger = ledgers[0]
  if (ledgers.length > 1) {
    const c = consolidated(core, ledgers, to)
    const main = q.report === 'trial-balance' ? trialSheet(c.trial, monthLabel(to), c.notes) : statementSheet(q.report === 'balance-sheet' ? c.balanceSheet : c.incomeStatement, [])
    return [main, eliminationSheet(c)]
  }
  switch (q.report) {
    case 'balance-sheet':
      return [statementSheet(balanceSheet(core, ledger, to), [])]
    case 'income-statement':
      return [statementSheet(incomeStatement(core, ledger, q.annual ? { year: yearOfPeriod(to) } : { period: to }), [])]
    case 'trial-balance': {
      const rows = rolledUp(core, ledger, from, to, filteredMovements(core, ledger, from, to, q))
        .filter(({ m }) => m.opening || m.debit || m.credit || m.yearDebit || m.yearCredit)
        .map(({ account, m }) => toBalanceRow(account, m))
      return [trialSheet(rows, rangeLabel(from, to), [], tagFilterLabel(core, q))]
    }
    case 'general-ledger':
      return [generalLedgerSheet(core, ledger, from, to)]
    case 'detail-ledger': {
      const codes = q.accountCode ? [q.accountCode] : generalLedger(core, ledger, from, to).map((a) => a.code)
      return codes.map((code) => bookSheet(core, ledger, code, from, to, false))
    }
    case 'multi-column':
      return [multiColumnSheet(core, ledger, q.accountCode!, from, to)]
    case 'cash-journal':
    case 'bank-journal': {
      const code = q.accountCode ?? (q.report === 'cash-journal' ? '101' : '102')
      if (!code.startsWith(q.report === 'cash-journal' ? '101' : '102')) throw new AppError('VALIDATION', '日记账的科目应为 101 库存现金或 102 银行存款（及其明细）')
      return [bookSheet(core, ledger, code, from, to, true)]
    }
    case 'voucher-journal': {
      const rows = (function* () {
        for (const r of voucherJournalRows(core, ledger, from, to)) yield [r.date, r.voucherLabel, r.accountCode, r.accountName, r.summary, r.debit, r.credit] as PrintValue[]
      })()
      return [
        {
          rowCount: lineCount(core, ledger.id, from, to),
          name: '序时账',
          title: '序时账',
          headers: ['日期', '凭证字号', '科目编码', '科目名称', '摘要', '借方', '贷方'],
          rows,
          money: [5, 6],
          blankZero: [5, 6],
          widths: [12, 10, 12, 30, 30, 16, 16],
          info: info(rangeLabel(from, to)),
        },
      ]
    }
    case 'voucher-summary': {
      const s = voucherSummary(core, ledger, to, q)
      const notes = [`凭证 ${s.vouchers} 张（其中未记账 ${s.unposted} 张），附件 ${s.attachments} 张。`]
      return [
        {
          name: '凭证汇总表',
          title: '凭证汇总表',
          headers: ['科目编码', '科目名称', '借方金额', '贷方金额'],
          rows: [...s.rows.map((r): PrintValue[] => [r.code, r.name, r.debit, r.credit]), ['', '合计', s.totalDebit, s.totalCredit]],
          orientation: 'portrait',
          money: [2, 3],
          blankZero: [2, 3],
          widths: [12, 30, 20, 20],
          info: info(s.rangeLabel),
          footer: [...notes, SIGNATURES],
        },
      ]
    }
    case 'aux-balance':
      return (['project', 'fundNature'] as const).map((by) => ({
        name: by === 'project' ? '按项目' : '按资金性质',
        title: `辅助核算余额表（${by === 'project' ? '按项目' : '按资金性质'}）`,
        headers: [by === 'project' ? '项目' : '资金性质', '科目编码', '科目名称', '借方', '贷方', '净额'],
        rows: auxBalance(core, ledger, from, to, by).map((r): PrintValue[] => [r.label, r.accountCode, r.accountName, r.debit, r.credit, r.net]),
        money: [3, 4, 5],
        blankZero: [3, 4],
        info: info(rangeLabel(from, to)),
        footer: [SIGNATURES],
      }))
  }
}
