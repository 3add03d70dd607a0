import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../../electron/server/http'
import { resolveStaticFile } from '../../../electron/server/static'
import { TOKEN_HEADER } from '../../../electron/shared/bridge'
import { ADMIN, tempDir, testApp } from '../helpers'
import { getWithHost } from './server-helpers'

let server: RunningServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

async function start() {
  const app = testApp()
  const rendererDir = tempDir()
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>UnionDesk</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  server = await startServer({ core: app.core, router: app.router, rendererDir, port: 0 })
  return { app, url: server.url, rendererDir }
}

function post(url: string, method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

// The envelope is checked field by field below; any keeps the assertions short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const jsonOf = async (res: Response) => (await res.json()) as any

describe('browser-mode HTTP server', () => {
  it('serves the contract: setup, token header, role checks, status codes', async () => {
    const { url } = await start()
    expect(await jsonOf(await post(url, 'system.status', {}))).toMatchObject({ ok: true, data: { initialized: false } })
    const setup = await jsonOf(await post(url, 'auth.setupAdmin', ADMIN))
    expect(setup.ok).toBe(true)
    const token = setup.data.token as string

    const list = await post(url, 'users.list', {}, { [TOKEN_HEADER]: token })
    expect(list.status).toBe(200)
    expect((await jsonOf(list)).data).toHaveLength(1)

    const anonymous = await post(url, 'users.list', {})
    expect(anonymous.status).toBe(401)
    expect((await jsonOf(anonymous)).error.message).toContain('请重新登录')

    const bad = await post(url, 'users.create', { username: 'x' }, { [TOKEN_HEADER]: token })
    expect(bad.status).toBe(400)
    expect((await jsonOf(bad)).error.code).toBe('VALIDATION')

    expect((await post(url, 'sql.run', {}, { [TOKEN_HEADER]: token })).status).toBe(404)
    expect((await post(url, 'users.list', '{not json', { [TOKEN_HEADER]: token })).status).toBe(400)
    expect((await fetch(`${url}api/users.list`)).status).toBe(405)
  })

  it('refuses cross-origin API calls and foreign Host headers', async () => {
    const { url } = await start()
    const cross = await post(url, 'system.status', {}, { origin: 'http://evil.example' })
    expect(cross.status).toBe(403)
    expect(await getWithHost(url, 'evil.example')).toBe(421)
    expect(await getWithHost(url, `localhost:${new URL(url).port}`)).toBe(200)
  })

  it('serves the renderer with security headers and falls back to index.html for app routes', async () => {
    const { url } = await start()
    const page = await fetch(`${url}system/users`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(page.headers.get('x-frame-options')).toBe('DENY')
    expect(await page.text()).toContain('<title>UnionDesk</title>')
    expect((await fetch(`${url}assets/app.js`)).headers.get('content-type')).toContain('text/javascript')
    expect((await fetch(`${url}assets/missing.js`)).status).toBe(404)
  })
})

describe('static file resolution', () => {
  it('never leaves the renderer folder', () => {
    const root = tempDir()
    writeFileSync(join(root, 'index.html'), '')
    for (const evil of ['/../secret', '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/x.db', '/a/../../b.js', '/bad%zz', '/x%00.js']) {
      const file = resolveStaticFile(root, evil)
      expect(file === null || file === join(root, 'index.html'), evil).toBe(true)
    }
  })
})
