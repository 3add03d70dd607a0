/**
 * Fault injection for backup, restore and concurrent writers (issue 12): kills the CLI in the middle of
 * backups and restores, offers damaged files to restore, runs CLI writers against a writing server and
 * kills the server mid-write, then prints what survived. Runs the built CLI (out/main/cli.js) exactly as a
 * clerk would. Run: npm run faults (builds first; a few minutes on two cores, so not part of npm test).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { openCore } from '../electron/core'
import { verifyDatabaseFile } from '../electron/core/backup/verify'
import { integrityCheck } from '../electron/core/db/open'
import { readMigrations } from '../electron/core/db/migrations'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'out/main/cli.js')
const migrationsFolder = join(root, 'drizzle/migrations')
const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin2026' }
const results: string[] = []
const report = (line: string) => {
  results.push(line)
  console.log(line)
}

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  out: string
}

function cliRun(args: string[], killAfterMs?: number): Promise<Run> {
  const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()))
  const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs)
  return new Promise((done) =>
    child.once('exit', (code, signal) => {
      if (timer) clearTimeout(timer)
      done({ code, signal, out: out.trim() })
    }),
  )
}

/** A data folder with an admin, a 账套 and enough data (a large setting as ballast) that backups take a while. */
function seed(ballastMb: number): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'uniondesk-faults-'))
  const { core, router } = openCore({ dataDir, migrationsFolder, appVersion: 'faults' })
  const call = (method: string, input: unknown, token: string | null = null) => {
    const res = router.callSync(method, input, { token }, 'cli')
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`)
    return res.data as Record<string, unknown>
  }
  const token = call('auth.setupAdmin', ADMIN).token as string
  call('ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod: '2026-01' }, token)
  core.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('faults.ballast', ?)`).run('x'.repeat(ballastMb * 1024 * 1024))
  core.close()
  return dataDir
}

/** Open read-only and say what is there: integrity, 账套 count, and whether it opens at all. */
function inspect(dataDir: string): { integrity: string; ledgers: number } {
  const db = new Database(join(dataDir, 'uniondesk.db'), { readonly: true, fileMustExist: true })
  try {
    return { integrity: integrityCheck(db), ledgers: (db.prepare('SELECT count(*) AS n FROM ledgers').get() as { n: number }).n }
  } finally {
    db.close()
  }
}

function listedBackups(dataDir: string) {
  const dir = join(dataDir, 'backups')
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => /^uniondesk-.*\.db$/.test(n)) : []
  const verified = names.filter((n) => verifyDatabaseFile(join(dir, n), migrationsFolder).ok).length
  const partial = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.partial')).length : 0
  return { listed: names.length, verified, partial }
}

async function timed(args: string[]): Promise<{ ms: number; run: Run }> {
  const start = Date.now()
  const run = await cliRun(args)
  return { ms: Date.now() - start, run }
}

async function killDuringBackup(rounds: number): Promise<void> {
  const dataDir = seed(200)
  const full = await timed(['backup', '--data', dataDir])
  if (full.run.code !== 0) throw new Error(full.run.out)
  const before = listedBackups(dataDir)
  let killed = 0
  for (let i = 0; i < rounds; i++) {
    const run = await cliRun(['backup', '--data', dataDir], Math.round(((i + 0.5) / rounds) * full.ms))
    if (run.signal) killed++
  }
  const after = listedBackups(dataDir)
  const live = inspect(dataDir)
  report(`【备份中途被杀】一次完整备份 ${full.ms} ms；${rounds} 次在 0–100% 处强杀，其中 ${killed} 次在完成前被杀。`)
  report(
    `  备份文件：之前 ${before.listed} 份，之后 ${after.listed} 份，全部列出的备份中通过校验 ${after.verified} 份、未通过 ${after.listed - after.verified} 份；残留临时文件 ${after.partial} 个（下次备份时清理，不会列出）。`,
  )
  report(`  当前数据库：完整性 ${live.integrity}，账套 ${live.ledgers} 个。`)
  rmSync(dataDir, { recursive: true, force: true })
}

async function killDuringRestore(rounds: number): Promise<void> {
  const dataDir = seed(200)
  const made = await cliRun(['backup', '--json', '--data', dataDir])
  const backupName = JSON.parse(made.out).name as string
  // After the backup: one more 账套, so the live data and the backup can be told apart.
  const added = await cliRun(['ledgers', 'add', '--code', 'XE', '--name', '小二级工会', '--start', '2026-01', '--data', dataDir])
  if (added.code !== 0) throw new Error(added.out)
  const full = await timed(['restore', backupName, '--data', dataDir])
  if (full.run.code !== 0) throw new Error(full.run.out)
  // Back to two 账套 for the kill rounds.
  await cliRun(['ledgers', 'add', '--code', 'XE', '--name', '小二级工会', '--start', '2026-01', '--data', dataDir])
  const outcomes = { backup: 0, live: 0, other: 0, unopenable: 0, killed: 0 }
  for (let i = 0; i < rounds; i++) {
    const run = await cliRun(['restore', backupName, '--data', dataDir], Math.round(((i + 0.5) / rounds) * full.ms))
    if (run.signal) outcomes.killed++
    try {
      const state = inspect(dataDir)
      if (state.integrity !== 'ok') outcomes.unopenable++
      else if (state.ledgers === 1) outcomes.backup++
      else if (state.ledgers === 2) outcomes.live++
      else outcomes.other++
    } catch {
      outcomes.unopenable++
    }
    // Put the distinguishing 账套 back when the restore got through, so every round starts alike.
    if (inspect(dataDir).ledgers === 1) await cliRun(['ledgers', 'add', '--code', 'XE', '--name', '小二级工会', '--start', '2026-01', '--data', dataDir])
  }
  const next = await cliRun(['check', '--data', dataDir])
  report(`【恢复中途被杀】一次完整恢复 ${full.ms} ms；${rounds} 次在 0–100% 处强杀（${outcomes.killed} 次在完成前被杀）。`)
  report(
    `  之后的数据库：恢复前的数据 ${outcomes.live} 次、备份的数据 ${outcomes.backup} 次、混合 ${outcomes.other} 次、损坏或打不开 ${outcomes.unopenable} 次。check 退出码 ${next.code}。`,
  )
  rmSync(dataDir, { recursive: true, force: true })
}

async function damagedFiles(): Promise<void> {
  const dataDir = seed(1)
  const made = JSON.parse((await cliRun(['backup', '--json', '--data', dataDir])).out).name as string
  const dir = join(dataDir, 'backups')
  const good = readFileSync(join(dir, made))
  const last = readMigrations(migrationsFolder).at(-1)!
  const edit = (name: string, sql: string) => {
    cpSync(join(dir, made), join(dir, name))
    const db = new Database(join(dir, name))
    db.exec(sql)
    db.close()
  }
  const cases: [string, string, () => void][] = [
    ['0 字节', 'uniondesk-20200101-000001-manual.db', () => writeFileSync(join(dir, 'uniondesk-20200101-000001-manual.db'), '')],
    ['截断一半', 'uniondesk-20200101-000002-manual.db', () => writeFileSync(join(dir, 'uniondesk-20200101-000002-manual.db'), good.subarray(0, good.length >> 1))],
    [
      '其他程序的 SQLite',
      'uniondesk-20200101-000003-manual.db',
      () => {
        const db = new Database(join(dir, 'uniondesk-20200101-000003-manual.db'))
        db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)')
        db.close()
      },
    ],
    [
      '更新版本的数据库',
      'uniondesk-20200101-000004-manual.db',
      () => edit('uniondesk-20200101-000004-manual.db', `INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ${last.when + 1})`),
    ],
    [
      '借贷不平（篡改）',
      'uniondesk-20200101-000005-manual.db',
      () =>
        edit(
          'uniondesk-20200101-000005-manual.db',
          `INSERT INTO vouchers (ledger_id, period, word, number, date, status, origin, created_by, created_at) VALUES (1, 202601, '记', 1, '2026-01-05', 'draft', 'manual', 1, 'x'); INSERT INTO voucher_lines (voucher_id, ledger_id, period, line_no, summary, account_id, debit, credit) SELECT last_insert_rowid(), 1, 202601, 1, '篡改', (SELECT id FROM accounts WHERE ledger_id = 1 AND code = '102'), 100, 0; DROP TRIGGER voucher_lines_posted_immutable; UPDATE voucher_lines SET posted = 1`,
        ),
    ],
    [
      '审计日志被删一行',
      'uniondesk-20200101-000006-manual.db',
      () =>
        edit(
          'uniondesk-20200101-000006-manual.db',
          `DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '审计日志只能追加'); END`,
        ),
    ],
  ]
  report('【恢复损坏的文件】')
  for (const [label, name, make] of cases) {
    const before = readFileSync(join(dataDir, 'uniondesk.db'))
    try {
      make()
    } catch (error) {
      report(`  ${label}：无法制作样本（${(error as Error).message}）`)
      continue
    }
    const run = await cliRun(['restore', name, '--data', dataDir])
    const untouched = readFileSync(join(dataDir, 'uniondesk.db')).equals(before)
    report(`  ${label}：退出码 ${run.code}，当前数据库${untouched ? '未改动' : '已改动！'}；${run.out.split('\n').at(-1)}`)
  }
  rmSync(dataDir, { recursive: true, force: true })
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--data', dataDir, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((done, fail) => {
    let out = ''
    const collect = (c: Buffer) => {
      out += c.toString()
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)
      if (m) done({ child, url: m[0] })
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.once('exit', (code) => fail(new Error(`serve exited ${code}: ${out}`)))
  })
}

async function api(url: string, method: string, input: unknown, token?: string) {
  const res = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-uniondesk-token': token } : {}) },
    body: JSON.stringify(input),
  })
  return (await res.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string } }
}

async function writersAgainstServer(seconds: number, killServer: boolean): Promise<void> {
  const dataDir = seed(1)
  const { child, url } = await startServer(dataDir)
  const token = (await api(url, 'auth.login', { username: ADMIN.username, password: ADMIN.password })).data!.token as string
  const confirmed: string[] = []
  const serverErrors: Record<string, number> = {}
  const cliResults: Record<string, number> = {}
  const deadline = Date.now() + seconds * 1000
  let n = 0
  let serverGone = false
  const serverLoop = (async () => {
    while (Date.now() < deadline && !serverGone) {
      const code = `S${String(++n).padStart(4, '0')}`
      try {
        const res = await api(url, 'ledgers.create', { code, name: `服务器写入 ${code}`, startPeriod: '2026-01' }, token)
        if (res.ok) confirmed.push(code)
        else serverErrors[res.error!.code] = (serverErrors[res.error!.code] ?? 0) + 1
      } catch {
        serverGone = true
      }
    }
  })()
  let m = 0
  const cliLoop = (async () => {
    while (Date.now() < deadline && !serverGone) {
      const code = `C${String(++m).padStart(4, '0')}`
      const run = await cliRun(['ledgers', 'add', '--code', code, '--name', `命令行写入 ${code}`, '--start', '2026-01', '--data', dataDir])
      const key = run.code === 0 ? '成功' : run.out.includes('数据库正忙，请稍后重试') ? '数据库正忙' : `其他(${run.code}): ${run.out.split('\n')[0].slice(0, 60)}`
      if (run.code === 0) confirmed.push(code)
      cliResults[key] = (cliResults[key] ?? 0) + 1
    }
  })()
  // While the server runs, a CLI restore must be refused (the lock names the server) before it looks for the file.
  const refused = killServer ? null : await cliRun(['restore', 'uniondesk-20200101-000000-manual.db', '--data', dataDir])
  if (killServer) setTimeout(() => child.kill('SIGKILL'), (seconds * 1000) / 2)
  await Promise.all([serverLoop, cliLoop])
  if (!killServer) {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  } else if (child.exitCode === null && child.signalCode === null) {
    await new Promise((r) => child.once('exit', r))
  }
  const db = new Database(join(dataDir, 'uniondesk.db'), { readonly: true })
  const present = new Set((db.prepare('SELECT code FROM ledgers').all() as { code: string }[]).map((r) => r.code))
  const integrity = integrityCheck(db)
  db.close()
  const lost = confirmed.filter((c) => !present.has(c))
  const title = killServer ? '【服务器写入中被强杀 + 命令行同时写入】' : '【命令行与服务器同时写入】'
  report(
    `${title}${seconds} 秒：服务器确认 ${confirmed.filter((c) => c.startsWith('S')).length} 次写入，服务器报错 ${JSON.stringify(serverErrors)}；命令行 ${JSON.stringify(cliResults)}。`,
  )
  report(`  确认过的写入丢失 ${lost.length} 条${lost.length ? `（${lost.join('、')}）` : ''}；数据库完整性 ${integrity}。`)
  if (refused) report(`  服务器运行时命令行恢复：退出码 ${refused.code}，${refused.out.split('\n').at(-1)?.slice(0, 90)}`)
  if (killServer) {
    const after = await cliRun(['check', '--data', dataDir])
    report(`  强杀后的 check：退出码 ${after.code}。`)
  }
  rmSync(dataDir, { recursive: true, force: true })
}

if (!existsSync(cli)) throw new Error(`${cli} 不存在：请先运行 npx electron-vite build`)
const started = Date.now()
await killDuringBackup(10)
await killDuringRestore(10)
await damagedFiles()
await writersAgainstServer(20, false)
await writersAgainstServer(10, true)
report(`共用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒。`)
