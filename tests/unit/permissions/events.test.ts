import { describe, expect, it } from 'vitest'
import { serveTestApp } from '../server/server-helpers'
import { initializedApp } from '../helpers'

/** Everything one /api/events stream delivers within `ms`. */
async function collect(url: string, token: string, ms: number, during: () => void): Promise<string> {
  const controller = new AbortController()
  const res = await fetch(`${url}api/events?token=${token}`, { signal: controller.signal })
  const reader = res.body!.getReader()
  let text = ''
  const reading = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        text += new TextDecoder().decode(value)
      }
    } catch {
      // aborted below
    }
  })()
  await new Promise((r) => setTimeout(r, 100))
  during()
  await new Promise((r) => setTimeout(r, ms))
  controller.abort()
  await reading
  return text
}

describe('/api/events', () => {
  it('sends each user only the progress of their own jobs', async () => {
    const app = initializedApp()
    const server = await serveTestApp(app)
    app.call('users.create', { username: 'kj', displayName: '李会计', password: 'Test2026ok', assignments: [{ role: 'accountant' }] }, app.adminToken)
    const kj = app.call('auth.login', { username: 'kj', password: 'Test2026ok' })
    const admin = app.call('auth.me', {}, app.adminToken)
    const emit = (userId: number, jobId: string) => app.core.events.emit('progress', { jobId, title: '导出科目余额表', done: 1, total: 2, finished: false, userId })
    const seen = await collect(server.url, kj.token, 300, () => {
      emit(admin.id, 'admin-job-0001')
      emit(kj.user.id, 'kj-job-0001')
    })
    expect(seen).toContain('kj-job-0001')
    expect(seen).not.toContain('admin-job-0001')
  })
})
