import { EventEmitter } from 'node:events'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import dayjs from 'dayjs'
import { AppError } from '../shared/errors'
import type { ProgressEvent } from '../shared/events'
import { createBackup, listBackups, backupsDir } from './backup/files'
import { openDatabase, quickCheck, type Db, type OpenedDatabase } from './db/open'
import { checkMigrationState, readMigrations } from './db/migrations'
import { getSetting, setSetting } from './system/settings'

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
  private opened: OpenedDatabase | null = null

  private constructor(options: CoreOptions) {
    this.options = options
    this.dataDir = options.dataDir
    this.databaseFile = join(options.dataDir, DATABASE_FILE)
  }

  /**
   * For a database that no longer opens (damaged, or upgraded by a newer program): set the file
   * aside as damaged-*.db in backups/, put the backup in its place and open that.
   */
  static openFromBackup(options: CoreOptions, name: string): { core: Core; setAside: string } {
    const core = new Core(options)
    const source = core.backupFile(name)
    core.verifyBackupFile(source)
    const setAside = `damaged-${dayjs(core.now()).format('YYYYMMDD-HHmmss')}-${DATABASE_FILE}`
    if (existsSync(core.databaseFile)) copyFileSync(core.databaseFile, join(backupsDir(core.dataDir), setAside))
    core.replaceDatabaseFile(source)
    core.openFile()
    core.sqlite.prepare('DELETE FROM sessions').run()
    return { core, setAside }
  }

  static open(options: CoreOptions): Core {
    const core = new Core(options)
    core.openFile()
    core.dailyBackup()
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

  close(): void {
    if (!this.opened) return
    this.opened.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    this.opened.sqlite.close()
    this.opened = null
  }

  /**
   * Replace the live database by a backup. The current file is backed up first; if the restored
   * file cannot be opened (e.g. it needs a newer program), the previous file is put back.
   */
  restoreFrom(name: string): { safetyBackup: string } {
    const source = this.backupFile(name)
    this.verifyBackupFile(source)
    const safety = createBackup(this.sqlite, this.dataDir, 'pre-restore', this.now())
    this.close()
    try {
      this.replaceDatabaseFile(source)
      this.openFile()
      // Sessions in the backup belong to that moment; everyone signs in again against the restored users.
      this.sqlite.prepare('DELETE FROM sessions').run()
    } catch (error) {
      this.replaceDatabaseFile(join(backupsDir(this.dataDir), safety.name))
      this.openFile()
      throw error
    }
    return { safetyBackup: safety.name }
  }

  private backupFile(name: string): string {
    if (!listBackups(this.dataDir).some((b) => b.name === name)) {
      throw new AppError('NOT_FOUND', `找不到备份文件“${name}”`)
    }
    return join(backupsDir(this.dataDir), name)
  }

  private verifyBackupFile(file: string): void {
    const candidate = new Database(file, { readonly: true, fileMustExist: true })
    try {
      const integrity = quickCheck(candidate)
      if (integrity !== 'ok') throw new AppError('CONFLICT', `备份文件已损坏，不能恢复（${integrity.slice(0, 120)}）`)
      checkMigrationState(candidate, readMigrations(this.options.migrationsFolder))
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('CONFLICT', '该文件不是 UnionDesk 的数据库备份，不能恢复')
    } finally {
      candidate.close()
    }
  }

  private replaceDatabaseFile(source: string): void {
    for (const suffix of ['-wal', '-shm']) rmSync(this.databaseFile + suffix, { force: true })
    copyFileSync(source, this.databaseFile)
  }

  private openFile(): void {
    this.opened = openDatabase(this.databaseFile, {
      migrationsFolder: this.options.migrationsFolder,
      backupBeforeMigrate: (sqlite) => createBackup(sqlite, this.dataDir, 'pre-migrate', this.now()),
    })
  }

  /** The first start of each day leaves a backup behind (only once there is something to keep). */
  private dailyBackup(): void {
    if (!this.isInitialized()) return
    const today = dayjs(this.now()).format('YYYY-MM-DD')
    if (getSetting(this.db, 'lastDailyBackup') === today) return
    createBackup(this.sqlite, this.dataDir, 'daily', this.now())
    setSetting(this.db, 'lastDailyBackup', today)
  }
}
