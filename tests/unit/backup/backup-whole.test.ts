import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../cli/cli-helpers'
import { claimsOffice } from '../reimbursement/claims-helpers'
import { ADMIN, initializedApp, tempDir } from '../helpers'

/** Point 3 of issue 12: a backup is one whole, verified file with the attachments, also copied to a second place. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

describe('whole backups (issue 12.3)', () => {
  it('carries the claim attachments: restored in another data folder, every attachment comes back', async () => {
    const o = claimsOffice()
    const claimId = o.draft([o.line('10.00')]).id
    const attached = o.app.call('claims.attach', { claimId, fileName: '发票.png', content: PNG.toString('base64') }, o.t.clerk)
    const backup = o.app.call('backup.create', {}, o.admin)
    expect(backup).toMatchObject({ verified: true, attachments: 1 })

    // Another PC: a new data folder that only has this backup file.
    const other = tempDir()
    mkdirSync(join(other, 'backups'))
    cpSync(join(o.app.dataDir, 'backups', backup.name), join(other, 'backups', backup.name))
    const restored = await run('restore', backup.name, '--data', other)
    expect(restored.err).toBe('')
    expect(restored.code).toBe(0)
    expect(existsSync(join(other, 'attachments', attached.sha256.slice(0, 2), attached.sha256))).toBe(true)
    const list = await run('backup', '--list', '--json', '--data', other)
    expect(JSON.parse(list.out).find((r: { name: string }) => r.name === backup.name).verified).toBe(true)
  })

  it('never lists a backup that was cut off half-way', () => {
    const app = initializedApp()
    const dir = join(app.dataDir, 'backups')
    mkdirSync(dir, { recursive: true })
    // What a backup killed mid-way leaves behind.
    writeFileSync(join(dir, '.uniondesk-20261124-090000-manual.db.partial'), 'half')
    expect(app.call('backup.list', {}, app.adminToken).map((r) => r.name)).toEqual([])
    const made = app.call('backup.create', {}, app.adminToken)
    expect(app.call('backup.list', {}, app.adminToken).map((r) => r.name)).toEqual([made.name])
  })

  it('copies each backup to the second destination and warns when that copy fails or is over two days old', () => {
    const app = initializedApp()
    const second = join(tempDir(), 'USB盘', 'UnionDesk备份')
    expect(app.fail('backup.setSecondDir', { dir: 'relative/path' }, app.adminToken).fields).toHaveProperty('dir')
    expect(app.fail('backup.setSecondDir', { dir: join(app.dataDir, 'copies') }, app.adminToken).message).toContain('不能在数据文件夹之内')
    let status = app.call('backup.setSecondDir', { dir: second }, app.adminToken)
    expect(status.warning).toContain('还没有任何备份')

    const made = app.call('backup.create', {}, app.adminToken)
    expect(readdirSync(second)).toContain(made.name)
    status = app.call('backup.status', {}, app.adminToken)
    expect(status).toMatchObject({ secondDir: second, lastCopy: { ok: true, name: made.name }, warning: null })

    // Three days without a new copy.
    app.clock.advance(3 * 24 * 3600_000)
    const token = app.call('auth.login', { username: 'admin', password: ADMIN.password }).token
    expect(app.call('backup.status', {}, token).warning).toMatch(/已超过 2 天/)

    // The USB disk is gone and something else sits at its path: the backup itself still succeeds.
    rmSync(second, { recursive: true })
    writeFileSync(second, 'not a folder')
    const next = app.call('backup.create', {}, token)
    expect(existsSync(join(app.dataDir, 'backups', next.name))).toBe(true)
    status = app.call('backup.status', {}, token)
    expect(status.lastCopy).toMatchObject({ ok: false, name: next.name })
    expect(status.warning).toContain('没有复制到第二备份位置')
    rmSync(second)
  })
})
