import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { exportFiles } from '../core/excel/export-files'
import { EXPORTS_PATH } from '../shared/bridge'
import { SECURITY_HEADERS, sendJson, type ServerOptions } from './respond'

/** `attachment` with the Chinese name RFC 5987-encoded, and an ASCII stand-in for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/**
 * GET /api/exports/<id>?token=…: a finished export, once, to the user who made it, streamed from
 * its file, which is removed afterwards. Unknown, expired, already fetched or someone else's: 404.
 */
export async function sendExport(options: ServerOptions, url: URL, res: ServerResponse): Promise<void> {
  const me = await options.router.call('auth.me', {}, { token: url.searchParams.get('token') }, 'http')
  if (!me.ok) return sendJson(res, 401, me)
  const file = exportFiles(options.core).take(url.pathname.slice(EXPORTS_PATH.length), (me.data as { id: number }).id)
  if (!file) return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '导出文件不存在或已过期，请重新导出' } })
  res.writeHead(200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': contentDisposition(file.fileName),
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
  })
  const stream = createReadStream(file.path)
  stream.pipe(res)
  res.on('close', () => {
    stream.destroy()
    void rm(file.path, { force: true })
  })
}
