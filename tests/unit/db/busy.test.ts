import { spawn } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { BUSY_MESSAGE, busyError } from '../../../electron/core/db/busy'
import { initializedApp } from '../helpers'

/** Point 8 of issue 12: a writer that meets another writer waits, then answers “数据库正忙”, never INTERNAL, never half a write. */
const CLERK = { username: 'bzy', displayName: '赵报账', password: 'Baozhang2026', assignments: [{ role: 'clerk' }] }

const counts = (db: Database.Database) =>
  db.prepare(`SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM audit_log) AS audit`).get() as { users: number; audit: number }

describe('busy database (issue 12.8)', () => {
  it('answers 数据库正忙，请稍后重试 when another connection keeps the write lock, and writes nothing', () => {
    const app = initializedApp()
    const other = new Database(join(app.dataDir, 'uniondesk.db'))
    other.exec('BEGIN IMMEDIATE')
    const before = counts(app.core.sqlite)
    const started = Date.now()
    const error = app.fail('users.create', CLERK, app.adminToken)
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000) // it waited the busy timeout first
    expect(error).toEqual({ code: 'BUSY', message: BUSY_MESSAGE })
    other.exec('ROLLBACK')
    other.close()
    expect(counts(app.core.sqlite)).toEqual(before)
    // Once the other writer is done, the same call goes through.
    app.call('users.create', CLERK, app.adminToken)
    expect(counts(app.core.sqlite).users).toBe(2)
  }, 20_000)

  it('waits for a writer in another process and then succeeds', async () => {
    const app = initializedApp()
    const file = join(app.dataDir, 'uniondesk.db')
    // Another program (a CLI import) holding the write lock for a second.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN IMMEDIATE');process.stdout.write('held');setTimeout(()=>{d.exec('COMMIT');d.close()},1000)`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()))
    const started = Date.now()
    app.call('users.create', CLERK, app.adminToken)
    expect(counts(app.core.sqlite).users).toBe(2)
    expect(Date.now() - started).toBeGreaterThanOrEqual(500)
    await new Promise((resolve) => child.once('exit', resolve))
  }, 20_000)

  it('translates every busy and locked code in one place', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']) {
      expect(busyError(new Database.SqliteError('database is locked', code))?.toBody()).toEqual({ code: 'BUSY', message: BUSY_MESSAGE })
    }
    expect(busyError(new Database.SqliteError('constraint', 'SQLITE_CONSTRAINT_UNIQUE'))).toBeNull()
  })

  it('runs with synchronous = FULL in WAL mode (issue 12.7)', () => {
    const app = initializedApp()
    expect(app.core.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(app.core.sqlite.pragma('synchronous', { simple: true })).toBe(2)
  })
})
