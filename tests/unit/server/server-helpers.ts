import { writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { startServer, type RunningServer } from '../../../electron/server/http'
import { tempDir, type TestApp } from '../helpers'

/** fetch() will not send a forged Host header, so use node:http directly. */
export function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

/** A real HTTP server over a test app, with a one-page renderer folder; closed after the test. */
export async function serveTestApp(app: Pick<TestApp, 'core' | 'router'>): Promise<RunningServer> {
  const rendererDir = tempDir()
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>')
  const server = await startServer({ core: app.core, router: app.router, rendererDir, port: 0 })
  onTestFinished(() => server.close())
  return server
}
