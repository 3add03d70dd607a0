import type Database from 'better-sqlite3'
import { isCalendarDate } from '../../shared/contract/dates'

/**
 * `uniondesk check`'s look at dates already stored: every business date column must hold a real
 * calendar day and every period column a month 01–12, or the books were written around the contract.
 */
const DATE_COLUMNS: [table: string, column: string, label: string][] = [
  ['vouchers', 'date', '凭证日期'],
  ['claim_lines', 'invoice_date', '发票日期'],
  ['transfers', 'date', '划拨日期'],
  ['budgets', 'reviewed_on', '经审会审查日期'],
  ['budgets', 'approved_on', '预算批准日期'],
  ['budgets', 'filed_on', '报街镇备案日期'],
  ['budget_adjustments', 'date', '预算调整日期'],
  ['budget_adjustments', 'approved_on', '调整批准日期'],
  ['unions', 'founded_on', '建会日期'],
  ['unions', 'deregistered_on', '注销日期'],
  ['unions', 'cert_from', '证书有效期起'],
  ['unions', 'cert_to', '证书有效期止'],
  ['committee_members', 'term_from', '任期起'],
  ['committee_members', 'term_to', '任期止'],
  ['staff', 'from_date', '到岗日期'],
  ['staff', 'to_date', '离岗日期'],
  ['sub_committees', 'formed_on', '建立日期'],
  ['surveys', 'survey_date', '调查日期'],
  ['rights_cases', 'date', '维权案件日期'],
  ['rights_cases', 'reported_on', '上报日期'],
  ['activities', 'date', '活动日期'],
  ['spending_rules', 'effective_from', '生效日期'],
  ['spending_rules', 'effective_to', '失效日期'],
]

/** Integer YYYYMM periods (and the year of 年初数). */
const PERIOD_COLUMNS: [table: string, column: string, label: string][] = [
  ['ledgers', 'start_period', '启用期间'],
  ['vouchers', 'period', '凭证期间'],
  ['voucher_lines', 'period', '凭证行期间'],
  ['closed_periods', 'period', '已结账期间'],
]

export interface StoredDateProblem {
  table: string
  column: string
  label: string
  rowid: number
  value: string | number
}

const validPeriod = (p: number) => Number.isInteger(p) && p % 100 >= 1 && p % 100 <= 12 && p >= 190001

/** Every impossible stored date or period (at most `limit`), read-only. */
export function storedDateProblems(sqlite: Database.Database, limit = 100): StoredDateProblem[] {
  const problems: StoredDateProblem[] = []
  const tables = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name))
  for (const [table, column, label] of DATE_COLUMNS) {
    if (!tables.has(table)) continue
    const rows = sqlite.prepare(`SELECT rowid AS rowid, "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL`).iterate() as Iterable<{ rowid: number; value: string }>
    for (const r of rows) if (!isCalendarDate(String(r.value))) problems.push({ table, column, label, ...r })
  }
  for (const [table, column, label] of PERIOD_COLUMNS) {
    if (!tables.has(table)) continue
    const rows = sqlite
      .prepare(
        `SELECT rowid AS rowid, "${column}" AS value FROM "${table}" WHERE "${column}" % 100 NOT BETWEEN 1 AND 12 OR "${column}" < 190001 OR typeof("${column}") <> 'integer'`,
      )
      .all() as { rowid: number; value: number }[]
    for (const r of rows) if (!validPeriod(r.value)) problems.push({ table, column, label, ...r })
  }
  if (tables.has('opening_balances')) {
    const rows = sqlite.prepare('SELECT rowid AS rowid, year AS value FROM opening_balances WHERE year NOT BETWEEN 1900 AND 9999').all() as { rowid: number; value: number }[]
    for (const r of rows) problems.push({ table: 'opening_balances', column: 'year', label: '期初余额年度', ...r })
  }
  // A voucher's date must lie in its own period.
  if (tables.has('vouchers')) {
    const rows = sqlite
      .prepare(`SELECT rowid AS rowid, date AS value FROM vouchers WHERE CAST(substr(date, 1, 4) AS INTEGER) * 100 + CAST(substr(date, 6, 2) AS INTEGER) <> period`)
      .all() as { rowid: number; value: string }[]
    for (const r of rows) problems.push({ table: 'vouchers', column: 'date', label: '凭证日期与所属期间不符', ...r })
  }
  return problems.slice(0, limit)
}
