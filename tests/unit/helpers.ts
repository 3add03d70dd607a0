import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openCore, type OpenedCore } from '../../electron/core'
import type { MethodInput, MethodName, MethodResult } from '../../electron/shared/contract'
import type { ApiErrorBody } from '../../electron/shared/errors'

export const MIGRATIONS = join(import.meta.dirname, '..', '..', 'drizzle', 'migrations')
const cleanups: (() => void)[] = []

afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-test-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A frozen, movable clock. */
export function clock(start = '2026-11-24T09:00:00+08:00') {
  let t = new Date(start).getTime()
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) }
}

export interface TestApp extends OpenedCore {
  dataDir: string
  clock: ReturnType<typeof clock>
  call<M extends MethodName>(method: M, input: MethodInput<M> | unknown, token?: string | null): MethodResult<M>
  fail(method: MethodName | string, input: unknown, token?: string | null): ApiErrorBody
  reopen(): TestApp
}

/** A real SQLite file in a temp data folder, migrated, with output validation switched on. */
export function testApp(dataDir = tempDir(), time = clock()): TestApp {
  const opened = openCore({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', now: time.now, validateOutput: true, scryptCost: 1024 })
  cleanups.push(() => opened.core.close())
  const app: TestApp = {
    ...opened,
    dataDir,
    clock: time,
    call(method, input, token = null) {
      const res = opened.router.callSync(method, input, { token }, 'http')
      if (!res.ok) throw new Error(`${method} failed: ${res.error.code} ${res.error.message}`)
      return res.data as never
    },
    fail(method, input, token = null) {
      const res = opened.router.callSync(method, input, { token }, 'http')
      if (res.ok) throw new Error(`${method} unexpectedly succeeded`)
      return res.error
    },
    reopen() {
      opened.core.close()
      return testApp(dataDir, time)
    },
  }
  return app
}

export const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin2026' }

/** A data folder with its admin created; returns the admin's token. */
export function initializedApp(): TestApp & { adminToken: string } {
  const app = testApp()
  const { token } = app.call('auth.setupAdmin', ADMIN)
  return Object.assign(app, { adminToken: token })
}
