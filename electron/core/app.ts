import { EventEmitter } from 'node:events'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../drizzle/schema'
import type { BackupRow } from '../shared/contract/backup'
import { AppError } from '../shared/errors'
import type { ProgressEvent } from '../shared/events'
import { backupCreatedAt, backupsDir, createBackup, type BackupKind } from './backup/files'
import { setAside, stageCandidate, swapInto } from './backup/restore'
import { copyToSecond, recordBackupFailure } from './backup/second'
import { assertRestorable } from './backup/verify'
import { writeTransaction } from './db/busy'
import { acquireDataLock, staleLockFound, type DataLock } from './db/lock'
import { configureConnection, openDatabase, quickCheck, refuseDamaged, type Db, type OpenedDatabase } from './db/open'
import { checkMigrationState, readMigrations } from './db/migrations'
import { recordIntegrityCheck } from './system/integrity'
import { getSetting, setSetting } from './system/settings'
import { timeZoneOf, todayOf } from './system/time'
import { DEFAULT_TIME_ZONE, officeTime } from '../shared/office-time'

export interface CoreOptions {
  dataDir: string
  migrationsFolder: string
  appVersion: string
  /** Injected clock, so tests can freeze time (lockouts, session expiry, daily backups). */
  now?: () => Date
  /** Check every result against the contract's output schema (on in tests). */
  validateOutput?: boolean
  /** scrypt cost for new password hashes; lowered only by tests. */
  scryptCost?: number
  /** Hold the data-folder lock as this program (serve, the desktop app, a CLI restore); action names what a refusal stops. */
  lockAs?: { program: string; action: string }
  /** Check the file on open (quick_check) even after a clean shutdown; otherwise it runs with the daily backup. */
  integrityCheck?: boolean
  /** Run heavy jobs (imports) in a worker thread with its own connection, so other users' reads go on. */
  offloadHeavyJobs?: boolean
}

export const DATABASE_FILE = 'uniondesk.db'

/**
 * The open UnionDesk data folder: one SQLite database plus its backups. Transport-free: the Electron
 * shell, the HTTP server and the CLI each hold one Core and call it through the router.
 */
export class Core {
  readonly dataDir: string
  readonly databaseFile: string
  readonly options: CoreOptions
  readonly events = new EventEmitter<{ progress: [ProgressEvent] }>()
  /** The last session on this folder ended without closing it (a stale lock was found), so the full integrity check ran at open. */
  uncleanShutdown = false
  private opened: OpenedDatabase | null = null
  private lock: DataLock | null = null

  private constructor(options: CoreOptions) {
    this.options = options
    this.dataDir = options.dataDir
    this.databaseFile = join(options.dataDir, DATABASE_FILE)
  }

  /**
   * For a database that no longer opens (damaged, or upgraded by a newer program): set the file
   * aside as damaged-*.db in backups/ (with its -wal/-shm), put the verified backup in its place and open that.
   */
  static openFromBackup(options: CoreOptions, name: string): { core: Core; setAside: string | null } {
    const core = new Core(options)
    core.takeLock()
    try {
      const source = core.backupFile(name)
      assertRestorable(source, options.migrationsFolder)
      const staged = stageCandidate(source, core.dataDir, core.databaseFile)
      // The damaged file cannot tell its office's zone; name it in the default one.
      const aside = existsSync(core.databaseFile) ? `damaged-${officeTime(core.now(), DEFAULT_TIME_ZONE).format('YYYYMMDD-HHmmss')}-${DATABASE_FILE}` : null
      if (aside) setAside(core.databaseFile, join(backupsDir(core.dataDir), aside))
      swapInto(staged, core.databaseFile)
      core.openFile()
      core.sqlite.prepare('DELETE FROM sessions').run()
      return { core, setAside: aside }
    } catch (error) {
      core.close()
      throw error
    }
  }

  /**
   * A second connection to a data folder another Core of this process has opened (and migrated):
   * used by the heavy-job worker thread. No migration, no backup, no check.
   */
  static attach(options: CoreOptions): Core {
    const core = new Core(options)
    const sqlite = new Database(core.databaseFile, { fileMustExist: true })
    configureConnection(sqlite)
    core.opened = { sqlite, db: drizzle(sqlite, { schema }), migrations: checkMigrationState(sqlite, readMigrations(options.migrationsFolder)) }
    return core
  }

  static open(options: CoreOptions): Core {
    const core = new Core(options)
    core.takeLock()
    try {
      core.openFile()
      // The open ran the full check after an unclean shutdown and passed it: 数据库信息 shows that.
      if (core.uncleanShutdown && core.isInitialized()) writeTransaction(core.sqlite, () => recordIntegrityCheck(core, 'integrity_check', 'ok'))
      core.dailyBackup()
    } catch (error) {
      core.close()
      throw error
    }
    return core
  }

  now(): Date {
    return this.options.now ? this.options.now() : new Date()
  }

  get sqlite(): Database.Database {
    if (!this.opened) throw new AppError('INTERNAL', '数据库未打开')
    return this.opened.sqlite
  }

  get db(): Db {
    if (!this.opened) throw new AppError('INTERNAL', '数据库未打开')
    return this.opened.db
  }

  get appliedMigrations(): string[] {
    return this.opened?.migrations.applied ?? []
  }

  isInitialized(): boolean {
    return this.sqlite.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined
  }

  /** Close the database (checkpointing the WAL, which SQLite then removes itself) and release the folder. */
  close(): void {
    this.closeDatabase()
    this.lock?.release()
    this.lock = null
  }

  /** A verified backup of the live data (attachments inside), copied to the second destination when one is set. */
  backup(kind: BackupKind): { row: BackupRow; copy: ReturnType<typeof copyToSecond> } {
    const row = createBackup(this.sqlite, this.dataDir, this.options.migrationsFolder, kind, this.now(), timeZoneOf(this))
    return { row, copy: copyToSecond(this, row) }
  }

  /**
   * Replace the live database by a backup. The candidate is verified and staged beside the live file first,
   * the current data is backed up (pre-restore), and only then one rename swaps the files. Nothing happens to
   * the live file unless every check passed; if the restored file cannot be opened, the pre-restore copy goes back.
   */
  restoreFrom(name: string): { safetyBackup: string } {
    const source = this.backupFile(name)
    assertRestorable(source, this.options.migrationsFolder)
    const staged = stageCandidate(source, this.dataDir, this.databaseFile)
    try {
      const safety = this.backup('pre-restore').row
      this.closeDatabase()
      // SQLite removes the -wal when its last connection closes; one still there means another program has the file open.
      if (existsSync(`${this.databaseFile}-wal`)) {
        this.openFile()
        throw new AppError('LOCKED', `数据库正被其他程序（例如正在运行的命令行导入）使用，不能恢复。当前数据没有任何改动；恢复前的备份 ${safety.name} 已保留。请等其结束后再试。`)
      }
      try {
        swapInto(staged, this.databaseFile)
        this.openFile()
        // Sessions in the backup belong to that moment; everyone signs in again against the restored users.
        this.sqlite.prepare('DELETE FROM sessions').run()
      } catch (error) {
        this.closeDatabase()
        swapInto(stageCandidate(join(backupsDir(this.dataDir), safety.name), this.dataDir, this.databaseFile), this.databaseFile)
        this.openFile()
        throw error
      }
      return { safetyBackup: safety.name }
    } finally {
      rmSync(staged, { force: true })
    }
  }

  private takeLock(): void {
    if (this.options.lockAs) {
      this.lock = acquireDataLock(this.dataDir, this.options.lockAs.program, this.options.lockAs.action)
      this.uncleanShutdown = this.lock.uncleanShutdown
    } else {
      this.uncleanShutdown = staleLockFound(this.dataDir)
    }
  }

  private closeDatabase(): void {
    if (!this.opened) return
    this.opened.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    this.opened.sqlite.close()
    this.opened = null
  }

  private backupFile(name: string): string {
    const file = join(backupsDir(this.dataDir), name)
    if (backupCreatedAt(name) === null || !existsSync(file)) throw new AppError('NOT_FOUND', `找不到备份文件“${name}”`)
    return file
  }

  private openFile(): void {
    this.opened = openDatabase(this.databaseFile, {
      migrationsFolder: this.options.migrationsFolder,
      fullCheck: this.uncleanShutdown,
      integrityCheck: this.options.integrityCheck,
      backupBeforeMigrate: (sqlite) => createBackup(sqlite, this.dataDir, this.options.migrationsFolder, 'pre-migrate', this.now()),
    })
  }

  /** The first start of each day leaves a backup behind (only once there is something to keep). */
  private dailyBackup(): void {
    if (!this.isInitialized()) return
    const today = todayOf(this)
    if (getSetting(this.db, 'lastDailyBackup') === today) return
    try {
      // The scheduled whole-file check: once a day, before the day's backup copies the file.
      const integrity = quickCheck(this.sqlite)
      writeTransaction(this.sqlite, () => recordIntegrityCheck(this, 'quick_check', integrity))
      refuseDamaged(integrity)
      this.backup('daily')
    } catch (error) {
      // A backup that fails its own verification is not kept; the program still opens and the next start tries again.
      console.error('[uniondesk] daily backup failed:', error)
      recordBackupFailure(this, error)
      return
    }
    writeTransaction(this.sqlite, () => setSetting(this.db, 'lastDailyBackup', today))
  }
}

/** Whether a data folder already holds a database (a CLI restore into a new PC's empty folder needs none). */
export function dataDirHasDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, DATABASE_FILE))
}
