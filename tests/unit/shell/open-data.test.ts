import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openCore } from '../../../electron/core'
import { createInvokeHandler } from '../../../electron/main/ipc'
import { desktopCoreOptions } from '../../../electron/main/open-data'
import { isAppUrl } from '../../../electron/main/security'
import { xlsx } from '../ledger/import-helpers'
import { ADMIN, tempDir } from '../helpers'

// The real worker thread, the calls handed to it watched: the import still runs off the main thread.
const runInWorker = vi.hoisted(() => vi.fn())
vi.mock('../../../electron/core/jobs/offload', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/core/jobs/offload')>()
  const startJob: typeof actual.startJob = (options) => {
    const job = actual.startJob(options)
    return { ...job, run: (call) => (runInWorker(call), job.run(call)) }
  }
  return { ...actual, startJob }
})

const root = join(import.meta.dirname, '../../..')
const fromApp = { senderFrame: { url: 'app://uniondesk/index.html' } }

describe('the desktop shell opens its data folder', () => {
  it('with the lock in its own name and heavy jobs off the main thread, as serve does', () => {
    const fakeApp = { getPath: (name: string) => `/data/${name}`, getAppPath: () => '/opt/UnionDesk/resources/app.asar', getVersion: () => '1.2.3' }
    expect(desktopCoreOptions(fakeApp)).toEqual({
      dataDir: '/data/userData',
      migrationsFolder: join('/opt/UnionDesk/resources/app.asar', 'drizzle', 'migrations'),
      appVersion: '1.2.3',
      lockAs: { program: '桌面版 UnionDesk', action: '打开' },
      offloadHeavyJobs: true,
    })
  })

  it('imports vouchers from the window in a worker thread on its own connection; the window then sees them', async () => {
    const fakeApp = { getPath: () => tempDir(), getAppPath: () => root, getVersion: () => 'test' }
    const { core, router } = openCore({ ...desktopCoreOptions(fakeApp), scryptCost: 1024 })
    try {
      const invoke = createInvokeHandler(router, (url) => isAppUrl(url))
      const call = async (method: string, input: unknown, token: string | null = null) => {
        const res = await invoke(fromApp, { method, input, token })
        if (!res.ok) throw new Error(`${method}: ${res.error.message}`)
        return res.data as never
      }
      const admin = (await call('auth.setupAdmin', ADMIN)) as { token: string }
      await call('users.create', { username: 'kj', displayName: '李会计', password: 'Kuaiji2026', assignments: [{ role: 'accountant' }] }, admin.token)
      const { token } = (await call('auth.login', { username: 'kj', password: 'Kuaiji2026' })) as { token: string }
      const { id: ledgerId } = (await call('ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod: '2026-01' }, token)) as { id: number }
      const content = await xlsx(
        ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '项目', '资金性质', '附件数'],
        [
          ['2026-01-05', '记', 1, '收取会费', '102', 100, null, null, null, null],
          ['2026-01-05', '记', 1, '收取会费', '401', null, 100, null, '非专项', null],
        ],
      )
      expect(await call('import.vouchers', { ledgerId, fileName: 'jan.xlsx', content }, token)).toEqual({
        vouchers: 1,
        lines: 2,
        first: '2026-01 记-1',
        last: '2026-01 记-1',
        posted: false,
      })
      expect(runInWorker).toHaveBeenCalledWith(expect.objectContaining({ method: 'import.vouchers', channel: 'desktop', caller: { token } }))
      expect(((await call('vouchers.search', { ledgerId }, token)) as { total: number }).total).toBe(1)
      // Reads stay on the main connection.
      expect(runInWorker).toHaveBeenCalledTimes(1)
    } finally {
      core.close()
    }
  }, 120_000) // the worker compiles the core from source with tsx here (the built app loads its bundle)
})
