import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createBridge } from '../../../electron/preload/bridge'
import { IPC_INVOKE, IPC_PROGRESS } from '../../../electron/shared/bridge'
import type { ProgressEvent } from '../../../electron/shared/events'

function fakeIpc() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const ipc = {
    invoke: vi.fn(async () => ({ ok: true, data: 1 })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)!.add(listener)
      return ipc
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener)
      return ipc
    }),
  }
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: 'ipc' }, payload))
  return { ipc, emit, listeners }
}

describe('preload bridge', () => {
  it('sends invoke calls on the one invoke channel', async () => {
    const { ipc } = fakeIpc()
    const bridge = createBridge(ipc as never)
    await expect(bridge.invoke('auth.login', { username: 'a' }, null)).resolves.toEqual({ ok: true, data: 1 })
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_INVOKE, { method: 'auth.login', input: { username: 'a' }, token: null })
  })

  it('rejects method names that are not contract-shaped, without sending', async () => {
    const { ipc } = fakeIpc()
    const bridge = createBridge(ipc as never)
    for (const method of ['', 'auth', 'auth.', '.me', 'auth.me.x', 'AUTH.me', 'auth/me', 42 as unknown as string]) {
      await expect(bridge.invoke(method, null, null), String(method)).rejects.toThrow(TypeError)
    }
    expect(ipc.invoke).not.toHaveBeenCalled()
  })

  it('delivers progress events without the IPC event, until unsubscribed', () => {
    const { ipc, emit, listeners } = fakeIpc()
    const bridge = createBridge(ipc as never)
    const seen: ProgressEvent[] = []
    const stop = bridge.onProgress((event) => seen.push(event))
    const event: ProgressEvent = { jobId: 'j', title: '导出', done: 1, total: 1, finished: true }
    emit(IPC_PROGRESS, event)
    expect(seen).toEqual([event])
    stop()
    emit(IPC_PROGRESS, event)
    expect(seen).toHaveLength(1)
    expect(listeners.get(IPC_PROGRESS)?.size).toBe(0)
  })
})

// A sandboxed preload can require nothing but 'electron': the bundle must have inlined the rest.
const BUILT_PRELOAD = join(import.meta.dirname, '../../../out/preload/index.cjs')

describe('built preload', () => {
  it.skipIf(!existsSync(BUILT_PRELOAD))('requires only electron', () => {
    const code = readFileSync(BUILT_PRELOAD, 'utf8')
    const requires = [...code.matchAll(/require\s*\(\s*([^)]*)\)/g)].map((m) => m[1].trim())
    expect(requires).toEqual(['"electron"'])
    expect(code).not.toMatch(/^\s*import\s|import\(/m)
  })
})
