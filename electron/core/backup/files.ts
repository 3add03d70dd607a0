import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { DEFAULT_TIME_ZONE, officeInstant, officeTime } from '../../shared/office-time'
import { BACKUP_KINDS, KEEP_BACKUPS, type BackupRow } from '../../shared/contract/backup'
import { AppError } from '../../shared/errors'
import { attachmentPath } from '../reimbursement/attachments'
import { fsyncDir, fsyncFile } from './disk'
import { ATTACHMENTS_TABLE, verifyDatabaseFile, type Verification } from './verify'

export type BackupKind = BackupRow['kind']

const NAME_PATTERN = /^uniondesk-(\d{8})-(\d{6})(?:-\d+)?-([a-z-]+)\.db$/
/** Where a backup is written until it is complete and verified; such names never list as backups. */
const PARTIAL = '.partial'
const VERIFIED_CACHE = '.verified.json'
const KEEP_UNVERIFIED: BackupKind[] = ['pre-restore', 'pre-migrate']

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

type CacheEntry = Verification & { size: number; mtimeMs: number }

/**
 * Verifying means integrity_check over the whole file, so results are remembered per file (size and
 * modification time): a backup never changes once renamed into place, and an edited one is checked again.
 */
function verificationOf(dir: string, name: string, migrationsFolder: string, cache: Record<string, CacheEntry>): Verification {
  const stat = statSync(join(dir, name))
  const hit = cache[name]
  if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) return hit
  const result = verifyDatabaseFile(join(dir, name), migrationsFolder)
  cache[name] = { ...result, size: stat.size, mtimeMs: stat.mtimeMs }
  return result
}

/** Record the verdict of a file just verified, so listing it does not check it again. */
export function remember(dir: string, name: string, check: Verification): void {
  const stat = statSync(join(dir, name))
  writeCache(dir, { ...readCache(dir), [name]: { ...check, size: stat.size, mtimeMs: stat.mtimeMs } })
}

function writeCache(dir: string, cache: Record<string, CacheEntry>): void {
  try {
    writeFileSync(join(dir, VERIFIED_CACHE), JSON.stringify(cache))
  } catch {
    // A read-only destination only loses the memo.
  }
}

function readCache(dir: string): Record<string, CacheEntry> {
  try {
    return JSON.parse(readFileSync(join(dir, VERIFIED_CACHE), 'utf8')) as Record<string, CacheEntry>
  } catch {
    return {}
  }
}

/** The instant a backup's name records, or null for a name that is not a backup's. */
export function backupCreatedAt(name: string, timeZone = DEFAULT_TIME_ZONE): string | null {
  const m = NAME_PATTERN.exec(name)
  if (!m || !(BACKUP_KINDS as readonly string[]).includes(m[3])) return null
  // The name holds the office's wall-clock time; report it as an instant like every other time.
  const [d, t] = [m[1], m[2]]
  return officeInstant(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}`, timeZone).toISOString()
}

function describe(dir: string, name: string, migrationsFolder: string, cache: Record<string, CacheEntry>, timeZone: string): BackupRow | null {
  const createdAt = backupCreatedAt(name, timeZone)
  if (!createdAt) return null
  const check = verificationOf(dir, name, migrationsFolder, cache)
  return {
    name,
    kind: NAME_PATTERN.exec(name)![3] as BackupKind,
    createdAt,
    sizeBytes: statSync(join(dir, name)).size,
    verified: check.ok,
    problem: check.problem,
    attachments: check.attachments,
  }
}

/** Newest first, each with the restore candidate's verdict. */
export function listBackups(dataDir: string, migrationsFolder: string, dir = backupsDir(dataDir), timeZone = DEFAULT_TIME_ZONE): BackupRow[] {
  if (!existsSync(dir)) return []
  const cache = readCache(dir)
  const rows = readdirSync(dir)
    .filter((name) => NAME_PATTERN.test(name))
    .sort((a, b) => b.localeCompare(a))
    .map((name) => describe(dir, name, migrationsFolder, cache, timeZone))
    .filter((row): row is BackupRow => row !== null)
  writeCache(dir, Object.fromEntries(rows.map((r) => [r.name, cache[r.name]])))
  return rows
}

/** Named by the office's wall-clock time, whatever the machine's zone. */
export function backupNameFor(dir: string, kind: BackupKind, now: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const stamp = officeTime(now, timeZone).format('YYYYMMDD-HHmmss')
  let name = `uniondesk-${stamp}-${kind}.db`
  for (let n = 2; existsSync(join(dir, name)); n++) name = `uniondesk-${stamp}-${n}-${kind}.db`
  return name
}

/**
 * A whole, consistent copy of the data folder in one file. VACUUM INTO is SQLite's online snapshot (the
 * connection stays open, other readers go on); the claim attachments the snapshot refers to are then put
 * inside it, so the one file restores everything on another machine. It is written under a `.partial`
 * name, flushed, verified like a restore candidate, and only then renamed to its listed name.
 */
export function createBackup(sqlite: Database.Database, dataDir: string, migrationsFolder: string, kind: BackupKind, now: Date, timeZone = DEFAULT_TIME_ZONE): BackupRow {
  const dir = backupsDir(dataDir)
  mkdirSync(dir, { recursive: true })
  removeStalePartials(dir)
  const name = backupNameFor(dir, kind, now, timeZone)
  const partial = join(dir, `.${name}.${process.pid}${PARTIAL}`)
  try {
    rmSync(partial, { force: true })
    sqlite.prepare('VACUUM INTO ?').run(partial)
    embedAttachments(partial, dataDir)
    fsyncFile(partial)
    const check = verifyDatabaseFile(partial, migrationsFolder)
    // The copy taken before a restore or a migration is the only record of the data as it was, so it is kept even
    // when that data fails a check (it then lists as not verified); any other backup that fails is not kept.
    if (!check.ok && !KEEP_UNVERIFIED.includes(kind)) throw new AppError('CONFLICT', `备份未通过校验，已放弃：${check.problem}`)
    renameSync(partial, join(dir, name))
    fsyncDir(dir)
    remember(dir, name, check)
  } finally {
    rmSync(partial, { force: true })
  }
  pruneBackups(dir, name)
  return listBackups(dataDir, migrationsFolder, dir, timeZone).find((r) => r.name === name)!
}

function embedAttachments(file: string, dataDir: string): void {
  const copy = new Database(file)
  try {
    copy.exec(`CREATE TABLE ${ATTACHMENTS_TABLE} (sha256 TEXT PRIMARY KEY, content BLOB NOT NULL)`)
    const hasClaims = copy.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claim_attachments'`).get()
    if (!hasClaims) return
    const hashes = (copy.prepare('SELECT DISTINCT sha256 FROM claim_attachments').all() as { sha256: string }[]).map((r) => r.sha256)
    const insert = copy.prepare(`INSERT INTO ${ATTACHMENTS_TABLE} (sha256, content) VALUES (?, ?)`)
    copy.transaction(() => {
      for (const sha256 of hashes) {
        const path = attachmentPath(dataDir, sha256)
        // A file already missing from the folder cannot be saved; the backup still keeps every other one.
        if (existsSync(path)) insert.run(sha256, readFileSync(path))
      }
    })()
  } finally {
    copy.close()
  }
}

/** A `.partial` left by a backup that was killed half-way; an hour is far longer than any backup runs. */
function removeStalePartials(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (name.endsWith(PARTIAL) && Date.now() - statSync(join(dir, name)).mtimeMs > 3600_000) rmSync(join(dir, name), { force: true })
  }
}

/** Keep the newest KEEP_BACKUPS files in a folder; the one just written always stays. */
export function pruneBackups(dir: string, keep: string): void {
  const names = readdirSync(dir)
    .filter((name) => NAME_PATTERN.test(name))
    .sort((a, b) => b.localeCompare(a))
  for (const name of names.slice(KEEP_BACKUPS)) if (name !== keep) unlinkSync(join(dir, name))
}
