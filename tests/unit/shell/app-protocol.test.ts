import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppProtocolHandler } from '../../../electron/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/static'

let base: string
let handle: (request: Request) => Promise<Response>

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'uniondesk-protocol-'))
  const root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>UnionDesk</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(base, 'secret.txt'), 'not for the page')
  handle = createAppProtocolHandler(root)
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string) => handle(new Request(url))

describe('app:// protocol handler', () => {
  it('serves the renderer with its content type, CSP and nosniff', async () => {
    const response = await get('app://uniondesk/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>UnionDesk</title>')

    const script = await get('app://uniondesk/assets/app.js?v=1')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('falls back to index.html for client-side routes', async () => {
    const response = await get('app://uniondesk/vouchers/new')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>UnionDesk</title>')
  })

  it('answers only GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await handle(new Request('app://uniondesk/index.html', { method, body: 'x' }))
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('GET')
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('refuses paths outside the renderer folder', async () => {
    for (const url of [
      'app://uniondesk/..%2fsecret.txt',
      'app://uniondesk/%2e%2e/secret.txt',
      'app://uniondesk/assets/..%2f..%2fsecret.txt',
      'app://uniondesk/..%5csecret.txt',
      'app://uniondesk/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://uniondesk/index.html%00.js',
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('not for the page')
    }
  })

  it('refuses other hosts and missing files', async () => {
    expect((await get('app://other/index.html')).status).toBe(404)
    expect((await get('app://uniondesk/assets/missing.js')).status).toBe(404)
  })
})
