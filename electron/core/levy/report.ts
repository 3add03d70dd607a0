import type { MethodResult } from '../../shared/contract'
import type { LevyReportRow } from '../../shared/contract/levy'
import { AppError } from '../../shared/errors'
import { basisPointsOf, formatPercent } from '../../shared/rate'
import { prepared } from '../api/types'
import type { Core } from '../app'
import { SIGNATURES, printableWorkbook, type PrintSheet } from '../excel/printable'
import type { LedgerRecord } from '../ledger/access'
import { todayOf } from '../system/time'
import { arrearsOf } from './arrears'
import { periodInt, periodStr } from './facts'
import { READ, levyLedger } from './scope'

type Report = MethodResult<'levy.report'>
export const LEVY_REPORT_TITLE = '经费收缴情况表'

/** 缴纳率 = 实缴 / 应缴 in basis points, half up, exact in BigInt. */

const PREP_GROUP = '建会筹备金（未建会企业）'
const NO_GROUP = '（未设覆盖小二级）'

interface Fig {
  payroll: number
  due: number
  paid: number
  returned: number
  arrears: number
  lastYearPaid: number
}
const zero = (): Fig => ({ payroll: 0, due: 0, paid: 0, returned: 0, arrears: 0, lastYearPaid: 0 })
const addTo = (a: Fig, b: Fig) => (Object.keys(a) as (keyof Fig)[]).forEach((k) => (a[k] += b[k]))

/**
 * 经费收缴情况表 per 小二级 (the union the 返还 went to) and enterprise for a range of months of one year:
 * 工资总额, 应缴, 实缴, 缴纳率, 返拨, 欠缴 (应缴 not paid, plus the months the 欠缴 list finds missing) and
 * 上年同期实缴; and 实缴 by month for the chart. Sums are SQL GROUP BYs over the 台账.
 */
export function levyReport(core: Core, ledger: LedgerRecord, q: { year: number; from?: string; to?: string; unionCode?: string }): Report {
  const from = q.from ?? `${q.year}-01`
  const to = q.to ?? `${q.year}-12`
  if (from.slice(0, 4) !== String(q.year) || to.slice(0, 4) !== String(q.year) || from > to) {
    throw new AppError('VALIDATION', `起止月份须在 ${q.year} 年内且起始不晚于截止`, { fields: { to: '月份不正确' } })
  }
  const [f, t] = [periodInt(from), periodInt(to)]
  const groups = core.sqlite
    .prepare(
      `SELECT e.enterprise_id AS id, coalesce(en.name, e.file_name) AS name, en.uscc, e.prep, u.code AS unionCode, u.name AS unionName,
              sum(CASE WHEN e.period >= @f THEN e.payroll ELSE 0 END) AS payroll, sum(CASE WHEN e.period >= @f THEN e.due ELSE 0 END) AS due,
              sum(CASE WHEN e.period >= @f THEN e.paid ELSE 0 END) AS paid, sum(CASE WHEN e.period >= @f THEN e.returned ELSE 0 END) AS returned,
              sum(CASE WHEN e.period < @f THEN e.paid ELSE 0 END) AS lastYearPaid
       FROM levy_entries e LEFT JOIN enterprises en ON en.id = e.enterprise_id LEFT JOIN unions u ON u.id = e.recipient_id
       WHERE e.ledger_id = @ledger AND (e.period BETWEEN @f AND @t OR e.period BETWEEN @f - 100 AND @t - 100)
       GROUP BY e.enterprise_id, e.file_name, e.prep, e.recipient_id ORDER BY u.code, name`,
    )
    .all({ ledger: ledger.id, f, t }) as (Omit<Fig, 'arrears'> & {
    id: number | null
    name: string
    uscc: string | null
    prep: number
    unionCode: string | null
    unionName: string | null
  })[]
  const missing = new Map(arrearsOf(core, ledger.id, q.year, to).arrears.map((a) => [a.enterpriseId, a]))
  const byUnion = new Map<string, { code: string | null; rows: (Fig & { id: number | null; name: string; uscc: string | null })[] }>()
  const group = (name: string, code: string | null) => byUnion.get(name) ?? byUnion.set(name, { code, rows: [] }).get(name)!
  for (const g of groups) {
    const extra = g.id !== null && !g.prep ? (missing.get(g.id)?.amount ?? 0) : 0
    if (g.id !== null) missing.delete(g.id)
    const name = g.prep ? PREP_GROUP : (g.unionName ?? NO_GROUP)
    group(name, g.prep ? null : g.unionCode).rows.push({ ...g, arrears: Math.max(g.due - g.paid, 0) + extra })
  }
  for (const a of missing.values()) group(a.union ?? NO_GROUP, null).rows.push({ ...zero(), id: a.enterpriseId, name: a.name, uscc: a.uscc, arrears: a.amount })
  const rows: LevyReportRow[] = []
  const total = zero()
  const line = (key: string, level: LevyReportRow['level'], name: string, uscc: string | null, fig: Fig): LevyReportRow => ({
    key,
    level,
    name,
    uscc,
    ...fig,
    rateBp: basisPointsOf(fig.paid, fig.due),
  })
  for (const [name, g] of byUnion) {
    if (q.unionCode && g.code !== q.unionCode) continue
    const sum = zero()
    for (const r of g.rows) addTo(sum, r)
    addTo(total, sum)
    rows.push(line(`u:${name}`, 'union', name, null, sum))
    g.rows.forEach((r, i) => rows.push(line(`e:${name}:${r.id ?? r.name}:${i}`, 'enterprise', r.name, r.uscc, r)))
  }
  if (q.unionCode && !rows.length) throw new AppError('NOT_FOUND', `工会编码“${q.unionCode}”在 ${q.year} 年没有经费收缴记录`, { fields: { unionCode: '没有记录' } })
  rows.push(line('total', 'total', '合计', null, total))
  const monthly = core.sqlite
    .prepare(`SELECT period, sum(paid) AS paid FROM levy_entries WHERE ledger_id = ? AND period BETWEEN ? AND ? GROUP BY period`)
    .all(ledger.id, (q.year - 1) * 100 + 1, q.year * 100 + 12) as { period: number; paid: number }[]
  const paidIn = new Map(monthly.map((m) => [m.period, m.paid]))
  const months = Array.from({ length: 12 }, (_, i) => q.year * 100 + i + 1).map((p) => ({ period: periodStr(p), paid: paidIn.get(p) ?? 0, lastYearPaid: paidIn.get(p - 100) ?? 0 }))
  return { title: LEVY_REPORT_TITLE, orgName: ledger.orgName, range: from === to ? from : `${from} 至 ${to}`, rows, months }
}

const HEADERS = ['小二级 / 企业', '统一社会信用代码', '工资总额', '应缴', '实缴', '缴纳率', '返拨', '欠缴', '上年同期实缴']

/** The 经费收缴情况表 as a printable list: per enterprise, with totals per 小二级 (levy-register). */
export function levySheet(r: Report): PrintSheet {
  return {
    name: r.title,
    title: r.title,
    headers: HEADERS,
    orientation: 'landscape',
    money: [2, 3, 4, 6, 7, 8],
    info: `${r.range}    单位：元`,
    rows: r.rows.map((x) => [
      x.level === 'enterprise' ? `　${x.name}` : x.level === 'union' ? `【${x.name}】小计` : x.name,
      x.uscc ?? '',
      x.payroll,
      x.due,
      x.paid,
      x.rateBp === null ? '' : formatPercent(x.rateBp),
      x.returned,
      x.arrears,
      x.lastYearPaid,
    ]),
    footer: ['缴纳率 = 实缴 ÷ 应缴；欠缴 = 应缴未缴部分 + 欠缴清单中缺缴月份按最近工资总额估算的应缴。', SIGNATURES],
  }
}

export const exportLevyRegister = prepared<'levy.export', { buffer: Buffer; fileName: string }>(
  async (ctx, input) => {
    const ledger = levyLedger(ctx, input.ledgerId, READ)
    const report = levyReport(ctx.core, ledger, { year: input.year, unionCode: input.unionCode })
    const buffer = await printableWorkbook([levySheet(report)], report.orgName, todayOf(ctx.core))
    return { buffer, fileName: `UnionDesk-${LEVY_REPORT_TITLE}-${ledger.code}-${input.year}${input.unionCode ? `-${input.unionCode}` : ''}.xlsx` }
  },
  (_ctx, _input, { buffer, fileName }) => ({ fileName, content: buffer.toString('base64') }),
)

/** Per recipient union, the year's figures of the 经费收缴情况表 (筹备金 left out): the scorecard's 经费保障 item reads them. */
export function levyByUnion(core: Core, year: number): Map<number, { due: number; paid: number; returned: number }> {
  const rows = core.sqlite
    .prepare(
      `SELECT recipient_id AS id, sum(due) AS due, sum(paid) AS paid, sum(lower_amount) AS returned
       FROM levy_entries WHERE prep = 0 AND recipient_id IS NOT NULL AND period BETWEEN ? AND ? GROUP BY recipient_id`,
    )
    .all(year * 100 + 1, year * 100 + 12) as { id: number; due: number; paid: number; returned: number }[]
  return new Map(rows.map(({ id, ...r }) => [id, r]))
}
