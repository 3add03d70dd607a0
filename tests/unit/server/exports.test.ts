import { readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { contentDisposition } from '../../../electron/server/exports'
import { startServer, type RunningServer } from '../../../electron/server/http'
import { exportFiles } from '../../../electron/core/excel/export-files'
import { januaryBooks, office } from '../ledger/ledger-helpers'
import { callAsync } from '../registry/registry-helpers'
import { tempDir } from '../helpers'
import { getWithHost } from './server-helpers'

let server: RunningServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

async function exportedBook() {
  const o = office()
  januaryBooks(o)
  server = await startServer({ core: o.app.core, router: o.app.router, rendererDir: tempDir(), port: 0 })
  const res = await callAsync(o.app, 'reports.export', { report: 'voucher-journal', ledgerIds: [o.ledgerId], from: '2026-01', to: '2026-01' }, o.tokens.kj)
  if (!res.ok) throw new Error(res.error.message)
  return { o, url: server.url, ...(res.data as { download: string; fileName: string }) }
}

describe('GET /api/exports/<id> (browser-mode download)', () => {
  it('streams the finished workbook once, with its Chinese name RFC 5987-encoded, then removes it', async () => {
    const { o, url, download, fileName } = await exportedBook()
    const link = `${url}api/exports/${download}?token=${encodeURIComponent(o.tokens.kj)}`
    const res = await fetch(link)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(res.headers.get('content-disposition')).toBe(contentDisposition(fileName))
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('UnionDesk-序时账-JZ-2026-01.xlsx')}`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer)
    expect(workbook.worksheets[0].getCell('A1').value).toBe('序时账')
    // One time only; the file is gone from the exports folder.
    expect((await fetch(link)).status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(readdirSync(exportFiles(o.app.core).dir)).toEqual([])
  })

  it('needs the session of the user who exported, and a loopback host name', async () => {
    const { o, url, download } = await exportedBook()
    const path = `api/exports/${download}`
    expect((await fetch(`${url}${path}`)).status).toBe(401)
    expect((await fetch(`${url}${path}?token=forged`)).status).toBe(401)
    expect((await fetch(`${url}${path}?token=${encodeURIComponent(o.tokens.sh)}`)).status).toBe(404)
    expect(await getWithHost(`${url}${path}?token=${encodeURIComponent(o.tokens.kj)}`, 'evil.example')).toBe(421)
    // None of that used the download up.
    expect((await fetch(`${url}${path}?token=${encodeURIComponent(o.tokens.kj)}`)).status).toBe(200)
  })

  it('encodes any file name safely', () => {
    expect(contentDisposition('UnionDesk-明细账 (1)*.xlsx')).toBe(
      `attachment; filename="UnionDesk-___ (1)*.xlsx"; filename*=UTF-8''UnionDesk-%E6%98%8E%E7%BB%86%E8%B4%A6%20%281%29%2A.xlsx`,
    )
  })
})
