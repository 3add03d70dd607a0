import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEEP_BACKUPS } from '../../../electron/shared/contract/backup'
import { ADMIN, initializedApp, testApp } from '../helpers'

const CLERK = { username: 'bzy', displayName: '赵报账', password: 'Baozhang2026', assignments: [{ role: 'clerk' }] }

describe('backups', () => {
  it('restores a backup: data returns to that moment, the current file is kept, sessions end', () => {
    const app = initializedApp()
    const backup = app.call('backup.create', {}, app.adminToken)
    expect(backup.kind).toBe('manual')
    app.call('users.create', CLERK, app.adminToken)
    expect(app.call('users.list', {}, app.adminToken)).toHaveLength(2)

    const result = app.call('backup.restore', { name: backup.name }, app.adminToken)
    expect(result.safetyBackup).toMatch(/-pre-restore\.db$/)
    // Sessions end with a restore: everyone signs in again.
    expect(app.fail('users.list', {}, app.adminToken).code).toBe('UNAUTHENTICATED')
    const { token } = app.call('auth.login', { username: 'admin', password: ADMIN.password })
    expect(app.call('users.list', {}, token).map((u) => u.username)).toEqual(['admin'])
    // The restore itself is in the (restored) audit log.
    const { rows } = app.call('audit.list', { method: 'backup.restore' }, token)
    expect(rows[0].summary).toContain(backup.name)

    // And the data from before the restore can be brought back from the safety copy.
    app.call('backup.restore', { name: result.safetyBackup }, token)
    const again = app.call('auth.login', { username: 'admin', password: ADMIN.password })
    expect(app.call('users.list', {}, again.token).map((u) => u.username)).toEqual(['admin', 'bzy'])
  })

  it('refuses names that are not backups of this folder, and files that are not databases', () => {
    const app = initializedApp()
    expect(app.fail('backup.restore', { name: '../uniondesk.db' }, app.adminToken).code).toBe('VALIDATION')
    expect(app.fail('backup.restore', { name: 'uniondesk-20260101-000000-manual.db' }, app.adminToken).code).toBe('NOT_FOUND')
    mkdirSync(join(app.dataDir, 'backups'), { recursive: true })
    writeFileSync(join(app.dataDir, 'backups', 'uniondesk-20260101-000000-manual.db'), 'not a database')
    const error = app.fail('backup.restore', { name: 'uniondesk-20260101-000000-manual.db' }, app.adminToken)
    expect(error.message).toMatch(/不是 UnionDesk 的数据库备份|损坏/)
    expect(app.call('users.list', {}, app.adminToken)).toHaveLength(1)
  })

  it('makes one automatic backup on the first start of each day', () => {
    const first = initializedApp()
    const kinds = () => readdirSync(join(first.dataDir, 'backups')).filter((f) => f.endsWith('-daily.db')).length
    let app = first.reopen()
    expect(kinds()).toBe(1)
    app = app.reopen()
    expect(kinds()).toBe(1)
    app.clock.advance(24 * 3600_000)
    app.reopen()
    expect(kinds()).toBe(2)
  })

  it('数据库信息 shows the last integrity check without running one; 立即检查 runs and records it', () => {
    const first = initializedApp()
    // No daily check yet (the first start had nothing to keep): nothing to show, and reading did not check.
    expect(first.call('system.info', {}, first.adminToken).integrity).toBeNull()
    const app = first.reopen()
    const token = app.call('auth.login', { username: 'admin', password: ADMIN.password }).token
    const daily = app.call('system.info', {}, token).integrity
    expect(daily).toEqual({ kind: 'quick_check', result: 'ok', checkedAt: app.clock.now().toISOString() })
    app.clock.advance(60_000)
    expect(app.call('system.info', {}, token).integrity).toEqual(daily)
    const now = app.call('system.checkIntegrity', {}, token)
    expect(now).toEqual({ kind: 'quick_check', result: 'ok', checkedAt: app.clock.now().toISOString() })
    expect(app.call('system.info', {}, token).integrity).toEqual(now)
    expect(app.call('audit.list', { method: 'system.checkIntegrity' }, token).rows).toHaveLength(1)
  })

  it('keeps the newest 30', () => {
    const app = initializedApp()
    for (let i = 0; i < KEEP_BACKUPS + 5; i++) {
      app.clock.advance(1000)
      app.call('backup.create', {}, app.adminToken)
    }
    const rows = app.call('backup.list', {}, app.adminToken)
    expect(rows).toHaveLength(KEEP_BACKUPS)
    expect(rows[0].createdAt).toBe('2026-11-24T01:00:35.000Z') // 09:00:35 in Shanghai
  })

  it('does not back up an empty first-run database', () => {
    const app = testApp()
    expect(app.call('system.status', {}).initialized).toBe(false)
    app.reopen()
    expect(() => readdirSync(join(app.dataDir, 'backups'))).toThrow()
  })
})
