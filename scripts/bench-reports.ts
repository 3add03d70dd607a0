/**
 * Report timings on the "big 街镇" database (scripts/seed-big.ts), each next to its floor, target and
 * floor interleaved call by call (so the machine's load falls on both alike); prints the median time and
 * the min and median of the per-pair ratios. Asserts nothing.
 *
 *   npx tsx scripts/bench-reports.ts [--data /tmp/uniondesk-big] [--ledger L01] [--period 2026-12] [--runs 21]
 */
import { parseArgs } from 'node:util'
import { openCore } from '../electron/core'
import { appVersionOf, findAppRoot, migrationsFolderOf } from '../electron/core/paths'
import { internalTransfers } from '../electron/core/reports/eliminations'
import { ledgers as ledgerTable } from '../drizzle/schema'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/tmp/uniondesk-big' },
    ledger: { type: 'string', default: 'L01' },
    period: { type: 'string' },
    runs: { type: 'string', default: '21' },
  },
})
const root = findAppRoot(import.meta.dirname)
const { core, router } = openCore({ dataDir: values.data!, migrationsFolder: migrationsFolderOf(root), appVersion: appVersionOf(root) })
const caller = { localUser: 'kj' }
const call = (method: string, input: unknown) => {
  const res = router.callSync(method, input, caller, 'cli')
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`)
  return res.data
}

const ledger = core.sqlite.prepare('SELECT id, code FROM ledgers WHERE code = ?').get(values.ledger) as { id: number; code: string }
const all = core.db.select().from(ledgerTable).all()
const lastPeriod = (core.sqlite.prepare('SELECT max(period) AS p FROM vouchers WHERE ledger_id = ?').get(ledger.id) as { p: number }).p
const period = values.period ?? `${Math.floor(lastPeriod / 100)}-${String(lastPeriod % 100).padStart(2, '0')}`
const year = Number(period.slice(0, 4))
const mid = `${year}-06`
const num = (p: string) => Number(p.replace('-', ''))
const totalLines = (core.sqlite.prepare('SELECT count(*) AS n FROM voucher_lines').get() as { n: number }).n

const floorSql = core.sqlite.prepare(
  `SELECT account_id, sum(debit), sum(credit) FROM voucher_lines
   WHERE ledger_id = ? AND posted = 1 AND period BETWEEN ? AND ? GROUP BY account_id`,
)
/** The floor: the same rows (posted, this 账套, January to the period) summed straight off the covering index. */
const scan = (from: number, to: number) => () => floorSql.all(ledger.id, from, to)

const runs = Number(values.runs)
const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return { min: s[0], median: s[Math.floor(s.length / 2)] }
}
/** Target and floor alternately, after two unmeasured rounds (JIT, statement caches, page cache). */
function pair(name: string, target: () => unknown, floor: () => unknown, floorName: string, goal: number) {
  const t: number[] = []
  const f: number[] = []
  for (let i = 0; i < runs + 2; i++) {
    const a = performance.now()
    target()
    const b = performance.now()
    floor()
    const c = performance.now()
    if (i >= 2) {
      t.push(b - a)
      f.push(c - b)
    }
  }
  const ratio = stat(t.map((x, i) => x / f[i]))
  const ms = stat(t).median
  console.log(
    `${name.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  ${floorName.padEnd(30)} ${stat(f).median.toFixed(1).padStart(7)} ms  ratio min ${ratio.min.toFixed(2)}× median ${ratio.median.toFixed(2)}×  (goal ≤ ${goal}×)`,
  )
}

console.log(`database: ${totalLines.toLocaleString()} voucher lines, ${all.length} 账套; ${ledger.code}, period ${period}; ${runs} interleaved pairs`)
const trial = (from: string, to: string) => () => call('balances.trial', { ledgerId: ledger.id, from, to })
pair('科目余额表 Jan–period', trial(`${year}-01`, period), scan(year * 100 + 1, num(period)), 'covering scan Jan–period', 1.5)
pair('科目余额表 one month (last)', trial(period, period), scan(year * 100 + 1, num(period)), 'covering scan Jan–period', 1.5)
pair('科目余额表 mid-year month', trial(mid, mid), scan(year * 100 + 1, num(mid)), 'covering scan Jan–June', 1.5)
pair('工会01表', () => call('reports.balanceSheet', { ledgerId: ledger.id, period }), trial(period, period), '科目余额表 one month', 2)
pair('工会02表 monthly', () => call('reports.incomeStatement', { ledgerId: ledger.id, period }), trial(period, period), '科目余额表 one month', 2)
pair('工会02表 annual, this year', () => call('reports.incomeStatement', { ledgerId: ledger.id, year }), trial(`${year}-01`, `${year}-12`), '科目余额表 of the year', 2)
pair(
  '工会02表 annual, closed year',
  () => call('reports.incomeStatement', { ledgerId: ledger.id, year: year - 1 }),
  scan((year - 1) * 100 + 1, (year - 1) * 100 + 12),
  'covering scan of that year',
  2,
)
const ids = all.map((l) => l.id)
const oneAndScan = () => {
  call('balances.trial', { ledgerId: ledger.id, from: period, to: period })
  internalTransfers(core, all, num(period))
}
pair(`汇总 ${ids.length} 账套`, () => call('reports.consolidated', { ledgerIds: ids, period }), oneAndScan, '1 科目余额表 + elimination scan', 3)
// The issue sets the 预算执行汇总 "likewise": one 账套's own table plus the elimination scan, as for the 汇总.
const oneBudgetAndScan = () => {
  call('budget.execution', { ledgerIds: [ledger.id], period })
  internalTransfers(core, all, num(period))
}
pair(`预算执行汇总 ${ids.length} 账套`, () => call('budget.execution', { ledgerIds: ids, period }), oneBudgetAndScan, '1 预算执行表 + elimination scan', 3)
core.close()
