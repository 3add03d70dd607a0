import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/db/open'
import { readMigrations } from '../../../electron/core/db/migrations'
import { AppError } from '../../../electron/shared/errors'
import { MIGRATIONS, initializedApp, tempDir, testApp } from '../helpers'

/** A private copy of the migrations folder that a test may add to or tamper with. */
function migrationsCopy(): string {
  const dir = join(tempDir(), 'migrations')
  cpSync(MIGRATIONS, dir, { recursive: true })
  return dir
}

function addMigration(folder: string, tag: string, when: number, sql: string): void {
  const journalFile = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'))
  journal.entries.push({ idx: journal.entries.length, version: '6', when, tag, breakpoints: true })
  writeFileSync(journalFile, JSON.stringify(journal, null, 2))
  writeFileSync(join(folder, `${tag}.sql`), sql)
}

function openWith(file: string, folder: string, backups: string[] = []) {
  return openDatabase(file, { migrationsFolder: folder, backupBeforeMigrate: () => backups.push('backup') })
}

describe('migrations', () => {
  it('ships a journal whose timestamps strictly increase, one SQL file per entry', () => {
    const files = readMigrations(MIGRATIONS)
    for (let i = 1; i < files.length; i++) expect(files[i].when).toBeGreaterThan(files[i - 1].when)
    const sqlFiles = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql'))
    expect(sqlFiles.sort()).toEqual(files.map((f) => `${f.tag}.sql`).sort())
  })

  it('applies every migration to an empty database', () => {
    const opened = openWith(join(tempDir(), 'a.db'), MIGRATIONS)
    expect(opened.migrations.pending).toEqual([])
    expect(opened.migrations.applied).toEqual(readMigrations(MIGRATIONS).map((f) => f.tag))
    opened.sqlite.close()
  })

  it('backs up a database with data before applying a new migration, then applies it', () => {
    const folder = migrationsCopy()
    const file = join(tempDir(), 'b.db')
    openWith(file, folder).sqlite.close()
    addMigration(folder, '0099_new_table', Date.now() + 1000, 'CREATE TABLE `later` (`id` integer PRIMARY KEY);')
    const backups: string[] = []
    const opened = openWith(file, folder, backups)
    expect(backups).toEqual(['backup'])
    expect(opened.migrations.applied.at(-1)).toBe('0099_new_table')
    opened.sqlite.close()
  })

  it('refuses a pending migration older than the newest applied one (drizzle would skip it silently)', () => {
    const folder = migrationsCopy()
    const file = join(tempDir(), 'c.db')
    openWith(file, folder).sqlite.close()
    const first = readMigrations(folder)[0]
    addMigration(folder, '0002_out_of_order', first.when - 1, 'CREATE TABLE `skipped` (`id` integer PRIMARY KEY);')
    expect(() => openWith(file, folder)).toThrow(/0002_out_of_order 的时间早于已应用的升级/)
  })

  it('refuses a database whose applied migration no longer matches its file', () => {
    const folder = migrationsCopy()
    const file = join(tempDir(), 'd.db')
    openWith(file, folder).sqlite.close()
    const sqlFile = join(folder, '0000_foundation.sql')
    writeFileSync(sqlFile, readFileSync(sqlFile, 'utf8') + '\n-- edited by hand\n')
    expect(() => openWith(file, folder)).toThrow(/升级记录与程序自带的升级文件不一致（第 1 个：0000_foundation）/)
  })

  it('refuses a database upgraded by a newer program', () => {
    const folder = migrationsCopy()
    const file = join(tempDir(), 'e.db')
    addMigration(folder, '0099_future', Date.now() + 1000, 'CREATE TABLE `future` (`id` integer PRIMARY KEY);')
    openWith(file, folder).sqlite.close()
    let error: unknown
    try {
      openWith(file, MIGRATIONS)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/已由更新版本的 UnionDesk 升级.*请安装最新版本/)
  })

  it('refuses a damaged file and says to restore from a backup', () => {
    const app = initializedApp()
    app.core.close()
    const file = app.core.databaseFile
    const bytes = readFileSync(file)
    bytes.fill(0x5a, 4096, 8192)
    writeFileSync(file, bytes)
    expect(() => testApp(app.dataDir)).toThrow(/数据库文件已损坏.*从数据文件夹 backups\/ 中的备份恢复/)
  })
})
