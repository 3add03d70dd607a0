import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { DEFAULT_TIME_ZONE, officeInstant, officeTime } from '../../shared/office-time'
import { BACKUP_KINDS, KEEP_BACKUPS, type BackupRow } from '../../shared/contract/backup'

export type BackupKind = BackupRow['kind']

const NAME_PATTERN = /^uniondesk-(\d{8})-(\d{6})(?:-\d+)?-([a-z-]+)\.db$/

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

function describe(dir: string, name: string, timeZone: string): BackupRow | null {
  const m = NAME_PATTERN.exec(name)
  if (!m || !(BACKUP_KINDS as readonly string[]).includes(m[3])) return null
  // The name holds the office's wall-clock time; report it as an instant like every other time.
  const [d, t] = [m[1], m[2]]
  const createdAt = officeInstant(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}`, timeZone).toISOString()
  return { name, kind: m[3] as BackupKind, createdAt, sizeBytes: statSync(join(dir, name)).size }
}

/** Newest first. */
export function listBackups(dataDir: string, timeZone = DEFAULT_TIME_ZONE): BackupRow[] {
  const dir = backupsDir(dataDir)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .map((name) => describe(dir, name, timeZone))
    .filter((row): row is BackupRow => row !== null)
    .sort((a, b) => b.name.localeCompare(a.name))
}

/**
 * A consistent copy of the live database. VACUUM INTO is SQLite's own online snapshot: it runs
 * while the connection stays open, is synchronous, and leaves a compact file without a WAL.
 */
export function createBackup(sqlite: Database.Database, dataDir: string, kind: BackupKind, now: Date, timeZone = DEFAULT_TIME_ZONE): BackupRow {
  const dir = backupsDir(dataDir)
  mkdirSync(dir, { recursive: true })
  const stamp = officeTime(now, timeZone).format('YYYYMMDD-HHmmss')
  let name = `uniondesk-${stamp}-${kind}.db`
  for (let n = 2; existsSync(join(dir, name)); n++) name = `uniondesk-${stamp}-${n}-${kind}.db`
  sqlite.prepare('VACUUM INTO ?').run(join(dir, name))
  pruneBackups(dataDir, name)
  return describe(dir, name, timeZone)!
}

/** Keep the newest KEEP_BACKUPS files; the one just written always stays. */
export function pruneBackups(dataDir: string, keep: string): void {
  const dir = backupsDir(dataDir)
  for (const row of listBackups(dataDir).slice(KEEP_BACKUPS)) {
    if (row.name !== keep) unlinkSync(join(dir, row.name))
  }
}
