import { request } from 'node:http'
import { describe, expect, it, vi } from 'vitest'
import { TOKEN_HEADER } from '../../../electron/shared/bridge'
import { xlsx } from '../ledger/import-helpers'
import { office } from '../ledger/ledger-helpers'
import { serveTestApp } from './server-helpers'

// The real worker threads, what happens to each watched: started, handed its call, or cancelled.
const seen = vi.hoisted(() => [] as string[])
vi.mock('../../../electron/core/jobs/offload', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/core/jobs/offload')>()
  const startJob: typeof actual.startJob = (options) => {
    seen.push('start')
    const job = actual.startJob(options)
    return { run: (call) => (seen.push(`run ${call.method}`), job.run(call)), cancel: () => (seen.push('cancel'), job.cancel()) }
  }
  return { ...actual, startJob }
})

const HEADER = ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '资金性质']

async function served() {
  const o = office()
  Object.assign(o.app.core.options, { offloadHeavyJobs: true }) // what `serve` sets
  const server = await serveTestApp(o.app)
  return { o, url: new URL('api/import.vouchers', server.url) }
}

/** A POST whose body arrives in two parts, the second only when `between` has resolved. */
function postInTwoParts(url: URL, token: string, body: string, between: () => Promise<void>): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString()) }))
    })
    req.on('error', reject)
    const half = Math.floor(body.length / 2)
    req.write(body.slice(0, half))
    void between().then(() => req.end(body.slice(half)))
  })
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 10))
}

describe('an HTTP import starts its worker thread while the upload arrives', () => {
  it('starts it before the body is in, hands it the call, and the import is done there', async () => {
    const { o, url } = await served()
    seen.length = 0
    const content = await xlsx(HEADER, [
      ['2026-01-05', '记', 1, '收取会费', '102', 100, null, null],
      ['2026-01-05', '记', 1, '收取会费', '401', null, 100, '非专项'],
    ])
    const body = JSON.stringify({ ledgerId: o.ledgerId, fileName: 'v.xlsx', content })
    const res = await postInTwoParts(url, o.tokens.kj, body, async () => {
      // Half the upload is in: the thread is already starting.
      await until(() => seen.includes('start'))
      expect(seen).toEqual(['start'])
    })
    expect(res).toMatchObject({ status: 200, json: { ok: true, data: { vouchers: 1, lines: 2 } } })
    expect(seen).toEqual(['start', 'run import.vouchers'])
    expect(o.app.call('vouchers.search', { ledgerId: o.ledgerId }, o.tokens.kj).total).toBe(1)
  }, 120_000) // the worker compiles the core from source with tsx here

  it('ends the thread when the upload is refused or cut off, and starts none ahead for a caller who is not signed in', async () => {
    const { o, url } = await served()
    seen.length = 0
    const broken = await postInTwoParts(url, o.tokens.kj, '{"ledgerId": 1, "content": "UEsDB', async () => {
      await until(() => seen.includes('start'))
    })
    expect(broken).toMatchObject({ status: 400, json: { ok: false, error: { message: '请求内容不是有效的 JSON' } } })
    expect(seen).toEqual(['start', 'cancel'])

    // A client that goes away half-way through its upload.
    seen.length = 0
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: o.tokens.kj, 'content-length': 1000 } })
    req.on('error', () => undefined)
    req.write('{"ledgerId": 1, "content": "UEsDB')
    await until(() => seen.includes('start'))
    req.destroy()
    await until(() => seen.includes('cancel'))
    expect(new Set(seen)).toEqual(new Set(['start', 'cancel'])) // cancelled by the cut body and by the closed request alike

    seen.length = 0
    expect(o.app.router.startJob('import.vouchers', { token: null })).toBeUndefined()
    expect(o.app.router.startJob('import.vouchers', { token: 'not-a-session' })).toBeUndefined()
    // A light method never gets a thread.
    expect(o.app.router.startJob('vouchers.search', { token: o.tokens.kj })).toBeUndefined()
    expect(seen).toEqual([])
  }, 120_000)
})
