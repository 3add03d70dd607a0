import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { officeDay } from '../../../electron/shared/office-time'
import { ADMIN, MIGRATIONS, clock, tempDir, testApp } from '../helpers'

// 2026-11-24 01:30 in Shanghai is still 11-23 in Honolulu (UTC−10); 23:30 is already 11-25 in Kiritimati (UTC+14).
const EARLY = '2026-11-24T01:30:00+08:00'
const LATE = '2026-11-24T23:30:00+08:00'
const savedTz = process.env.TZ
afterEach(() => {
  process.env.TZ = savedTz
})

function appIn(tz: string, at: string) {
  process.env.TZ = tz
  const app = testApp(tempDir(), clock(at))
  const { token } = app.call('auth.setupAdmin', ADMIN)
  return { app, token }
}

describe('business dates are in the office time zone, whatever the machine zone', () => {
  for (const [tz, at] of [
    ['Pacific/Honolulu', EARLY],
    ['Pacific/Kiritimati', LATE],
  ] as const) {
    it(`${tz}: today, backup names, audit days and lockout times are Shanghai's`, () => {
      const { app, token } = appIn(tz, at)
      expect(app.call('system.status', {})).toMatchObject({ timeZone: 'Asia/Shanghai', today: '2026-11-24' })
      const hm = at.slice(11, 16).replace(':', '')
      expect(app.call('backup.create', {}, token).name).toMatch(new RegExp(`^uniondesk-20261124-${hm}00-manual\\.db$`))
      const listed = app.call('backup.list', {}, token).find((b) => b.kind === 'manual')!
      expect(listed.createdAt).toBe(new Date(at).toISOString())
      // The audit filter's day is Shanghai's day: the setup above happened on 11-24 there.
      expect(app.call('audit.list', { from: '2026-11-24', to: '2026-11-24' }, token).total).toBeGreaterThan(0)
      expect(app.call('audit.list', { from: '2026-11-23', to: '2026-11-23' }, token).total).toBe(0)
      expect(app.call('audit.list', { from: '2026-11-25', to: '2026-11-25' }, token).total).toBe(0)
      // Lockout: 5 wrong passwords; the message names the Shanghai clock time 15 minutes on.
      for (let i = 0; i < 5; i++) app.fail('auth.login', { username: ADMIN.username, password: `wrong-${i}` })
      const until = new Date(new Date(at).getTime() + 15 * 60_000)
      const shanghai = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(until)
      expect(app.fail('auth.login', { username: ADMIN.username, password: ADMIN.password }).message).toContain(`锁定至 ${shanghai}`)
    })
  }

  it('the daily automatic backup goes by the Shanghai day', () => {
    const dir = tempDir()
    process.env.TZ = 'Pacific/Honolulu'
    const time = clock('2026-11-24T01:30:00+08:00')
    const first = testApp(dir, time)
    first.call('auth.setupAdmin', ADMIN)
    const login = { username: ADMIN.username, password: ADMIN.password }
    const daily = (app: typeof first) => app.call('backup.list', {}, app.call('auth.login', login).token).filter((b) => b.kind === 'daily')
    const second = first.reopen()
    expect(daily(second).map((b) => b.name)).toEqual(['uniondesk-20261124-013000-daily.db'])
    // 23 hours on it is 11-24 in Honolulu still, but 11-25 00:30 in Shanghai: a new office day, a new backup.
    time.advance(23 * 3600_000)
    expect(daily(second.reopen()).map((b) => b.name)).toEqual(['uniondesk-20261125-003000-daily.db', 'uniondesk-20261124-013000-daily.db'])
  })

  it('系统设置 changes the zone; a bad zone name is refused naming the field', () => {
    const { app, token } = appIn('UTC', EARLY)
    expect(app.fail('system.updateSettings', { timeZone: 'Mars/Olympus' }, token).message).toContain('办公时区')
    app.call('system.updateSettings', { timeZone: 'Pacific/Honolulu' }, token)
    expect(app.call('system.status', {}).today).toBe('2026-11-23')
    expect(app.call('system.settings', {}, token)).toEqual({ timeZone: 'Pacific/Honolulu' })
  })
})

/** A real server process started with a foreign TZ in its environment. */
function serverIn(tz: string): Promise<{ url: string; stop: () => void }> {
  const root = resolve(import.meta.dirname, '../../..')
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'tz-server.ts'), tempDir(), MIGRATIONS], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((res, rej) => {
    let out = ''
    const timer = setTimeout(() => rej(new Error(`server did not start: ${out}`)), 30_000)
    const read = (chunk: Buffer) => {
      out += chunk.toString()
      const m = /listening (http:\/\/\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        res({ url: m[1], stop: () => child.kill() })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
  })
}

const post = async (url: string, method: string, body: unknown, token?: string) =>
  (await (
    await fetch(`${url}api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-uniondesk-token': token } : {}) },
      body: JSON.stringify(body),
    })
  ).json()) as { ok: boolean; data?: any; error?: { code: string; message: string } } // eslint-disable-line @typescript-eslint/no-explicit-any -- answers of several methods, checked field by field

describe('servers started under Honolulu and Kiritimati give the same dates as Shanghai', () => {
  it('today and backup names', async () => {
    const seen: Record<string, { today: string; backupDay: string }> = {}
    for (const tz of ['Asia/Shanghai', 'Pacific/Honolulu', 'Pacific/Kiritimati']) {
      const server = await serverIn(tz)
      try {
        const status = await post(server.url, 'system.status', {})
        const { token } = (await post(server.url, 'auth.setupAdmin', ADMIN)).data
        const backup = (await post(server.url, 'backup.create', {}, token)).data
        seen[tz] = { today: status.data.today, backupDay: backup.name.slice(10, 18) }
      } finally {
        server.stop()
      }
    }
    const shanghai = officeDay(Date.now(), 'Asia/Shanghai')
    for (const tz of Object.keys(seen)) {
      expect(seen[tz].today, tz).toBe(shanghai)
      expect(seen[tz].backupDay, tz).toBe(shanghai.replaceAll('-', ''))
    }
  }, 120_000)
})
