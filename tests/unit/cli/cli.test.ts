import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir, testApp } from '../helpers'
import { run } from './cli-helpers'

describe('uniondesk command line', () => {
  it('initialises a data folder, adds and lists users, backs up and checks', async () => {
    const data = tempDir()
    expect((await run('--data', data, 'init', '--admin', 'admin', '--name', '王管理', '--password', 'Admin2026')).code).toBe(0)
    const add = await run('--data', data, 'users', 'add', '--username', 'kj', '--name', '李会计', '--roles', '会计,reviewer', '--password', 'Kuaiji2026')
    expect(add).toMatchObject({ code: 0, out: '已创建用户 kj（编号 2）' })
    const list = await run('--data', data, '--json', 'users', 'list')
    expect(JSON.parse(list.out).map((u: { username: string }) => u.username)).toEqual(['admin', 'kj'])
    expect((await run('--data', data, 'backup')).out).toMatch(/^已备份：uniondesk-\d{8}-\d{6}-manual\.db$/)
    const check = await run('--data', data, 'check')
    expect(check.code).toBe(0)
    expect(check.out).toContain('完整性检查：ok')

    // The CLI's writes are audited as the acting local user, on channel 'cli'.
    const app = testApp(data)
    const rows = app.core.sqlite.prepare(`SELECT username, method, channel FROM audit_log WHERE method = 'users.create'`).all()
    expect(rows).toEqual([{ username: 'admin', method: 'users.create', channel: 'cli' }])
  })

  it('exits 1 with a clear Chinese message on user errors, and writes nothing', async () => {
    const data = tempDir()
    expect((await run('--data', data, 'init', '--admin', 'admin', '--name', '王管理', '--password', 'Admin2026')).code).toBe(0)
    const cases = [
      [['users', 'add', '--username', 'x1', '--name', 'n', '--roles', 'boss', '--password', 'Abcdefg1'], /不认识的角色“boss”/],
      [['users', 'add', '--username', 'x2', '--name', 'n', '--roles', 'clerk', '--password', 'short'], /初始密码：至少 8 个字符/],
      [['users', 'add', '--username', 'x3', '--name', 'n', '--roles', 'clerk', '--password', 'Abcdefg1', '--user', 'nobody'], /用户“nobody”不存在/],
      [['init', '--admin', 'again', '--name', 'n', '--password', 'Abcdefg1'], /系统已初始化/],
      [['restore', 'uniondesk-20200101-000000-manual.db'], /找不到备份文件/],
      [['frobnicate'], /未知命令：frobnicate/],
      [['backup', '--bogus'], /参数错误/],
    ] as const
    for (const [argv, message] of cases) {
      const result = await run('--data', data, ...argv)
      expect(result.code, argv.join(' ')).toBe(1)
      expect(result.err).toMatch(message)
    }
    expect(JSON.parse((await run('--data', data, '--json', 'users', 'list')).out)).toHaveLength(1)
  })

  it('restores a database that no longer opens from a backup', async () => {
    const data = tempDir()
    await run('--data', data, 'init', '--admin', 'admin', '--name', '王管理', '--password', 'Admin2026')
    const name = (await run('--data', data, 'backup')).out.replace('已备份：', '')
    const file = join(data, 'uniondesk.db')
    const bytes = readFileSync(file)
    bytes.fill(0x5a, 0, 100)
    writeFileSync(file, bytes)
    expect((await run('--data', data, 'check')).code).toBe(1)
    const restored = await run('--data', data, 'restore', name)
    expect(restored.code).toBe(0)
    expect(restored.out).toMatch(/当前数据库无法打开[\s\S]*已从 .* 恢复；无法打开的原数据库已另存为 backups\/damaged-/)
    expect((await run('--data', data, 'check')).code).toBe(0)
  })
})
