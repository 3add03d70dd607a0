import type { ApiResponse } from './errors'
import type { ProgressEvent } from './events'

/**
 * What the preload exposes on window.uniondesk in the desktop app. The renderer's API client uses it
 * when present and falls back to HTTP (browser mode) otherwise. Main validates the method name
 * against the contract and the input against its schema; the preload passes nothing else through.
 */
export interface UnionDeskBridge {
  invoke(method: string, input: unknown, token: string | null): Promise<ApiResponse<unknown>>
  onProgress(listener: (event: ProgressEvent) => void): () => void
}

/** The IPC channels between preload and main; nothing else is registered. */
export const IPC_INVOKE = 'uniondesk:invoke'
export const IPC_PROGRESS = 'uniondesk:progress'

/** HTTP transport (browser mode): POST /api/<method>, JSON in and out, session token in this header. */
export const TOKEN_HEADER = 'x-uniondesk-token'
export const API_PREFIX = '/api/'
/** Server-sent events with ProgressEvent payloads; the token goes in the query string (EventSource cannot set headers). */
export const EVENTS_PATH = '/api/events'
/**
 * A finished export, fetched once: GET /api/exports/<download id>?token=<session>. A plain link, so the
 * browser streams the file to disk itself; the token goes in the query string for the same reason.
 */
export const EXPORTS_PATH = '/api/exports/'

/**
 * The one message the preload sends to main. Checked on both sides: the preload refuses early,
 * main never trusts the renderer. Method names look like the contract's ("auth.login").
 */
export interface InvokePayload {
  method: string
  input: unknown
  token: string | null
}

const METHOD_NAME = /^[a-z]+\.[A-Za-z]+$/

export function isMethodNameShape(method: unknown): method is string {
  return typeof method === 'string' && METHOD_NAME.test(method)
}

export function isInvokePayload(value: unknown): value is InvokePayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const { method, token } = value as Record<string, unknown>
  return isMethodNameShape(method) && (token === null || typeof token === 'string')
}
