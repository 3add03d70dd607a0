import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import type { Core, Router } from '../../../electron/core'
import { createInvokeHandler, forwardProgress } from '../../../electron/main/ipc'
import { isAppUrl } from '../../../electron/main/security'
import { IPC_PROGRESS } from '../../../electron/shared/bridge'
import type { ProgressEvent } from '../../../electron/shared/events'

function fakeRouter() {
  const call = vi.fn<Router['call']>(async () => ({ ok: true, data: 'pong' }))
  const callSync = vi.fn<Router['callSync']>(() => ({ ok: true, data: 'pong' }))
  const startJob = vi.fn<Router['startJob']>(() => undefined)
  return { router: { call, callSync, startJob } satisfies Router, call }
}

const fromApp = { senderFrame: { url: 'app://uniondesk/index.html' } }
const isAllowed = (url: string) => isAppUrl(url)

describe('createInvokeHandler', () => {
  it('passes a valid call from our page to the router on the desktop channel', async () => {
    const { router, call } = fakeRouter()
    const handle = createInvokeHandler(router, isAllowed)
    const result = await handle(fromApp, { method: 'auth.login', input: { username: 'a' }, token: 'tok' })
    expect(result).toEqual({ ok: true, data: 'pong' })
    expect(call).toHaveBeenCalledWith('auth.login', { username: 'a' }, { token: 'tok' }, 'desktop')
  })

  it('passes a null token through', async () => {
    const { router, call } = fakeRouter()
    await createInvokeHandler(router, isAllowed)(fromApp, { method: 'auth.me', input: undefined, token: null })
    expect(call).toHaveBeenCalledWith('auth.me', undefined, { token: null }, 'desktop')
  })

  it('refuses unknown senders without calling the router', async () => {
    const { router, call } = fakeRouter()
    const handle = createInvokeHandler(router, isAllowed)
    const payload = { method: 'auth.me', input: null, token: null }
    for (const event of [
      { senderFrame: null },
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'file:///tmp/index.html' } },
      { senderFrame: { url: 'app://other/index.html' } },
    ]) {
      expect(await handle(event, payload)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } })
    }
    expect(call).not.toHaveBeenCalled()
  })

  it('refuses malformed payloads without calling the router', async () => {
    const { router, call } = fakeRouter()
    const handle = createInvokeHandler(router, isAllowed)
    for (const payload of [
      undefined,
      null,
      'auth.me',
      [],
      { input: 1, token: null },
      { method: 42, input: 1, token: null },
      { method: 'auth.me', input: 1, token: 7 },
      { method: 'auth.me', input: 1 },
      { method: '__proto__.x', input: 1, token: null },
      { method: 'auth.me;drop', input: 1, token: null },
      { method: 'Auth.me', input: 1, token: null },
    ]) {
      const result = await handle(fromApp, payload)
      expect(result.ok, JSON.stringify(payload)).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('VALIDATION')
    }
    expect(call).not.toHaveBeenCalled()
  })
})

describe('forwardProgress', () => {
  const progress: ProgressEvent = { jobId: 'export-1', title: '导出', done: 1, total: 2, finished: false }

  function fakes(destroyed = false) {
    const events = new EventEmitter<{ progress: [ProgressEvent] }>()
    const send = vi.fn()
    const core = { events } as unknown as Core
    const win = { isDestroyed: () => destroyed, webContents: { send } } as unknown as BrowserWindow
    return { events, send, core, win }
  }

  it('sends core progress to the window until unsubscribed', async () => {
    const { events, send, core, win } = fakes()
    const stop = forwardProgress(core, win)
    events.emit('progress', progress)
    expect(send).toHaveBeenCalledWith(IPC_PROGRESS, progress)
    stop()
    events.emit('progress', progress)
    expect(send).toHaveBeenCalledTimes(1)
    expect(events.listenerCount('progress')).toBe(0)
  })

  it('does not send to a destroyed window', async () => {
    const { events, send, core, win } = fakes(true)
    forwardProgress(core, win)
    events.emit('progress', progress)
    expect(send).not.toHaveBeenCalled()
  })
})
