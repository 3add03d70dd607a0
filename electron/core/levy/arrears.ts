import type { MethodResult } from '../../shared/contract'
import type { Core } from '../app'
import { enterpriseAt, periodInt, periodStr } from './facts'
import { levySettingsOf } from './rules'

type Arrears = MethodResult<'levy.arrears'>

const monthsBetween = (from: number, to: number) => (Math.floor(to / 100) - Math.floor(from / 100)) * 12 + (to % 100) - (from % 100) + 1

/** The 街镇's enterprises of a year: covered by one of its 小二级, or in a union under it. */
export const STREET_ENTERPRISES = `
  SELECT y.enterprise_id AS id, e.name, e.uscc, y.workers, y.has_union AS hasUnion, y.xiaoerji_id AS xiaoerjiId, u.name AS unionName
  FROM enterprise_years y JOIN enterprises e ON e.id = y.enterprise_id LEFT JOIN unions u ON u.id = coalesce(y.xiaoerji_id, y.union_id)
  WHERE y.year = @year AND (y.xiaoerji_id IN (SELECT id FROM unions WHERE parent_id = @street)
     OR y.union_id IN (SELECT id FROM unions WHERE parent_id = @street OR parent_id IN (SELECT id FROM unions WHERE parent_id = @street)))`

/**
 * 欠缴: enterprises with a union and employees that year but no levy for some months of January to
 * `to` — the months missing, and 应缴 estimated at the set rate of the last known monthly 工资总额.
 * 筹备金: units paying it, since when, what is held in 215 and not yet split; paid for the set number
 * of months without a union makes a 建会 lead for the registry.
 */
export function arrearsOf(core: Core, ledgerId: number, year: number, to: string): Arrears {
  const settings = levySettingsOf(core, ledgerId)
  const toP = periodInt(to)
  const street = (core.sqlite.prepare('SELECT union_id AS u FROM ledgers WHERE id = ?').get(ledgerId) as { u: number }).u
  const candidates = core.sqlite.prepare(`${STREET_ENTERPRISES} AND y.has_union = 1 AND y.workers > 0 ORDER BY e.name`).all({ year, street }) as {
    id: number
    name: string
    uscc: string | null
    workers: number
    unionName: string | null
  }[]
  const paidMonths = core.sqlite.prepare(
    `SELECT group_concat(DISTINCT period) AS months FROM levy_entries WHERE ledger_id = ? AND enterprise_id = ? AND prep = 0 AND paid > 0 AND period BETWEEN ? AND ?`,
  )
  const lastPayroll = core.sqlite.prepare(
    `SELECT payroll FROM levy_entries WHERE ledger_id = ? AND enterprise_id = ? AND period <= ? AND payroll > 0 ORDER BY period DESC, id DESC LIMIT 1`,
  )
  const last = Math.min(toP, year * 100 + 12)
  const arrears: Arrears['arrears'] = []
  for (const c of candidates) {
    const paid = new Set(
      String((paidMonths.get(ledgerId, c.id, year * 100 + 1, last) as { months: string | null }).months ?? '')
        .split(',')
        .filter(Boolean)
        .map(Number),
    )
    const missing: string[] = []
    for (let p = year * 100 + 1; p <= last; p++) if (!paid.has(p)) missing.push(periodStr(p))
    if (!missing.length) continue
    const payroll = (lastPayroll.get(ledgerId, c.id, last) as { payroll: number } | undefined)?.payroll ?? 0
    const monthly = Math.floor((payroll * settings.rateBp + 5000) / 10000)
    arrears.push({ enterpriseId: c.id, name: c.name, uscc: c.uscc, union: c.unionName, workers: c.workers, missing, lastPayroll: payroll, amount: monthly * missing.length })
  }
  const preps = core.sqlite
    .prepare(
      `SELECT e.enterprise_id AS id, en.name, en.uscc, min(e.period) AS since, sum(e.prep_amount) AS held
       FROM levy_entries e JOIN enterprises en ON en.id = e.enterprise_id
       WHERE e.ledger_id = ? AND e.prep = 1 AND e.founded_voucher_id IS NULL AND e.period <= ?
       GROUP BY e.enterprise_id ORDER BY since, en.name`,
    )
    .all(ledgerId, toP) as { id: number; name: string; uscc: string | null; since: number; held: number }[]
  const prepLeads = preps.map((p) => {
    const months = monthsBetween(p.since, toP)
    const founded = enterpriseAt(core, p.id, year)?.hasUnion ?? false
    return { enterpriseId: p.id, name: p.name, uscc: p.uscc, since: periodStr(p.since), months, held: p.held, founded, lead: !founded && months >= settings.prepLeadMonths }
  })
  return { arrears, prepLeads }
}
