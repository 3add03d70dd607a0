/**
 * Every read a screen makes, over HTTP against the built server on the big 街镇 database
 * (scripts/seed-big.ts): p50/p95 per method after a warm-up, flagging any p95 over 100 ms; then the
 * server's RSS idle and after the run. Prints figures; asserts nothing.
 *
 *   npm run build && npx tsx scripts/bench-http.ts [--data /tmp/uniondesk-big] [--runs 20]
 */
import { parseArgs } from 'node:util'
import { findAppRoot } from '../electron/core/paths'
import { call, login, percentile, startServer } from './bench-server'

const { values } = parseArgs({ options: { data: { type: 'string', default: '/tmp/uniondesk-big' }, runs: { type: 'string', default: '20' } } })
const root = findAppRoot(import.meta.dirname)
const server = await startServer(root, values.data!)
await new Promise((r) => setTimeout(r, 1000))
const idleMb = server.rssMb()
const kj = await login(server.url, 'kj', 'Kuaiji2026')
const admin = await login(server.url, 'admin', 'Admin2026')

const ledgers = await call<{ id: number; code: string }[]>(server.url, kj, 'ledgers.list', {})
const all = ledgers.map((l) => l.id)
const L = all[0]
const year = 2026
const month = `${year}-11` // the last closed month; December is still open
const open = `${year}-12`
const page = await call<{ rows: { id: number }[] }>(server.url, kj, 'vouchers.search', { ledgerId: L, from: `${year}-12-01`, to: `${year}-12-31` })
const voucherId = page.rows[0].id
const budget = await call<{ id: number } | null>(server.url, kj, 'budget.get', { ledgerId: L, year })

/** [screen, method, input, token]: what each screen asks for when it opens or filters. */
const READS: [string, string, unknown, string][] = [
  ['工作台', 'auth.me', {}, kj],
  ['工作台', 'system.status', {}, admin],
  ['账套', 'ledgers.list', {}, kj],
  ['科目', 'accounts.list', { ledgerId: L }, kj],
  ['期初', 'opening.get', { ledgerId: L }, kj],
  ['结账', 'periods.list', { ledgerId: L }, kj],
  ['凭证', 'vouchers.search', { ledgerId: L }, kj],
  ['凭证 (本月)', 'vouchers.search', { ledgerId: L, from: `${year}-12-01`, to: `${year}-12-31` }, kj],
  ['凭证 (摘要无匹配)', 'vouchers.search', { ledgerId: L, text: '不存在的摘要' }, kj],
  ['凭证 (摘要)', 'vouchers.search', { ledgerId: L, text: '拨付' }, kj],
  ['凭证详情', 'vouchers.get', { id: voucherId }, kj],
  ['常用凭证', 'templates.list', { ledgerId: L }, kj],
  ['项目', 'projects.list', { ledgerId: L }, kj],
  ['科目余额表', 'balances.trial', { ledgerId: L, from: month, to: month }, kj],
  ['科目余额表 (年)', 'balances.trial', { ledgerId: L, from: `${year}-01`, to: open }, kj],
  ['总账', 'reports.generalLedger', { ledgerId: L, from: `${year}-01`, to: month }, kj],
  ['辅助余额', 'reports.auxBalance', { ledgerId: L, from: `${year}-01`, to: month, by: 'fundNature' }, kj],
  ['多栏式', 'reports.multiColumn', { ledgerId: L, from: `${year}-01`, to: month, accountCode: '501' }, kj],
  ['序时账', 'reports.voucherJournal', { ledgerId: L, from: month, to: month }, kj],
  ['工会01表', 'reports.balanceSheet', { ledgerId: L, period: month }, kj],
  ['工会02表 (月)', 'reports.incomeStatement', { ledgerId: L, period: month }, kj],
  ['工会02表 (上年)', 'reports.incomeStatement', { ledgerId: L, year: year - 1 }, kj],
  ['汇总 (15 账套)', 'reports.consolidated', { ledgerIds: all, period: open }, kj],
  ['预算', 'budget.list', { ledgerId: L }, kj],
  ['预算编制', 'budget.get', { ledgerId: L, year }, kj],
  ['预算执行表', 'budget.execution', { ledgerIds: [L], period: open }, kj],
  ['预算执行汇总 (15)', 'budget.execution', { ledgerIds: all, period: open }, kj],
  ['报账', 'claims.list', {}, kj],
  ['组织台账', 'unions.list', {}, admin],
  ['企业', 'enterprises.list', { year }, admin],
  ['台账总览', 'registry.dashboard', {}, admin],
  ['建会率', 'registry.rates', { year }, admin],
  ['考核', 'registry.scorecard', { year }, admin],
  ['待办', 'registry.worklists', { year }, admin],
  ['审计日志', 'audit.list', {}, admin],
  ['用户', 'users.list', {}, admin],
  ['备份', 'backup.list', {}, admin],
]
if (budget) READS.push(['预算项目', 'budget.lines', { ledgerId: L, year }, kj])

const runs = Number(values.runs)
let slow = 0
console.log(`database ${values.data}; ${runs} calls each after 2 warm-ups; server RSS idle ${idleMb.toFixed(0)} MB (goal ≤ 150 MB)`)
for (const [screen, method, input, token] of READS) {
  const samples: number[] = []
  try {
    for (let i = 0; i < runs + 2; i++) {
      const t = performance.now()
      await call(server.url, token, method, input)
      if (i >= 2) samples.push(performance.now() - t)
    }
  } catch (error) {
    console.log(`${screen.padEnd(16)} ${method.padEnd(24)} error: ${(error as Error).message}`)
    continue
  }
  const [p50, p95] = [percentile(samples, 50), percentile(samples, 95)]
  if (p95 > 100) slow++
  console.log(`${screen.padEnd(16)} ${method.padEnd(24)} p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms${p95 > 100 ? '  ← over 100 ms' : ''}`)
}
console.log(`${slow} of ${READS.length} over 100 ms at p95; server RSS after the run ${server.rssMb().toFixed(0)} MB, peak ${server.peakMb().toFixed(0)} MB`)
await server.stop()
