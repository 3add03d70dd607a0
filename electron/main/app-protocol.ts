import { readFile } from 'node:fs/promises'
import type { CustomScheme } from 'electron'
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveStaticFile } from '../server/static'

/** The window loads the built renderer from app://uniondesk/ instead of file:// (security checklist item 18). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'uniondesk'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

// standard: real origin, relative URLs and storage; secure: a secure context like https.
// corsEnabled stays off so no other origin can read the app's files.
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
}

const BASE_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }

/** The protocol.handle callback: GET only, files of rendererRoot only (resolveStaticFile refuses traversal). */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return textResponse(405, 'Method Not Allowed', { Allow: 'GET' })
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return textResponse(404, 'Not Found')
    // pathname stays percent-encoded; resolveStaticFile decodes it and refuses anything outside the root.
    const file = resolveStaticFile(rendererRoot, url.pathname)
    if (!file) return textResponse(404, 'Not Found')
    try {
      const body = await readFile(file)
      return new Response(body, { status: 200, headers: { ...BASE_HEADERS, 'Content-Type': contentTypeOf(file) } })
    } catch {
      return textResponse(404, 'Not Found')
    }
  }
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra } })
}
