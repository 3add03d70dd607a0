/**
 * Shared by bench:import and bench:http: start the built browser-mode server on a data folder in
 * its own process, sign in, call methods over HTTP, and read the server's peak RSS from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface BenchServer {
  url: string
  process: ChildProcess
  /** Peak resident memory of the server process (threads included), MB. */
  peakMb(): number
  /** Resident memory now, MB. */
  rssMb(): number
  stop(): Promise<void>
}

const procMb = (pid: number, field: string) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(field))
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024
}

export async function startServer(root: string, dataDir: string): Promise<BenchServer> {
  const child = spawn(process.execPath, [join(root, 'out/main/cli.js'), 'serve', '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  // A bench that fails part-way must not leave the server holding the data folder's lock.
  process.once('exit', () => child.kill())
  const url = await new Promise<string>((resolve, reject) => {
    let text = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const m = /(http:\/\/\S+?)\/?\s/.exec(text)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`server exited (${code}); run npm run build first`)))
  })
  return {
    url,
    process: child,
    peakMb: () => procMb(child.pid!, 'VmHWM'),
    rssMb: () => procMb(child.pid!, 'VmRSS'),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

export async function call<T = unknown>(url: string, token: string | null, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-uniondesk-token': token } : {}) },
    body: JSON.stringify(input ?? {}),
  })
  const body = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${method}: ${body.error!.message}`)
  return body.data as T
}

export const login = async (url: string, username: string, password: string) => (await call<{ token: string }>(url, null, 'auth.login', { username, password })).token

export const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}
