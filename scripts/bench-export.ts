/**
 * The 200,000-line xlsx export next to a raw exceljs streaming write of the same rows: time and
 * peak memory (maxRSS), each variant in its own child process so one's heap cannot hide in the
 * other's. Builds its database on first use (one 账套 × 10 years × 5,000 vouchers ≈ 203,000 lines).
 * Prints figures; asserts nothing.
 *
 *   npx tsx scripts/bench-export.ts [--data /tmp/uniondesk-export-bench] [--runs 2]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import ExcelJS from 'exceljs'
import { openCore } from '../electron/core'
import { DATABASE_FILE } from '../electron/core/app'
import { appVersionOf, findAppRoot, migrationsFolderOf } from '../electron/core/paths'
import { exportReportToFile } from '../electron/core/reports/export'
import { eq } from 'drizzle-orm'
import { ledgers } from '../drizzle/schema'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/tmp/uniondesk-export-bench' },
    runs: { type: 'string', default: '2' },
    variant: { type: 'string' },
    out: { type: 'string' },
  },
})
const root = findAppRoot(import.meta.dirname)
const dataDir = values.data!
const open = () => openCore({ dataDir, migrationsFolder: migrationsFolderOf(root), appVersion: appVersionOf(root) })

/** The exported range: the whole life of the one 账套. */
function scope(sqlite: import('better-sqlite3').Database) {
  const ledger = sqlite.prepare("SELECT * FROM ledgers WHERE code = 'L01'").get() as { id: number }
  const { from, to } = sqlite.prepare('SELECT min(period) AS "from", max(period) AS "to" FROM voucher_lines WHERE ledger_id = ?').get(ledger.id) as { from: number; to: number }
  const text = (p: number) => `${Math.floor(p / 100)}-${String(p % 100).padStart(2, '0')}`
  return { ledger, from, to, fromText: text(from), toText: text(to) }
}

/** Our export: 序时账 through reports/export.ts, exactly as the window or the CLI runs it. */
async function ours(out: string): Promise<number> {
  const { core } = open()
  const s = scope(core.sqlite)
  const ledger = core.db.select().from(ledgers).where(eq(ledgers.id, s.ledger.id)).get()!
  const { rows } = await exportReportToFile(core, [ledger], { report: 'voucher-journal', ledgerIds: [s.ledger.id], from: s.fromText, to: s.toText, annual: false }, out)
  core.close()
  return rows
}

/** The floor: the same rows from one plain query, written by exceljs' streaming writer with no styling. */
async function raw(out: string): Promise<number> {
  const { core } = open()
  const s = scope(core.sqlite)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out })
  const ws = workbook.addWorksheet('序时账')
  const lines = core.sqlite
    .prepare(
      `SELECT v.date, v.word || '-' || v.number AS label, a.code, a.name, l.summary, l.debit, l.credit
       FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id JOIN accounts a ON a.id = l.account_id
       WHERE l.ledger_id = ? AND l.posted = 1 AND l.period BETWEEN ? AND ?
       ORDER BY l.period, v.date, v.word, v.number, l.line_no`,
    )
    .raw()
    .iterate(s.ledger.id, s.from, s.to) as IterableIterator<[string, string, string, string, string, number, number]>
  let n = 0
  for (const [date, label, code, name, summary, debit, credit] of lines) {
    ws.addRow([date, label, code, name, summary, debit / 100, credit / 100]).commit()
    // The same pauses as ours, so the zip keeps up and memory stays flat.
    if (++n % 500 === 0) await new Promise((resolve) => setImmediate(resolve))
  }
  ws.commit()
  await workbook.commit()
  core.close()
  return n
}

/** Only opening the core: the memory every variant starts from (modules, contract, database). */
async function idle(out: string): Promise<number> {
  open().core.close()
  await ExcelJS.stream.xlsx.WorkbookWriter.prototype.commit.call(new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out }))
  return 0
}

if (values.variant) {
  const start = performance.now()
  const rows = await { raw, ours, idle }[values.variant as 'raw' | 'ours' | 'idle'](values.out!)
  const ms = performance.now() - start
  // maxRSS is in kilobytes: the process's high-water mark, opening the database included.
  console.log(JSON.stringify({ ms, rows, bytes: statSync(values.out!).size, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
} else {
  if (!existsSync(join(dataDir, DATABASE_FILE))) {
    console.log(`seeding ${dataDir} (one 账套, 10 years × 5,000 vouchers)…`)
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/seed-big.ts'), '--data', dataDir, '--ledgers', '1', '--vouchers', '5000'], {
      stdio: 'inherit',
    })
    if (seeded.status !== 0) process.exit(1)
  }
  // Opening once here makes the day's automatic backup, which the children must not time.
  open().core.close()
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-export-'))
  type Result = { ms: number; rows: number; bytes: number; maxRssMb: number }
  const results: Record<string, Result[]> = { idle: [], raw: [], ours: [] }
  for (let i = 0; i < Number(values.runs); i++) {
    for (const variant of ['idle', 'raw', 'ours'] as const) {
      const out = join(dir, `${variant}.xlsx`)
      const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--data', dataDir, '--variant', variant, '--out', out], { encoding: 'utf8' })
      if (child.status !== 0) throw new Error(`${variant}: ${child.stderr}`)
      results[variant].push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Result)
    }
  }
  rmSync(dir, { recursive: true, force: true })
  const best = (variant: string) => results[variant].reduce((a, b) => (b.ms < a.ms ? b : a))
  const [r, o] = [best('raw'), best('ours')]
  console.log(`process after opening the core (no export): ${best('idle').maxRssMb.toFixed(0)} MB`)
  const line = (name: string, x: Result) =>
    `${name.padEnd(34)} ${x.rows.toLocaleString().padStart(9)} rows ${(x.ms / 1000).toFixed(2).padStart(7)} s ${x.maxRssMb.toFixed(0).padStart(5)} MB peak ${(x.bytes / 1e6).toFixed(1).padStart(6)} MB file`
  console.log(`xlsx export, best of ${values.runs} (each in its own process)`)
  console.log(line('raw exceljs stream (no styling)', r))
  console.log(line('序时账 export (reports.export)', o))
  console.log(`export / raw: ${(o.ms / r.ms).toFixed(2)}× time (target ≤ 1.3×), ${o.maxRssMb.toFixed(0)} MB peak (target ≤ 400 MB)`)
}
