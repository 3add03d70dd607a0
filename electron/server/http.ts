import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { API_PREFIX, EVENTS_PATH, EXPORTS_PATH, TOKEN_HEADER } from '../shared/bridge'
import type { ApiResponse, ErrorCode } from '../shared/errors'
import type { ProgressEvent } from '../shared/events'
import { sendExport } from './exports'
import { SECURITY_HEADERS, sendJson, sendText, type ServerOptions } from './respond'
import { contentTypeOf, resolveStaticFile } from './static'

export interface RunningServer {
  url: string
  close(): Promise<void>
}

const MAX_BODY_BYTES = 20 * 1024 * 1024
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  LOCKED: 423,
  BUSY: 503,
  INTERNAL: 500,
}

/** Browser mode: the built renderer plus the same contract at POST /api/<method>. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const server = createServer((req, res) => {
    handle(options, host, req, res).catch((error) => {
      console.error('[uniondesk] request failed:', error)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '服务器内部错误' } })
      else res.end()
    })
  })
  // An idle keep-alive connection outlives any pause a client makes between two calls. Node's 5 s default closes
  // the socket just as a client sends its next request on it, and a Node client (the CLI's peers, the e2e
  // tests) then gets ECONNRESET for a call never read — seen under load, where pauses of about 5 s are common.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000 // above keepAliveTimeout, so it cannot cut an idle connection short
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host
      resolve({
        url: `http://${shownHost}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

async function handle(options: ServerOptions, host: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (!hostAllowed(req, host)) return sendText(res, 421, '拒绝访问：主机名不正确')
  if (url.pathname === EVENTS_PATH && req.method === 'GET') return streamEvents(options, url, res)
  if (url.pathname.startsWith(EXPORTS_PATH) && req.method === 'GET') return sendExport(options, url, res)
  if (url.pathname.startsWith(API_PREFIX)) {
    if (req.method !== 'POST') return sendText(res, 405, '只接受 POST 请求')
    if (!sameOrigin(req)) return sendJson(res, 403, failure('FORBIDDEN', '拒绝来自其他网站的请求'))
    return callApi(options, url.pathname.slice(API_PREFIX.length), req, res)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '不支持的请求方法')
  return serveStatic(options.rendererDir, url.pathname, res)
}

/** With a loopback binding only loopback host names are answered: this defeats DNS rebinding. */
function hostAllowed(req: IncomingMessage, host: string): boolean {
  if (!LOOPBACK.has(host)) return true
  const name = (req.headers.host ?? '').replace(/:\d+$/, '')
  return LOOPBACK.has(name)
}

/** A page from another site must not drive the API through the user's browser. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  if (!origin) return true
  try {
    return new URL(origin).host === req.headers.host
  } catch {
    return false
  }
}

async function callApi(options: ServerOptions, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const token = req.headers[TOKEN_HEADER]
  const caller = { token: typeof token === 'string' ? token : null }
  // An import's worker thread starts while its upload arrives (it is the HTTP import's main cost over the CLI's).
  const job = options.router.startJob(method, caller)
  // A client gone before its upload ended may leave the body read hanging: the thread ends with it.
  if (job) req.once('close', () => req.complete || job.cancel())
  let input: unknown
  try {
    const body = await readBody(req)
    input = body.length ? JSON.parse(body) : undefined
  } catch (error) {
    job?.cancel()
    if (error instanceof BodyTooLarge) {
      // Answered, not reset: the client reads why. The connection closes after the answer.
      res.setHeader('connection', 'close')
      return sendJson(res, 413, failure('VALIDATION', `请求内容过大（超过 ${MAX_BODY_BYTES / 1024 / 1024} MB），请减少一次提交的数据或拆分文件后重试`))
    }
    return sendJson(res, 400, failure('VALIDATION', '请求内容不是有效的 JSON'))
  }
  const result = await options.router.call(method, input, caller, 'http', job)
  sendJson(res, result.ok ? 200 : STATUS[result.error.code], result)
}

async function streamEvents(options: ServerOptions, url: URL, res: ServerResponse): Promise<void> {
  const me = await options.router.call('auth.me', {}, { token: url.searchParams.get('token') }, 'http')
  if (!me.ok) return sendJson(res, 401, me)
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS })
  res.write(': connected\n\n')
  // Another user's export is none of this user's business: only their own jobs' progress goes out.
  const listener = (event: ProgressEvent) => {
    if (event.userId === (me.data as { id: number }).id) res.write(`data: ${JSON.stringify(event)}\n\n`)
  }
  options.core.events.on('progress', listener)
  res.on('close', () => options.core.events.off('progress', listener))
}

function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  const file = resolveStaticFile(root, pathname)
  if (!file) return sendText(res, 404, '找不到页面')
  const isIndex = file.endsWith('index.html')
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
    ...SECURITY_HEADERS,
  })
  createReadStream(file).pipe(res)
}

class BodyTooLarge extends Error {}

/**
 * The body as text, at most MAX_BODY_BYTES. A declared length over the limit is refused at once; a
 * body that grows past it is read to its end but not kept, so the client gets the 413 answer instead
 * of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))))
    req.on('error', reject)
  })
}

function failure(code: ErrorCode, message: string): ApiResponse<never> {
  return { ok: false, error: { code, message } }
}
