/**
 * Builds the "big 街镇" database for the report benchmarks: 15 账套 × 10 years × 3,000 vouchers ×
 * about 4 lines (≈ 1.8 million voucher lines), every month but the last closed through the core
 * (so closing vouchers, year-end carry-forwards and stored opening balances are real); then 508/403
 * funding between the 账套, approved budgets for the last year, and a registry (400 unions, 20 小二级,
 * 1,500 enterprises × 3 years).
 *
 *   npx tsx scripts/seed-big.ts [--data <folder>] [--ledgers 15] [--years 10] [--vouchers 3000]
 */
import { mkdirSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { openCore } from '../electron/core'
import { appVersionOf, findAppRoot, migrationsFolderOf } from '../electron/core/paths'
import { seedExtras } from './seed-extras'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/tmp/uniondesk-big' },
    ledgers: { type: 'string', default: '15' },
    years: { type: 'string', default: '10' },
    vouchers: { type: 'string', default: '3000' },
  },
})
const LEDGERS = Number(values.ledgers)
const YEARS = Number(values.years)
const PER_YEAR = Number(values.vouchers)
const FIRST_YEAR = 2026 - YEARS + 1

// Deterministic, so two runs build the same books.
let seed = 20261124
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
const amount = (max: number) => 100 * (1 + Math.floor(random() * max))

/** Typical union business: [debit account, credit account, fund nature of the income/expense side, spend type]. */
const PATTERNS: [string, string, string | null, string | null][] = [
  ['102', '401', 'general', null],
  ['102', '402', 'general', null],
  ['102', '40301', 'general', null],
  ['102', '40302', 'special', null],
  ['102', '408', 'general', null],
  ['50105', '102', 'general', 'basic'],
  ['50102', '102', 'general', 'basic'],
  ['50404', '102', 'special', 'basic'],
  ['50405', '102', 'special', 'basic'],
  ['50502', '101', 'general', 'basic'],
  ['50301', '102', 'general', 'basic'],
  ['135', '101', null, null],
  ['101', '102', null, null],
]

const dataDir = values.data!
rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })
const root = findAppRoot(import.meta.dirname)
const { core, router } = openCore({ dataDir, migrationsFolder: migrationsFolderOf(root), appVersion: appVersionOf(root) })
const as = { localUser: 'admin' }
const call = (method: string, input: unknown, caller: object = as) => {
  const res = router.callSync(method, input, caller as never, 'cli')
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`)
  return res.data as never
}
call('auth.setupAdmin', { username: 'admin', displayName: '王管理', password: 'Admin2026' }, { token: null })
call('users.create', { username: 'kj', displayName: '李会计', password: 'Kuaiji2026', assignments: [{ role: 'accountant' }, { role: 'reviewer' }] })
const kj = { localUser: 'kj' }

const started = Date.now()
const db = core.sqlite
const insertVoucher = db.prepare(
  `INSERT INTO vouchers (ledger_id, period, word, number, date, attachments, status, origin, created_by, created_at)
   VALUES (?, ?, '记', ?, ?, 1, 'draft', 'manual', 2, ?) RETURNING id`,
)
const insertLine = db.prepare(
  `INSERT INTO voucher_lines (voucher_id, ledger_id, period, line_no, summary, account_id, debit, credit, fund_nature, spend_type)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
)
let lines = 0
for (let l = 1; l <= LEDGERS; l++) {
  const { id: ledgerId } = call('ledgers.create', { code: `L${String(l).padStart(2, '0')}`, name: `第${l}联合工会`, startPeriod: `${FIRST_YEAR}-01` }, kj) as { id: number }
  const accounts = new Map((db.prepare('SELECT code, id FROM accounts WHERE ledger_id = ?').all(ledgerId) as { code: string; id: number }[]).map((a) => [a.code, a.id]))
  call(
    'opening.set',
    {
      ledgerId,
      entries: [
        { accountCode: '102', debit: 50_000_000 },
        { accountCode: '32205', credit: 50_000_000 },
      ],
    },
    kj,
  )
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
    db.transaction(() => {
      for (let month = 1; month <= 12; month++) {
        const period = year * 100 + month
        const count = Math.round(PER_YEAR / 12)
        for (let n = 1; n <= count; n++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(((n - 1) * 28) / count)).padStart(2, '0')}`
          const { id } = insertVoucher.get(ledgerId, period, n, date, date) as { id: number }
          // Two business lines pairs per voucher: about 4 lines.
          for (let p = 0; p < 2; p++) {
            const [debit, credit, fund, spend] = pick(PATTERNS)
            const value = amount(5000)
            const debitIsFlow = debit[0] === '4' || debit[0] === '5'
            const creditIsFlow = credit[0] === '4' || credit[0] === '5'
            insertLine.run(id, ledgerId, period, p * 2 + 1, '业务摘要', accounts.get(debit), value, 0, debitIsFlow ? fund : null, debitIsFlow ? spend : null)
            insertLine.run(id, ledgerId, period, p * 2 + 2, '业务摘要', accounts.get(credit), 0, value, creditIsFlow ? fund : null, creditIsFlow ? spend : null)
            lines += 2
          }
        }
      }
      db.prepare(`UPDATE vouchers SET status = 'posted', reviewed_by = 1, posted_by = 2, posted_at = date WHERE ledger_id = ? AND period BETWEEN ? AND ?`).run(
        ledgerId,
        year * 100 + 1,
        year * 100 + 12,
      )
    })()
    const last = year === FIRST_YEAR + YEARS - 1
    // The last year stays open from December, as a live ledger would be.
    for (let month = 1; month <= 11; month++) call('periods.close', { ledgerId, period: `${year}-${String(month).padStart(2, '0')}` }, kj)
    if (!last) call('years.close', { ledgerId, year }, kj)
  }
  process.stdout.write(`账套 ${l}/${LEDGERS}: ${lines.toLocaleString()} lines, ${((Date.now() - started) / 1000).toFixed(0)} s\n`)
}
await seedExtras(core, router, LEDGERS)
db.exec('ANALYZE')
core.close()
console.log(`done: ${dataDir}, ${lines.toLocaleString()} business lines in ${((Date.now() - started) / 1000).toFixed(0)} s`)
