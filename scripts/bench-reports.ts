/**
 * Report timings on the "big 街镇" database (scripts/seed-big.ts), each next to its floor: a raw
 * SQL covering-index scan over the same rows. Prints figures; asserts nothing.
 *
 *   npx tsx scripts/bench-reports.ts [--data /tmp/uniondesk-big] [--ledger L01] [--period 2035-11]
 */
import { parseArgs } from 'node:util'
import { openCore } from '../electron/core'
import { appVersionOf, findAppRoot, migrationsFolderOf } from '../electron/core/paths'

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
const caller = { localUser: 'admin' }
const call = (method: string, input: unknown) => {
  const res = router.callSync(method, input, caller, 'cli')
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`)
  return res.data
}

const ledger = core.sqlite.prepare('SELECT id, code FROM ledgers WHERE code = ?').get(values.ledger) as { id: number; code: string }
const lastPeriod = (core.sqlite.prepare('SELECT max(period) AS p FROM vouchers WHERE ledger_id = ?').get(ledger.id) as { p: number }).p
const period = values.period ?? `${Math.floor(lastPeriod / 100)}-${String(lastPeriod % 100).padStart(2, '0')}`
const year = Number(period.slice(0, 4))
const totalLines = (core.sqlite.prepare('SELECT count(*) AS n FROM voucher_lines').get() as { n: number }).n
const ledgerLines = (core.sqlite.prepare('SELECT count(*) AS n FROM voucher_lines WHERE ledger_id = ?').get(ledger.id) as { n: number }).n

/** Median of several runs, in milliseconds, after two unmeasured runs (JIT, statement caches, page cache). */
function time(fn: () => unknown): number {
  const runs = Number(values.runs)
  const samples: number[] = []
  fn()
  fn()
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]
}

// The floor: the same rows (this year up to the period, posted, this 账套) summed straight off the index.
const floorSql = core.sqlite.prepare(
  `SELECT account_id, sum(debit), sum(credit) FROM voucher_lines
   WHERE ledger_id = ? AND posted = 1 AND period BETWEEN ? AND ? GROUP BY account_id`,
)
const floor = time(() => floorSql.all(ledger.id, year * 100 + 1, Number(period.replace('-', ''))))
const trial = time(() => call('balances.trial', { ledgerId: ledger.id, from: `${year}-01`, to: period }))
const sheet = time(() => call('reports.balanceSheet', { ledgerId: ledger.id, period }))
const monthly = time(() => call('reports.incomeStatement', { ledgerId: ledger.id, period }))
const annual = time(() => call('reports.incomeStatement', { ledgerId: ledger.id, year: year - 1 }))
// This year is still open: its column is scanned, last year's (上年数) comes from its year-end closing.
const annualOpen = time(() => call('reports.incomeStatement', { ledgerId: ledger.id, year }))

const row = (name: string, ms: number, ref: number, refName: string, target: number) =>
  `${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / ref).toFixed(2)}× ${refName} (target ≤ ${target}×)`
console.log(`database: ${totalLines.toLocaleString()} voucher lines; 账套 ${ledger.code}: ${ledgerLines.toLocaleString()}; period ${period}; median of ${values.runs}`)
console.log(`${'floor: covering scan'.padEnd(28)} ${floor.toFixed(1).padStart(8)} ms`)
console.log(row('科目余额表 balances.trial', trial, floor, 'floor', 1.5))
console.log(row('工会01表 balanceSheet', sheet, trial, '科目余额表', 2))
console.log(row('工会02表 monthly', monthly, trial, '科目余额表', 2))
console.log(row('工会02表 annual (last year)', annual, trial, '科目余额表', 2))
console.log(row('工会02表 annual (this year)', annualOpen, trial, '科目余额表', 2))
core.close()
