// Started by office-time.test.ts under a foreign TZ: a real HTTP server over a fresh data folder.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../../../electron/core'
import { startServer } from '../../../electron/server/http'

const [dataDir, migrationsFolder] = process.argv.slice(2)
const rendererDir = join(dataDir, 'renderer')
mkdirSync(rendererDir, { recursive: true })
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>UnionDesk</title>')
const opened = openCore({ dataDir, migrationsFolder, appVersion: 'test', scryptCost: 1024 })
const server = await startServer({ ...opened, rendererDir, port: 0 })
console.log(`listening ${server.url}`)
