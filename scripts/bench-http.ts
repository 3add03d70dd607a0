/**
 * Every read a screen makes, over HTTP against the built server on the big 街镇 database
 * (scripts/seed-big.ts): p50/p95 per method after a warm-up, flagging any p95 over 100 ms; then the
 * server's RSS idle and after the run. Prints figures; asserts nothing.
 *
 *   npm run build && npx tsx scripts/bench-http.ts [--data /tmp/uniondesk-big] [--runs 20] [--only <regex>] [--skip <regex>]
 *
 * --only/--skip pick rows by "screen method" (e.g. --skip '汇总|预算执行汇总' while working on another screen).
 */
import { parseArgs } from 'node:util'
import { findAppRoot } from '../electron/core/paths'
import { call, login, percentile, startServer } from './bench-server'

const { values } = parseArgs({
  options: { data: { type: 'string', default: '/tmp/uniondesk-big' }, runs: { type: 'string', default: '20' }, only: { type: 'string' }, skip: { type: 'string' } },
})
const root = findAppRoot(import.meta.dirname)
const server = await startServer(root, values.data!)
await new Promise((r) => setTimeout(r, 1000))
const idleMb = server.rssMb()
const kj = await login(server.url, 'kj', 'Kuaiji2026')
const admin = await login(server.url, 'admin', 'Admin2026')
const get = <T>(method: string, input: unknown, token = kj) => call<T>(server.url, token, method, input)

const ledgers = await get<{ id: number; code: string }[]>('ledgers.list', {})
const all = ledgers.map((l) => l.id)
const L = all[0]
const year = 2026
const month = `${year}-11` // the last closed month; December is still open
const open = `${year}-12`
const page = await get<{ rows: { id: number }[] }>('vouchers.search', { ledgerId: L, from: `${year}-12-01`, to: `${year}-12-31` })
const voucherId = page.rows[0].id
// The 街镇's own 账套 (上代下, 经费保障, 经费收缴 screens) and the first of each thing a detail view opens.
const street = (await get<{ ledgerId: number }[]>('funding.streets', {}))[0]?.ledgerId
const bankAccount = (await get<{ id: number }[]>('bank.accounts', { ledgerId: L }))[0]?.id
const asset = (await get<{ rows: { id: number }[] }>('assets.register', { ledgerId: L, period: open })).rows[0]?.id
const claim = (await get<{ rows: { id: number }[] }>('claims.list', {})).rows[0]?.id
const xiaoerji = (await get<{ id: number; type: string }[]>('unions.list', {}, admin)).find((u) => u.type === 'xiaoerji')?.id

type Read = [screen: string, method: string, input: unknown, token: string]
/** What each screen asks for when it opens or filters (renderer/src/pages: their useCall/call). */
const READS: Read[] = [
  ['工作台', 'auth.me', {}, kj],
  ['工作台', 'system.status', {}, admin],
  ['工作台', 'home.todo', {}, kj],
  ['工作台 (管理员)', 'home.todo', {}, admin],
  ['工作台', 'backup.status', {}, admin],
  ['账套', 'ledgers.list', {}, kj],
  ['账套 (预算)', 'budget.ledgers', {}, kj],
  ['科目', 'accounts.list', { ledgerId: L }, kj],
  ['期初', 'opening.get', { ledgerId: L }, kj],
  ['结账', 'periods.list', { ledgerId: L }, kj],
  ['凭证', 'vouchers.search', { ledgerId: L }, kj],
  ['凭证 (本月)', 'vouchers.search', { ledgerId: L, from: `${year}-12-01`, to: `${year}-12-31` }, kj],
  ['凭证 (摘要无匹配)', 'vouchers.search', { ledgerId: L, text: '不存在的摘要' }, kj],
  ['凭证 (摘要)', 'vouchers.search', { ledgerId: L, text: '拨付' }, kj],
  ['凭证 (摘要 1 字)', 'vouchers.search', { ledgerId: L, text: '拨' }, kj],
  ['凭证 (摘要 3+ 字)', 'vouchers.search', { ledgerId: L, text: '下级补助' }, kj],
  ['凭证 (摘要 处处有)', 'vouchers.search', { ledgerId: L, text: '业务摘要' }, kj],
  ['凭证 (待签字)', 'vouchers.search', { ledgerId: L, unsigned: true }, kj],
  ['凭证详情', 'vouchers.get', { id: voucherId }, kj],
  ['常用凭证', 'templates.list', { ledgerId: L }, kj],
  ['项目', 'projects.list', { ledgerId: L }, kj],
  ['科目余额表', 'balances.trial', { ledgerId: L, from: month, to: month }, kj],
  ['科目余额表 (年)', 'balances.trial', { ledgerId: L, from: `${year}-01`, to: open }, kj],
  ['总账', 'reports.generalLedger', { ledgerId: L, from: `${year}-01`, to: month }, kj],
  ['明细账', 'reports.detailLedger', { ledgerId: L, from: `${year}-01`, to: month, accountCode: '102' }, kj],
  ['日记账', 'reports.cashJournal', { ledgerId: L, from: `${year}-01`, to: month, accountCode: '102' }, kj],
  ['辅助余额', 'reports.auxBalance', { ledgerId: L, from: `${year}-01`, to: month, by: 'fundNature' }, kj],
  ['多栏式', 'reports.multiColumn', { ledgerId: L, from: `${year}-01`, to: month, accountCode: '501' }, kj],
  ['序时账', 'reports.voucherJournal', { ledgerId: L, from: month, to: month }, kj],
  ['凭证汇总表', 'reports.voucherSummary', { ledgerId: L, period: month }, kj],
  ['工会01表', 'reports.balanceSheet', { ledgerId: L, period: month }, kj],
  ['工会02表 (月)', 'reports.incomeStatement', { ledgerId: L, period: month }, kj],
  ['工会02表 (上年)', 'reports.incomeStatement', { ledgerId: L, year: year - 1 }, kj],
  ['汇总 (15 账套)', 'reports.consolidated', { ledgerIds: all, period: open }, kj],
  ['预算', 'budget.list', { ledgerId: L }, kj],
  ['预算编制', 'budget.get', { ledgerId: L, year }, kj],
  ['预算项目', 'budget.lines', { ledgerId: L, year }, kj],
  ['预算控制', 'budget.settings', {}, kj],
  ['预算执行表', 'budget.execution', { ledgerIds: [L], period: open }, kj],
  ['预算执行汇总 (15)', 'budget.execution', { ledgerIds: all, period: open }, kj],
  ['预算表', 'yearend.budgetTable', { ledgerIds: [L], year }, kj],
  ['决算报告', 'yearend.finalAccounts', { ledgerId: L, year: year - 1 }, kj],
  ['年度归档', 'yearend.archiveStatus', { ledgerId: L, year: year - 1 }, kj],
  ['银行对账', 'bank.accounts', { ledgerId: L }, kj],
  ['银行对账', 'bank.mappings', {}, kj],
  ['固定资产', 'assets.register', { ledgerId: L, period: open }, kj],
  ['固定资产', 'assets.check', { ledgerId: L, period: open }, kj],
  ['上代下', 'funding.streets', {}, kj],
  ['报账', 'claims.scope', {}, kj],
  ['报账', 'claims.list', {}, kj],
  ['报账', 'claims.options', { ledgerId: L, year }, kj],
  ['支出标准', 'rules.list', {}, kj],
  ['组织台账', 'unions.list', {}, admin],
  ['企业', 'enterprises.list', { year }, admin],
  ['台账总览', 'registry.dashboard', { year, fromYear: year - 4 }, admin],
  ['台账总览', 'registry.settings', {}, admin],
  ['建会率', 'registry.rates', { year }, admin],
  ['考核', 'registry.scorecard', { year }, admin],
  ['待办', 'registry.worklists', { year }, admin],
  ['审计日志', 'audit.list', {}, admin],
  ['用户', 'users.list', {}, admin],
  ['备份', 'backup.list', {}, admin],
  ['系统设置', 'system.settings', {}, admin],
  ['系统信息', 'system.info', {}, admin],
]
// Screens over data the seed may not have: measured when it does, named when it does not.
const missing: string[] = []
const when = (id: number | undefined, what: string, reads: Read[]) => (id ? READS.push(...reads) : missing.push(what))
when(street, '街镇账套 (上代下/经费保障/经费收缴)', [
  ['上代下', 'transfers.list', { ledgerId: street!, from: `${year}-01`, to: `${year}-12` }, kj],
  ['内部往来核对', 'transfers.reconcile', { ledgerId: street!, from: `${year}-01`, to: month }, kj],
  ['经费保障', 'funding.get', { ledgerId: street!, year }, kj],
  ['经费保障', 'funding.vsActual', { ledgerId: street!, year }, kj],
  ['经费收缴', 'levy.imports', { ledgerId: street! }, kj],
  ['经费收缴', 'levy.entries', { ledgerId: street!, year }, kj],
  ['经费收缴', 'levy.rules', { ledgerId: street! }, kj],
  ['经费收缴', 'levy.settings', { ledgerId: street! }, kj],
  ['欠缴', 'levy.arrears', { ledgerId: street!, year, to: `${year}-12` }, kj],
  ['收缴情况表', 'levy.report', { ledgerId: street!, year }, kj],
])
when(bankAccount, '银行账户', [
  ['银行对账', 'bank.items', { bankAccountId: bankAccount!, period: month }, kj],
  ['余额调节表', 'bank.reconciliation', { bankAccountId: bankAccount!, period: month, staleDays: 30 }, kj],
])
when(asset, '固定资产卡片', [['资产卡片', 'assets.get', { id: asset! }, kj]])
when(claim, '报账单', [['报账单', 'claims.get', { id: claim! }, kj]])
when(xiaoerji, '小二级', [
  // The 小二级 page: one table per record kind (registry/recordKinds).
  ...['committee', 'staff', 'subCommittees', 'stations', 'surveys', 'rights', 'activities', 'evaluations', 'plans'].map((kind): Read => [
    '小二级',
    `${kind}.list`,
    { unionId: xiaoerji! },
    admin,
  ]),
])
const pick = (re: string | undefined, fallback: boolean) => (r: Read) => (re ? new RegExp(re).test(`${r[0]} ${r[1]}`) : fallback)
const chosen = READS.filter(pick(values.only, true)).filter((r) => !pick(values.skip, false)(r))

const runs = Number(values.runs)
let slow = 0
console.log(`database ${values.data}; ${runs} calls each after 2 warm-ups; server RSS idle ${idleMb.toFixed(0)} MB (goal ≤ 150 MB)`)
for (const [screen, method, input, token] of chosen) {
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
if (missing.length) console.log(`not measured (no such data in this database): ${missing.join('、')}`)
console.log(`${slow} of ${chosen.length} over 100 ms at p95; server RSS after the run ${server.rssMb().toFixed(0)} MB, peak ${server.peakMb().toFixed(0)} MB`)
await server.stop()
