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
  /** A finished export (reports.export's `download`): main asks where to save it and moves it there. */
  saveExport(download: string, token: string | null): Promise<ApiResponse<SavedFile>>
  /** The page as an A4 PDF (Electron's printToPDF), saved where the user chooses. */
  printToPdf(request: PrintRequest): Promise<ApiResponse<SavedFile>>
}

/** Where a file went; saved false when the user closed the save dialog. */
export interface SavedFile {
  saved: boolean
  path: string | null
}

export interface PrintRequest {
  /** Suggested file name, without folder; ".pdf" is added. */
  fileName: string
  landscape: boolean
  /** Paper other than A4 (凭证纸 A5 or 241×140 mm), width × height in millimetres. */
  paperMm?: [number, number]
}

/** The IPC channels between preload and main; nothing else is registered. */
export const IPC_INVOKE = 'uniondesk:invoke'
export const IPC_PROGRESS = 'uniondesk:progress'
export const IPC_SAVE_EXPORT = 'uniondesk:save-export'
export const IPC_PRINT_PDF = 'uniondesk:print-pdf'

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

/** Download ids are 24 random bytes in base64url (core/excel/export-files.ts). */
export function isDownloadId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value)
}

export function isSaveExportPayload(value: unknown): value is { download: string; token: string | null } {
  if (typeof value !== 'object' || value === null) return false
  const { download, token } = value as Record<string, unknown>
  return isDownloadId(download) && (token === null || typeof token === 'string')
}

export function isPrintRequest(value: unknown): value is PrintRequest {
  if (typeof value !== 'object' || value === null) return false
  const { fileName, landscape, paperMm } = value as Record<string, unknown>
  const paperOk = paperMm === undefined || (Array.isArray(paperMm) && paperMm.length === 2 && paperMm.every((n) => typeof n === 'number' && n >= 50 && n <= 500))
  return typeof fileName === 'string' && fileName.length > 0 && fileName.length <= 120 && typeof landscape === 'boolean' && paperOk
}

/** A file name safe on Windows: no folders, no reserved characters. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses in a name
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[. ]+|[. ]+$/g, '') || 'UnionDesk'
}
