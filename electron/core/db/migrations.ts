import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { AppError } from '../../shared/errors'

export const MIGRATIONS_TABLE = '__drizzle_migrations'

export interface MigrationFile {
  tag: string
  hash: string
  when: number
}

export interface MigrationState {
  applied: string[]
  pending: string[]
}

/** The journal's entries with the same sha256 hashes drizzle's migrator records. */
export function readMigrations(migrationsFolder: string): MigrationFile[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[]
  }
  const files = readMigrationFiles({ migrationsFolder })
  return journal.entries.map((entry, i) => ({ tag: entry.tag, when: entry.when, hash: files[i].hash }))
}

/**
 * drizzle's migrator applies only migrations newer than the newest applied one and skips an older
 * pending one without a word. So before and after migrating we demand that the applied rows are
 * exactly a prefix of the journal (same order, same hashes) and that every pending migration is
 * newer than the last applied one; anything else is refused with what the user can do about it.
 */
export function checkMigrationState(sqlite: Database.Database, files: MigrationFile[]): MigrationState {
  const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE)
  const rows = hasTable
    ? (sqlite.prepare(`SELECT hash, created_at AS createdAt FROM ${MIGRATIONS_TABLE} ORDER BY id`).all() as {
        hash: string
        createdAt: number
      }[])
    : []

  if (rows.length > files.length) {
    throw new AppError(
      'CONFLICT',
      `此数据库已由更新版本的 UnionDesk 升级（${rows.length} 个数据库版本，本程序只认识 ${files.length} 个）。` + '请安装最新版本的 UnionDesk 后再打开，或从升级前的备份恢复。',
    )
  }
  rows.forEach((row, i) => {
    const file = files[i]
    if (row.hash !== file.hash || Number(row.createdAt) !== file.when) {
      throw new AppError(
        'CONFLICT',
        `数据库的升级记录与程序自带的升级文件不一致（第 ${i + 1} 个：${file.tag}）。` + '程序文件可能被改动，请重新安装 UnionDesk；如仍不能打开，请从备份恢复。',
      )
    }
  })
  const lastApplied = rows.length ? Number(rows[rows.length - 1].createdAt) : -Infinity
  const pending = files.slice(rows.length)
  const outOfOrder = pending.find((f) => f.when <= lastApplied)
  if (outOfOrder) {
    throw new AppError(
      'CONFLICT',
      `数据库升级文件 ${outOfOrder.tag} 的时间早于已应用的升级，按顺序无法应用。` + '这是程序打包错误：请安装正式发布的 UnionDesk 版本，不要继续使用本数据库写入数据。',
    )
  }
  return { applied: files.slice(0, rows.length).map((f) => f.tag), pending: pending.map((f) => f.tag) }
}
