/**
 * Voucher import of a generated workbook (20,000 vouchers / 40,000 lines by default), through the CLI
 * path (router in this process) and through HTTP (the built server; its peak RSS), next to two floors:
 * exceljs' whole-workbook reader + one better-sqlite3 transaction (time), and exceljs' streaming
 * reader + the same transaction (memory). Every variant runs in its own process on a fresh copy of
 * the same database, interleaved run by run; prints min and median. The HTTP import runs twice: alone
 * (like the floors) and while another user reads 科目余额表 in a loop (its p95 is printed; on a busy
 * machine that reader takes CPU from the import, so its time is shown but is not the goal's figure). Asserts nothing.
 *
 *   npm run build && npx tsx scripts/bench-import.ts [--vouchers 20000] [--runs 3] [--bench /tmp/uniondesk-import-bench]
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import type ExcelJS from 'exceljs'
import { openCore } from '../electron/core'
import { appVersionOf, findAppRoot, migrationsFolderOf } from '../electron/core/paths'
import { call, login, percentile, startServer } from './bench-server'

const { values } = parseArgs({
  options: {
    vouchers: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
    child: { type: 'string' },
    dir: { type: 'string' },
    bench: { type: 'string', default: '/tmp/uniondesk-import-bench' },
  },
})
const root = findAppRoot(import.meta.dirname)
const options = (dataDir: string) => ({ dataDir, migrationsFolder: migrationsFolderOf(root), appVersion: appVersionOf(root) })
const VOUCHERS = Number(values.vouchers)
const BENCH = values.bench!
const FILE = join(BENCH, `vouchers-${VOUCHERS}.xlsx`)
const BASE = join(BENCH, 'base')
const maxRssMb = () => process.resourceUsage().maxRSS / 1024
/**
 * Loaded where it is used, never at this script's top: every variant pays for loading its Excel library inside
 * its timer, as the server's import worker does (a static import here had given the floors and the CLI variant
 * exceljs for free, ≈ 0.15–0.25 s, while the HTTP variant's worker loaded it on the clock).
 */
const loadExcelJS = async () => (await import('exceljs')).default

/** Income and expenditure pairs a union posts all year. */
const PAIRS: [string, string, string][] = [
  ['102', '401', '非专项'],
  ['50105', '102', '非专项'],
  ['102', '40301', '非专项'],
  ['50404', '102', '专项'],
]

async function prepare() {
  if (existsSync(FILE) && existsSync(BASE)) return
  rmSync(BENCH, { recursive: true, force: true })
  mkdirSync(BENCH, { recursive: true })
  const { core, router } = openCore(options(BASE))
  const run = (method: string, input: unknown, caller: object) => {
    const res = router.callSync(method, input, caller as never, 'cli')
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`)
    return res.data as { id: number }
  }
  run('auth.setupAdmin', { username: 'admin', displayName: '王管理', password: 'Admin2026' }, { token: null })
  run('users.create', { username: 'kj', displayName: '李会计', password: 'Kuaiji2026', assignments: [{ role: 'accountant' }] }, { localUser: 'admin' })
  const ledgerId = run('ledgers.create', { code: 'IMP', name: '导入测试工会', startPeriod: '2026-01' }, { localUser: 'kj' }).id
  run(
    'opening.set',
    {
      ledgerId,
      entries: [
        { accountCode: '102', debit: 900_000_000 },
        { accountCode: '32205', credit: 900_000_000 },
      ],
    },
    { localUser: 'kj' },
  )
  core.close()
  const ExcelJS = await loadExcelJS()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: FILE, useSharedStrings: true })
  const sheet = workbook.addWorksheet('凭证')
  sheet.addRow(['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '项目', '资金性质', '附件数']).commit()
  const perMonth = Math.ceil(VOUCHERS / 12)
  for (let v = 0; v < VOUCHERS; v++) {
    const month = 1 + Math.floor(v / perMonth)
    const number = 1 + (v % perMonth)
    const date = `2026-${String(month).padStart(2, '0')}-${String(1 + (v % 28)).padStart(2, '0')}`
    const [debit, credit, nature] = PAIRS[v % PAIRS.length]
    const amount = (100 + ((v * 37) % 90000)) / 100
    sheet.addRow([date, '记', number, `业务摘要 ${v + 1}`, debit, amount, '', '', debit[0] === '5' ? nature : '', 1]).commit()
    sheet.addRow([date, '记', number, `业务摘要 ${v + 1}`, credit, '', amount, '', credit[0] === '4' ? nature : '', 1]).commit()
  }
  await workbook.commit()
}

/** The floors: read the workbook, insert vouchers and lines with plain statements in one transaction. */
async function floor(dir: string, streaming: boolean) {
  const db = new Database(join(dir, 'uniondesk.db'))
  db.pragma('journal_mode = WAL')
  const ledger = (db.prepare(`SELECT id FROM ledgers WHERE code = 'IMP'`).get() as { id: number }).id
  const accounts = new Map((db.prepare('SELECT code, id FROM accounts WHERE ledger_id = ?').all(ledger) as { code: string; id: number }[]).map((a) => [a.code, a.id]))
  const rows: ExcelJS.CellValue[][] = []
  const ExcelJS = await loadExcelJS()
  if (streaming) {
    for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(FILE, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' })) {
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) if (row.number > 1) rows.push(row.values as ExcelJS.CellValue[])
    }
  } else {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(FILE)
    wb.worksheets[0].eachRow((row, n) => n > 1 && rows.push(row.values as ExcelJS.CellValue[]))
  }
  const voucher = db.prepare(
    `INSERT INTO vouchers (ledger_id, period, word, number, date, attachments, status, origin, created_by, created_at) VALUES (?, ?, ?, ?, ?, 1, 'draft', 'import', 1, ?) RETURNING id`,
  )
  const line = db.prepare(
    `INSERT INTO voucher_lines (voucher_id, ledger_id, period, line_no, summary, account_id, debit, credit, fund_nature, spend_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    let key = ''
    let id = 0
    let n = 0
    for (const v of rows) {
      const date = String(v[1])
      const period = Number(date.slice(0, 4) + date.slice(5, 7))
      if (`${period}|${v[3]}` !== key) {
        key = `${period}|${v[3]}`
        id = (voucher.get(ledger, period, String(v[2]), Number(v[3]), date, date) as { id: number }).id
        n = 0
      }
      const code = String(v[5])
      line.run(
        id,
        ledger,
        period,
        ++n,
        String(v[4]),
        accounts.get(code),
        Math.round(Number(v[6] || 0) * 100),
        Math.round(Number(v[7] || 0) * 100),
        v[9] ? 'general' : null,
        code[0] === '5' ? 'basic' : null,
      )
    }
  })()
  db.close()
}

async function child(variant: string, dir: string) {
  const started = performance.now()
  if (variant === 'floor-load' || variant === 'floor-stream') await floor(dir, variant === 'floor-stream')
  else {
    const { core, router } = openCore(options(dir))
    const t = performance.now()
    const res = await router.call('import.vouchers', { ledgerId: 1, fileName: 'v.xlsx', content: readFileSync(FILE).toString('base64'), post: false }, { localUser: 'kj' }, 'cli')
    if (!res.ok) throw new Error(res.error.message)
    core.close()
    process.stdout.write(JSON.stringify({ ms: performance.now() - t, mb: maxRssMb() }))
    return
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, mb: maxRssMb() }))
}

/** withReader: another user reads 科目余额表 in a loop meanwhile (its p95); timed apart, as the floors have no such load. */
async function viaHttp(dir: string, withReader: boolean) {
  const server = await startServer(root, dir)
  try {
    const token = await login(server.url, 'kj', 'Kuaiji2026')
    const reader = await login(server.url, 'admin', 'Admin2026')
    const reads: number[] = []
    let running = withReader
    const loop = (async () => {
      while (running) {
        const t = performance.now()
        await call(server.url, reader, 'balances.trial', { ledgerId: 1, from: '2026-01', to: '2026-01' })
        reads.push(performance.now() - t)
        await new Promise((r) => setTimeout(r, 20))
      }
    })()
    const content = readFileSync(FILE).toString('base64')
    const t = performance.now()
    await call(server.url, token, 'import.vouchers', { ledgerId: 1, fileName: 'v.xlsx', content, post: false })
    const ms = performance.now() - t
    running = false
    await loop
    return { ms, mb: server.peakMb(), readP95: withReader ? percentile(reads, 95) : undefined }
  } finally {
    await server.stop()
  }
}

type Sample = { ms: number; mb: number; readP95?: number }
async function main() {
  if (values.child) return child(values.child, values.dir!)
  await prepare()
  const variants = ['floor-load', 'floor-stream', 'cli', 'http', 'http+reader'] as const
  const samples = Object.fromEntries(variants.map((v) => [v, [] as Sample[]])) as Record<(typeof variants)[number], Sample[]>
  for (let r = 0; r < Number(values.runs); r++) {
    for (const variant of variants) {
      const dir = join(BENCH, `run-${variant}`)
      rmSync(dir, { recursive: true, force: true })
      cpSync(BASE, dir, { recursive: true })
      const sample: Sample = variant.startsWith('http')
        ? await viaHttp(dir, variant === 'http+reader')
        : JSON.parse(
            execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', variant, '--dir', dir, '--vouchers', String(VOUCHERS), '--bench', BENCH], {
              encoding: 'utf8',
            }),
          )
      samples[variant].push(sample)
      console.log(
        `run ${r + 1} ${variant.padEnd(12)} ${(sample.ms / 1000).toFixed(2)} s  peak ${sample.mb.toFixed(0)} MB${sample.readP95 !== undefined ? `  other user's 科目余额表 p95 ${sample.readP95.toFixed(0)} ms` : ''}`,
      )
    }
  }
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    return { min: s[0], median: s[Math.floor(s.length / 2)] }
  }
  const ratio = (ours: Sample[], floors: Sample[], key: 'ms' | 'mb') => {
    const rs = stat(ours.map((o, i) => o[key] / floors[i][key]))
    return `${rs.min.toFixed(2)}× / ${rs.median.toFixed(2)}×`
  }
  console.log(`\n${VOUCHERS.toLocaleString()} vouchers, ${Number(values.runs)} interleaved runs (ratios min / median)`)
  for (const v of ['cli', 'http', 'http+reader'] as const) {
    const t = stat(samples[v].map((s) => s.ms))
    const m = stat(samples[v].map((s) => s.mb))
    console.log(
      `${v.padEnd(11)} time ${(t.median / 1000).toFixed(2)} s = ${ratio(samples[v], samples['floor-load'], 'ms')} whole-workbook floor (goal ≤ 1.5×); peak ${m.median.toFixed(0)} MB = ${ratio(samples[v], samples['floor-stream'], 'mb')} streaming floor (goal ≤ 1.3×)`,
    )
  }
  const f = (v: 'floor-load' | 'floor-stream') => `${(stat(samples[v].map((s) => s.ms)).median / 1000).toFixed(2)} s, ${stat(samples[v].map((s) => s.mb)).median.toFixed(0)} MB`
  console.log(`floors (median): whole-workbook ${f('floor-load')}; streaming ${f('floor-stream')}`)
  const p95 = stat(samples['http+reader'].map((s) => s.readP95!))
  console.log(`other user's reads during the HTTP import: p95 ${p95.min.toFixed(0)} / ${p95.median.toFixed(0)} ms (goal ≤ 300 ms)`)
}
await main()
