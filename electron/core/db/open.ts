// db/: opening the SQLite file (PRAGMAs, quick_check), the migration guard and drizzle's migrate
// (migrations.ts), and statements prepared once per connection (cached.ts). Nothing here knows a domain;
// every domain reads and writes through the connection opened here.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import { checkMigrationState, readMigrations, type MigrationState } from './migrations'

const RESTORE_HINT = '请用命令行 uniondesk restore <备份文件名> 从数据文件夹 backups/ 中的备份恢复。'

export type Db = ReturnType<typeof drizzle<typeof schema>>

export interface OpenedDatabase {
  sqlite: Database.Database
  db: Db
  migrations: MigrationState
}

export interface OpenOptions {
  migrationsFolder: string
  /** Run the full integrity_check instead of quick_check (after an unclean shutdown: a stale lock was found). */
  fullCheck?: boolean
  /** Called with the open connection before pending migrations run on a database that has data. */
  backupBeforeMigrate?: (sqlite: Database.Database) => void
  /**
   * Run the whole-file check now (0.7 s on a 1.8 M-line database, so not on every open): the caller
   * asks for it once a day and after an unclean shutdown; `check` and backups run their own.
   */
  integrityCheck?: boolean
}

export function configureConnection(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // FULL: in WAL mode NORMAL may lose the last commits on a power cut or OS crash; a confirmed write must survive.
  sqlite.pragma('synchronous = FULL')
}

export function quickCheck(sqlite: Database.Database): string {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[]
  return rows.map((r) => r.quick_check).join('; ')
}

export function integrityCheck(sqlite: Database.Database): string {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  return rows.map((r) => r.integrity_check).join('; ')
}

/** The open database passes quick_check (or the full integrity_check), else the clerk is told how to restore. */
export function assertIntact(sqlite: Database.Database, full = false): void {
  refuseDamaged(full ? integrityCheck(sqlite) : quickCheck(sqlite))
}

/** A check's outcome other than 'ok' stops the caller, telling the clerk how to restore. */
export function refuseDamaged(integrity: string): void {
  if (integrity !== 'ok') {
    throw new AppError('CONFLICT', `数据库文件已损坏（完整性检查：${integrity.slice(0, 200)}）。${RESTORE_HINT}`)
  }
}

/** Open (or create) a UnionDesk database: check it, back it up, migrate it, and verify the result. */
export function openDatabase(file: string, options: OpenOptions): OpenedDatabase {
  mkdirSync(dirname(file), { recursive: true })
  const sqlite = new Database(file)
  try {
    configureConnection(sqlite)
    // The whole-file check runs after an unclean shutdown (fullCheck) or when asked; not on every open (it costs
    // seconds on a large file), but daily before the backup, at backup/restore and at `check`.
    if (options.fullCheck) assertIntact(sqlite, true)
    else if (options.integrityCheck) assertIntact(sqlite)
    const files = readMigrations(options.migrationsFolder)
    const before = checkMigrationState(sqlite, files)
    if (before.pending.length > 0) {
      if (before.applied.length > 0) options.backupBeforeMigrate?.(sqlite)
      const db = drizzle(sqlite, { schema })
      migrate(db, { migrationsFolder: options.migrationsFolder })
      // A migration may add indexes: without statistics beside tables that have them, the planner picks
      // bad plans on a large file. A bounded sample (analysis_limit) keeps this to milliseconds.
      sqlite.pragma('analysis_limit = 1000')
      sqlite.pragma('optimize = 0x10002')
    }
    const migrations = checkMigrationState(sqlite, files)
    if (migrations.pending.length > 0) {
      throw new AppError('INTERNAL', `数据库升级未完成：${migrations.pending.join('、')}`)
    }
    return { sqlite, db: drizzle(sqlite, { schema }), migrations }
  } catch (error) {
    sqlite.close()
    if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) {
      throw new AppError('CONFLICT', `数据库文件已损坏，无法打开（${error.message}）。${RESTORE_HINT}`)
    }
    throw error
  }
}

export interface DatabaseReport {
  integrity: string
  migrations: MigrationState | { error: string }
}

/** Read-only health check for `uniondesk check`: changes nothing, not even pending migrations. */
export function inspectDatabase(file: string, migrationsFolder: string): DatabaseReport {
  let sqlite: Database.Database | null = null
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true })
    // `check` is where the whole-file check is worth its cost (it is not run on every open).
    const integrity = integrityCheck(sqlite)
    try {
      return { integrity, migrations: checkMigrationState(sqlite, readMigrations(migrationsFolder)) }
    } catch (error) {
      return { integrity, migrations: { error: messageOf(error) } }
    }
  } catch (error) {
    return { integrity: `无法读取数据库文件：${messageOf(error)}`, migrations: { error: '无法读取' } }
  } finally {
    sqlite?.close()
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
