// Browser mode's responses: the options every handler gets and the headers every answer carries, apart from
// http.ts so the export download (exports.ts) can use them without importing the server back.
import type { ServerResponse } from 'node:http'
import type { Core, Router } from '../core'
import type { ApiResponse } from '../shared/errors'
import { CONTENT_SECURITY_POLICY } from './static'

export interface ServerOptions {
  core: Core
  router: Router
  rendererDir: string
  host?: string
  port?: number
}

export const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
}

export function sendJson(res: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS })
  res.end(JSON.stringify(body))
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
  res.end(text)
}
