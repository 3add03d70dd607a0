import type { BrowserWindow, IpcMain } from 'electron'
import type { Core, Router } from '../core'
import { IPC_INVOKE, IPC_PROGRESS, isInvokePayload } from '../shared/bridge'
import type { ApiResponse } from '../shared/errors'
import type { ProgressEvent } from '../shared/events'

/** The part of IpcMainInvokeEvent the handler reads; senderFrame is null once the frame is gone. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null
}

const FORBIDDEN: ApiResponse<never> = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } }
const MALFORMED: ApiResponse<never> = { ok: false, error: { code: 'VALIDATION', message: '请求格式不正确' } }

/**
 * Checks who is asking (security checklist item 17) and the payload's shape, then hands the call to
 * the router, which validates the method and input against the contract and the token's rights.
 */
export function createInvokeHandler(router: Router, isAllowed: (url: string) => boolean) {
  return async (event: InvokeEventLike, payload: unknown): Promise<ApiResponse<unknown>> => {
    const frame = event.senderFrame
    if (!frame || !isAllowed(frame.url)) return FORBIDDEN
    if (!isInvokePayload(payload)) return MALFORMED
    return router.call(payload.method, payload.input, { token: payload.token }, 'desktop')
  }
}

export function registerInvokeHandler(ipcMain: IpcMain, router: Router, isAllowed: (url: string) => boolean): void {
  ipcMain.handle(IPC_INVOKE, createInvokeHandler(router, isAllowed))
}

/** Push the core's progress events to the window; returns the unsubscribe. */
export function forwardProgress(core: Core, win: BrowserWindow): () => void {
  const send = (event: ProgressEvent) => {
    if (!win.isDestroyed()) win.webContents.send(IPC_PROGRESS, event)
  }
  core.events.on('progress', send)
  return () => {
    core.events.off('progress', send)
  }
}
