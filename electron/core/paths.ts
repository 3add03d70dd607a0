import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * The folder that holds package.json and drizzle/migrations: the project root in development and
 * tests, the packaged app (inside app.asar) in production. Found by walking up from the bundle.
 */
export function findAppRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'uniondesk') return dir
    if (dirname(dir) === dir) throw new Error(`找不到 UnionDesk 程序目录（从 ${from} 向上查找 package.json）`)
  }
}

export function migrationsFolderOf(appRoot: string): string {
  return join(appRoot, 'drizzle', 'migrations')
}

export function appVersionOf(appRoot: string): string {
  return JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')).version as string
}

/**
 * Where the desktop app keeps its data (Electron's userData for the app name "UnionDesk"), so the
 * CLI and browser mode find the same folder by default. UNIONDESK_DATA overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.UNIONDESK_DATA) return env.UNIONDESK_DATA
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'UnionDesk')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'UnionDesk')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'UnionDesk')
}
