/**
 * What synchronous = FULL costs per write (issue 12.7): the same small write transaction (five 200-byte
 * rows, BEGIN IMMEDIATE) committed 500 times in WAL mode under NORMAL and under FULL, on this disk.
 * Run: npm run bench:sync [-- <folder on the disk to measure>]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { configureConnection } from '../electron/core/db/open'

const dir = mkdtempSync(join(process.argv[2] ?? tmpdir(), 'uniondesk-sync-'))
const COMMITS = 500

function perCommit(synchronous: 'NORMAL' | 'FULL', round: number): number {
  const db = new Database(join(dir, `${synchronous}-${round}.db`))
  configureConnection(db)
  db.pragma(`synchronous = ${synchronous}`)
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)')
  const insert = db.prepare('INSERT INTO t (a, b) VALUES (?, ?)')
  const write = db.transaction((i: number) => {
    for (let k = 0; k < 5; k++) insert.run('x'.repeat(200), i)
  })
  const start = process.hrtime.bigint()
  for (let i = 0; i < COMMITS; i++) write.immediate(i)
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / COMMITS
  db.close()
  return ms
}

try {
  for (let round = 1; round <= 3; round++) {
    const normal = perCommit('NORMAL', round)
    const full = perCommit('FULL', round)
    console.log(`第 ${round} 轮：NORMAL ${normal.toFixed(3)} ms/次写入，FULL ${full.toFixed(3)} ms/次写入（多 ${(full - normal).toFixed(3)} ms）`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
