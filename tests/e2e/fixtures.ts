import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'

const root = resolve(import.meta.dirname, '../..')
const cli = join(root, 'out/main/cli.js')
const artifacts = join(root, 'tests/e2e/artifacts')

export interface Server {
  url: string
  dataDir: string
}

/** Starts `uniondesk serve` on a random port and resolves with the URL it prints once listening. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npx electron-vite build\` first`)
  // process.execPath is the Node running Playwright (24, from node_modules), which better-sqlite3 needs.
  const child = spawn(process.execPath, [cli, 'serve', '--data', dataDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolveStart, reject) => {
    let output = ''
    // Opening and migrating a fresh database is quick alone, but a loaded build machine has taken over 15 s.
    const timer = setTimeout(() => fail(new Error(`server did not start within 45 s:\n${output}`)), 45_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill()
      reject(error)
    }
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveStart({ child, url: match[0] })
      }
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.once('exit', (code) => fail(new Error(`server exited with code ${code}:\n${output}`)))
  })
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      done()
    })
    child.kill('SIGTERM')
  })
}

export const test = base.extend<{ server: Server }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this destructuring; it needs none
  server: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'uniondesk-e2e-'))
    const { child, url } = await startServer(dataDir)
    try {
      await use({ url, dataDir })
    } finally {
      await stopServer(child)
      rmSync(dataDir, { recursive: true, force: true })
    }
  },
  baseURL: async ({ server }, use) => use(server.url),
  // An uncaught exception in the page fails the test even when the screen happens to look right.
  page: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await use(page)
    expect(errors, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }

/** antd puts a space between the two characters of a button such as “登 录”; match with or without it. */
export function label(text: string): RegExp {
  return new RegExp([...text].join('\\s?'))
}

export const ADMIN = { username: 'admin', displayName: '王会计主管', password: 'Admin12345' }

/** Saves a screenshot of a key screen to tests/e2e/artifacts/<name>.png for a human to look at. */
export async function snapshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true })
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true, animations: 'disabled' })
}

/** Creates the first administrator through the 首次使用 page and opens 系统管理. */
export async function setupAdmin(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByLabel('用户名').fill(ADMIN.username)
  await page.getByLabel('姓名').fill(ADMIN.displayName)
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('确认密码').fill(ADMIN.password)
  await page.getByRole('button', { name: '创建并登录' }).click()
  await page.getByRole('menuitem', { name: '系统管理' }).click()
  await expect(page.getByRole('tab', { name: '用户与角色' })).toBeVisible()
}

/** The session token the page keeps (the renderer's api/client.ts stores it in sessionStorage). */
export async function sessionToken(page: Page): Promise<string> {
  return (await page.evaluate('sessionStorage.getItem("uniondesk.token")')) as string
}

/** Calls the HTTP API directly, as the page does, for set-up steps that are not under test. */
export function api(page: Page, method: string, input: object, token?: string) {
  return page.request.post(`/api/${method}`, { data: input, headers: token ? { 'x-uniondesk-token': token } : undefined })
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: label('登录') }).click()
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: '用户菜单' }).click()
  await page.getByRole('menuitem', { name: '退出登录' }).click()
  await expect(page.getByRole('button', { name: label('登录') })).toBeVisible()
}

/** The next call of `method` answers 1.5 s late: for screens that must wait for their data before taking input. */
export async function slowOnce(page: Page, method: string): Promise<void> {
  await page.route(
    `**/api/${method}`,
    async (route) => {
      await new Promise((done) => setTimeout(done, 1500))
      await route.continue()
    },
    { times: 1 },
  )
}
