import { existsSync, statSync } from 'node:fs'
import { extname, join, normalize, relative, sep } from 'node:path'

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/**
 * Map a URL path to a file of the built renderer, or null. Paths that climb out of the root are
 * refused; unknown paths without an extension fall back to index.html (client-side routes).
 * Shared by the HTTP server and the desktop app's app:// protocol.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0])
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const candidate = normalize(join(root, decoded))
  const rel = relative(root, candidate)
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || rel === '..') return null
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  if (extname(decoded) === '') return join(root, 'index.html')
  return null
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** The renderer's Content-Security-Policy; antd injects styles at runtime, hence 'unsafe-inline' for styles only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
