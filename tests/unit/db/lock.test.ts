import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core'
import { acquireDataLock, LOCK_FILE } from '../../../electron/core/db/lock'
import { lastIntegrityCheck } from '../../../electron/core/system/integrity'
import { run } from '../cli/cli-helpers'
import { ADMIN, initializedApp, MIGRATIONS, tempDir } from '../helpers'

/** Point 2 of issue 12: the data-folder lock held by serve and the desktop app. */
const children: ReturnType<typeof spawn>[] = []
afterEach(() => {
  while (children.length) children.pop()!.kill()
})

/** A live process on this machine to stand for a running server. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
  children.push(child)
  return child.pid!
}

/** A pid no process has any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

function writeLock(dataDir: string, pid: number, program = '浏览器模式服务（uniondesk serve）') {
  writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid, host: hostname(), program, startedAt: '2026-11-24T01:00:00.000Z' }))
}

describe('data-folder lock (issue 12.2)', () => {
  it('refuses a CLI restore while a running server holds the folder, naming it, and changes nothing', async () => {
    const app = initializedApp()
    const backup = app.call('backup.create', {}, app.adminToken)
    app.core.close()
    const pid = liveProcess()
    writeLock(app.dataDir, pid)
    const before = readFileSync(join(app.dataDir, 'uniondesk.db'))
    const result = await run('restore', backup.name, '--data', app.dataDir)
    expect(result.code).toBe(1)
    expect(result.err).toContain('浏览器模式服务（uniondesk serve）')
    expect(result.err).toContain(`进程 ${pid}`)
    expect(result.err).toContain('不能恢复')
    expect(readFileSync(join(app.dataDir, 'uniondesk.db')).equals(before)).toBe(true)
    // The holder's lock is left alone.
    expect(JSON.parse(readFileSync(join(app.dataDir, LOCK_FILE), 'utf8')).pid).toBe(pid)
  })

  it('lets one holder have the folder: a second serve on it is refused', () => {
    const dataDir = tempDir()
    const first = openCore({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 't', lockAs: { program: '桌面版 UnionDesk', action: '打开' } })
    first.core.close()
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false)
    writeLock(dataDir, liveProcess(), '桌面版 UnionDesk')
    expect(() => acquireDataLock(dataDir, 'serve', '启动')).toThrow(/桌面版 UnionDesk.*不能启动/)
  })

  it('takes over a stale lock and reports the unclean shutdown; a clean close leaves no lock', () => {
    const app = initializedApp()
    app.core.close()
    writeLock(app.dataDir, deadPid())
    const opened = openCore({ dataDir: app.dataDir, migrationsFolder: MIGRATIONS, appVersion: 't', lockAs: { program: 'serve', action: '启动' } })
    expect(opened.core.uncleanShutdown).toBe(true)
    expect(JSON.parse(readFileSync(join(app.dataDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid)
    opened.core.close()
    expect(existsSync(join(app.dataDir, LOCK_FILE))).toBe(false)
    const again = openCore({ dataDir: app.dataDir, migrationsFolder: MIGRATIONS, appVersion: 't', lockAs: { program: 'serve', action: '启动' } })
    expect(again.core.uncleanShutdown).toBe(false)
    // The day's check ran on the first start; a later unclean shutdown's full check is what 数据库信息 shows next.
    expect(lastIntegrityCheck(again.core.db)).toMatchObject({ kind: 'quick_check', result: 'ok' })
    again.core.close()
    writeLock(app.dataDir, deadPid())
    const crashed = openCore({ dataDir: app.dataDir, migrationsFolder: MIGRATIONS, appVersion: 't', lockAs: { program: 'serve', action: '启动' } })
    expect(lastIntegrityCheck(crashed.core.db)).toMatchObject({ kind: 'integrity_check', result: 'ok' })
    crashed.core.close()
  })

  it('a CLI command beside a stale lock also sees the unclean shutdown (and runs the full check) without taking the lock', () => {
    const app = initializedApp()
    app.core.close()
    writeLock(app.dataDir, deadPid())
    const opened = openCore({ dataDir: app.dataDir, migrationsFolder: MIGRATIONS, appVersion: 't' })
    expect(opened.core.uncleanShutdown).toBe(true)
    opened.core.close()
    expect(existsSync(join(app.dataDir, LOCK_FILE))).toBe(true)
  })

  it('after an unclean shutdown the open runs the full integrity check, which finds what the quick check misses', () => {
    const app = initializedApp()
    app.core.close()
    // An index whose entries no longer match its table: quick_check does not compare them, integrity_check does.
    const file = join(app.dataDir, 'uniondesk.db')
    const db = new Database(file)
    db.exec('CREATE TABLE scratch (a INTEGER); CREATE INDEX scratch_a ON scratch (a); INSERT INTO scratch VALUES (100), (200);')
    const { rootpage } = db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'scratch_a'`).get() as { rootpage: number }
    const pageSize = db.pragma('page_size', { simple: true }) as number
    db.close()
    // The index entry (100, rowid 1) is the record 03 01 09 64 (rowid 1 is serial type 9, no bytes): make it 101, still in order but no longer the table's value.
    const bytes = readFileSync(file)
    const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize)
    const at = page.indexOf(Buffer.from([0x03, 0x01, 0x09, 0x64]))
    expect(at).toBeGreaterThan(0)
    page[at + 3] = 0x65
    writeFileSync(file, bytes)
    const clean = openCore({ dataDir: app.dataDir, migrationsFolder: MIGRATIONS, appVersion: 't', lockAs: { program: 'serve', action: '启动' } })
    // The quick check let it open; the day's automatic backup, verified in full, was refused and says so.
    const token = clean.router.callSync('auth.login', { username: 'admin', password: ADMIN.password }, { token: null }, 'http')
    const status = clean.router.callSync('backup.status', {}, { token: token.ok ? (token.data as { token: string }).token : null }, 'http')
    expect(status.ok && (status.data as { warning: string }).warning).toMatch(/自动备份失败.*row 1 missing from index/)
    clean.core.close()
    writeLock(app.dataDir, deadPid())
    expect(() => openCore({ dataDir: app.dataDir, migrationsFolder: MIGRATIONS, appVersion: 't', lockAs: { program: 'serve', action: '启动' } })).toThrow(/数据库文件已损坏/)
  })
})
