import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
/** Loaded with await import() where a job needs them: at the top of a module they would load on every CLI start and server start. */
const HEAVY = /^import\s+(?!type\b)[^'"]*?from\s+'(exceljs|jszip|node:http|node:https)'/gm

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

describe('CLI start-up', () => {
  it('loads exceljs, jszip and node:http only when a command needs them', () => {
    // serve's HTTP server lives in electron/server, imported by the serve command when it runs.
    const files = ['electron/core', 'electron/cli', 'electron/shared'].flatMap((d) => sources(join(root, d)))
    const found = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(HEAVY)].map((m) => `${relative(root, file)}: ${m[1]}`))
    expect(found).toEqual([])
  })
})
