import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core'
import { readMigrations } from '../../../electron/core/db/migrations'
import { office, ln, postVoucher } from '../ledger/ledger-helpers'
import { ADMIN, clock, MIGRATIONS, tempDir } from '../helpers'

/**
 * Point 1 of issue 12: a restore candidate is checked before anything is replaced, and a refused one
 * leaves the live data untouched. Each refusal below was accepted (or crashed as INTERNAL) before.
 */
function bookedOffice() {
  const o = office()
  postVoucher(o, '2026-01-05', [ln(o, '102', '借', '5,000.00', '收取会费'), ln(o, '401', '贷', '5,000.00', '收取会费', { fundNature: 'general' })])
  const backup = o.app.call('backup.create', {}, o.app.adminToken)
  // A change after the backup, to see that a refused restore keeps it.
  postVoucher(o, '2026-01-06', [ln(o, '102', '借', '1.00', '再收'), ln(o, '401', '贷', '1.00', '再收', { fundNature: 'general' })])
  const backupsDir = join(o.app.dataDir, 'backups')
  // Through a signed-in call: a restore would also have ended the session.
  const voucherCount = () => {
    o.app.call('users.list', {}, o.app.adminToken)
    return (o.app.core.sqlite.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n
  }
  return { o, backup, backupsDir, voucherCount }
}

/** Put a damaged copy under a backup's name and try to restore it. */
function refuse(s: ReturnType<typeof bookedOffice>, name: string, write: (file: string) => void) {
  const file = join(s.backupsDir, name)
  write(file)
  const before = s.voucherCount()
  const error = s.o.app.fail('backup.restore', { name }, s.o.app.adminToken)
  expect(error.code).toBe('CONFLICT')
  expect(error.message).toMatch(/^不能恢复：/)
  expect(error.message).toContain('当前数据没有任何改动')
  // Still signed in, same data: the live database was not touched.
  expect(s.voucherCount()).toBe(before)
  const listed = s.o.app.call('backup.list', {}, s.o.app.adminToken).find((r) => r.name === name)!
  expect(listed.verified).toBe(false)
  expect(listed.problem).toBeTruthy()
  return error.message
}

/** Edit a copy of the good backup with the database's own protections removed, as a tamperer would. */
function tampered(s: ReturnType<typeof bookedOffice>, sql: string) {
  return (file: string) => {
    cpSync(join(s.backupsDir, s.backup.name), file)
    const db = new Database(file)
    db.exec(sql)
    db.close()
  }
}

describe('restore candidates (issue 12.1)', () => {
  it('lists a fresh backup as verified, with its size, kind and time', () => {
    const s = bookedOffice()
    const row = s.o.app.call('backup.list', {}, s.o.app.adminToken).find((r) => r.name === s.backup.name)!
    expect(row).toMatchObject({ kind: 'manual', verified: true, problem: null })
    expect(row.sizeBytes).toBe(statSync(join(s.backupsDir, s.backup.name)).size)
  })

  it('refuses a 0-byte file', () => {
    const s = bookedOffice()
    expect(refuse(s, 'uniondesk-20260101-000000-manual.db', (f) => writeFileSync(f, ''))).toContain('0 字节')
  })

  it('refuses a truncated file', () => {
    const s = bookedOffice()
    const bytes = readFileSync(join(s.backupsDir, s.backup.name))
    expect(refuse(s, 'uniondesk-20260101-000001-manual.db', (f) => writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2))))).toContain('截断')
  })

  it('refuses a foreign SQLite database', () => {
    const s = bookedOffice()
    const message = refuse(s, 'uniondesk-20260101-000002-manual.db', (f) => {
      const db = new Database(f)
      db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)')
      db.close()
    })
    expect(message).toContain('其他程序的 SQLite 数据库')
  })

  it('refuses a file whose pages are damaged', () => {
    const s = bookedOffice()
    const message = refuse(s, 'uniondesk-20260101-000003-manual.db', (f) => {
      const bytes = Buffer.from(readFileSync(join(s.backupsDir, s.backup.name)))
      // Scribble over the second page (a table's b-tree page), leaving the header whole.
      bytes.fill(0x5a, 4096 + 8, 4096 + 600)
      writeFileSync(f, bytes)
    })
    expect(message).toMatch(/完整性检查未通过|已损坏/)
  })

  it('refuses a backup from a newer UnionDesk (a migration this build does not know)', () => {
    const s = bookedOffice()
    const last = readMigrations(MIGRATIONS).at(-1)!
    const message = refuse(s, 'uniondesk-20260101-000004-manual.db', tampered(s, `INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ${last.when + 1000})`))
    expect(message).toContain('更新版本')
  })

  it('refuses a backup with a posted voucher made unbalanced', () => {
    const s = bookedOffice()
    const message = refuse(
      s,
      'uniondesk-20260101-000005-manual.db',
      tampered(s, `DROP TRIGGER voucher_lines_posted_immutable; UPDATE voucher_lines SET debit = debit + 100 WHERE debit > 0 AND posted = 1`),
    )
    expect(message).toContain('借贷不平')
  })

  it('refuses a backup whose audit log lost rows or its protection', () => {
    const s = bookedOffice()
    const gap = refuse(
      s,
      'uniondesk-20260101-000006-manual.db',
      tampered(
        s,
        `DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END`,
      ),
    )
    expect(gap).toContain('审计日志不连续')
    const tail = refuse(
      s,
      'uniondesk-20260101-000007-manual.db',
      tampered(
        s,
        `DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log); CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END`,
      ),
    )
    expect(tail).toContain('审计日志最后')
    const unprotected = refuse(s, 'uniondesk-20260101-000008-manual.db', tampered(s, 'DROP TRIGGER audit_log_no_update'))
    expect(unprotected).toContain('防篡改保护')
  })

  it("refuses to swap the file while another program has the database open, and keeps that program's writes", () => {
    const s = bookedOffice()
    // A CLI import on the same machine, connection still open, with a write of its own in the WAL.
    const other = new Database(join(s.o.app.dataDir, 'uniondesk.db'))
    other.prepare(`INSERT INTO settings (key, value) VALUES ('other.program', 'written')`).run()
    const error = s.o.app.fail('backup.restore', { name: s.backup.name }, s.o.app.adminToken)
    expect(error.code).toBe('LOCKED')
    expect(error.message).toContain('正被其他程序')
    expect(error.message).toMatch(/恢复前的备份 uniondesk-.*-pre-restore\.db 已保留/)
    other.close()
    expect(s.voucherCount()).toBe(2)
    expect(s.o.app.core.sqlite.prepare(`SELECT value FROM settings WHERE key = 'other.program'`).get()).toEqual({ value: 'written' })
  })

  it('restores over live data that fails its own checks: the pre-restore copy is kept, marked as not verified', () => {
    const s = bookedOffice()
    const live = s.o.app.core.sqlite
    live.exec(`DROP TRIGGER voucher_lines_posted_immutable; UPDATE voucher_lines SET debit = debit + 1 WHERE debit > 0 AND posted = 1`)
    expect(s.o.app.fail('backup.create', {}, s.o.app.adminToken).message).toMatch(/^备份未通过校验，已放弃：.*借贷不平/)
    const { safetyBackup } = s.o.app.call('backup.restore', { name: s.backup.name }, s.o.app.adminToken)
    const token = s.o.app.call('auth.login', { username: 'admin', password: ADMIN.password }).token
    const kept = s.o.app.call('backup.list', {}, token).find((r) => r.name === safetyBackup)!
    expect(kept).toMatchObject({ kind: 'pre-restore', verified: false })
    expect(kept.problem).toContain('借贷不平')
  })

  it('restores an older backup and upgrades it to this build', () => {
    const migrations = join(tempDir(), 'migrations')
    cpSync(MIGRATIONS, migrations, { recursive: true })
    const dataDir = tempDir()
    const time = clock()
    let opened = openCore({ dataDir, migrationsFolder: migrations, appVersion: 'old', now: time.now, scryptCost: 1024 })
    const call = (method: string, input: unknown, token: string | null = null) => {
      const res = opened.router.callSync(method, input, { token }, 'http')
      if (!res.ok) throw new Error(res.error.message)
      return res.data as Record<string, unknown>
    }
    const { token } = call('auth.setupAdmin', ADMIN) as { token: string }
    const old = call('backup.create', {}, token) as { name: string }
    opened.core.close()
    // A newer program: one more migration.
    const journalFile = join(migrations, 'meta', '_journal.json')
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'))
    journal.entries.push({ idx: journal.entries.length, version: '6', when: journal.entries.at(-1).when + 1000, tag: '0099_later', breakpoints: true })
    writeFileSync(journalFile, JSON.stringify(journal))
    writeFileSync(join(migrations, '0099_later.sql'), 'CREATE TABLE `later` (`id` integer PRIMARY KEY);')
    time.advance(1000)
    opened = openCore({ dataDir, migrationsFolder: migrations, appVersion: 'new', now: time.now, scryptCost: 1024 })
    try {
      const login = call('auth.login', { username: ADMIN.username, password: ADMIN.password }) as { token: string }
      expect((call('backup.list', {}, login.token) as unknown as { name: string; verified: boolean }[]).find((r) => r.name === old.name)?.verified).toBe(true)
      call('backup.restore', { name: old.name }, login.token)
      expect(opened.core.appliedMigrations.at(-1)).toBe('0099_later')
    } finally {
      opened.core.close()
    }
  })
})
