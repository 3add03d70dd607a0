import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { formatFen } from '../../shared/money'
import { checkMigrationState, MIGRATIONS_TABLE, readMigrations } from '../db/migrations'
import { integrityCheck } from '../db/open'

/**
 * The one check a database file must pass to be restored, and to list as a `verified` backup: a whole
 * SQLite file, integrity_check ok, a UnionDesk database whose migrations this build knows, every posted
 * voucher and every 账套 balanced, the audit log without gaps, attachments matching their hashes.
 */
export const ATTACHMENTS_TABLE = 'uniondesk_backup_attachments'

export interface Verification {
  ok: boolean
  /** Why the file is refused, for the clerk. */
  problem: string | null
  /** Attachment files carried inside the backup (0 for a backup made before they were). */
  attachments: number
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')
const OUR_TABLES = [MIGRATIONS_TABLE, 'users', 'settings', 'audit_log']

/** Refuse with AppError unless the file passes; returns the verification. */
export function assertRestorable(file: string, migrationsFolder: string): Verification {
  const result = verifyDatabaseFile(file, migrationsFolder)
  if (!result.ok) throw new AppError('CONFLICT', `不能恢复：${result.problem}。当前数据没有任何改动。`)
  return result
}

export function verifyDatabaseFile(file: string, migrationsFolder: string): Verification {
  try {
    const problem = headerProblem(file)
    if (problem) return refused(problem)
    const sqlite = new Database(file, { readonly: true, fileMustExist: true })
    try {
      return { ok: true, problem: null, attachments: checkContents(sqlite, migrationsFolder) }
    } finally {
      sqlite.close()
    }
  } catch (error) {
    if (error instanceof AppError) return refused(error.message)
    if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) {
      return refused(`文件已损坏（${error.message}）`)
    }
    return refused(`无法读取该文件（${error instanceof Error ? error.message : String(error)}）`)
  }
}

const refused = (problem: string): Verification => ({ ok: false, problem, attachments: 0 })

/** Empty, foreign or cut short: told apart from the first 100 bytes before SQLite sees the file. */
function headerProblem(file: string): string | null {
  const size = statSync(file).size
  if (size === 0) return '文件是空的（0 字节），不是有效的备份'
  const header = Buffer.alloc(100)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, header, 0, 100, 0)
  } finally {
    closeSync(fd)
  }
  if (size < 100 || !header.subarray(0, 16).equals(SQLITE_HEADER)) return '该文件不是 SQLite 数据库，不是 UnionDesk 的数据库备份'
  const raw = header.readUInt16BE(16)
  const pageSize = raw === 1 ? 65536 : raw
  const pages = header.readUInt32BE(28)
  if (pages > 0 && size < pageSize * pages) {
    return `文件不完整（应有 ${pageSize * pages} 字节，实际只有 ${size} 字节），可能在复制或备份中途被截断`
  }
  return null
}

function checkContents(sqlite: Database.Database, migrationsFolder: string): number {
  const integrity = integrityCheck(sqlite)
  if (integrity !== 'ok') throw new AppError('CONFLICT', `数据库完整性检查未通过（${integrity.slice(0, 160)}）`)
  const tables = new Set((sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name))
  if (!OUR_TABLES.every((t) => tables.has(t))) throw new AppError('CONFLICT', '这是其他程序的 SQLite 数据库，不是 UnionDesk 的数据库备份')
  try {
    checkMigrationState(sqlite, readMigrations(migrationsFolder))
  } catch (error) {
    throw new AppError('CONFLICT', `数据库版本不符：${(error as Error).message.replace(/。$/, '')}`)
  }
  if (tables.has('voucher_lines')) checkBalances(sqlite)
  checkAuditLog(sqlite, tables)
  return tables.has(ATTACHMENTS_TABLE) ? checkAttachments(sqlite) : 0
}

/** Every posted voucher balances, and so does each 账套 as a whole (the triggers' promise, checked on the file). */
function checkBalances(sqlite: Database.Database): void {
  const voucher = sqlite
    .prepare(
      `SELECT v.word || '-' || v.number AS no, l.name AS ledger, sum(vl.debit) AS d, sum(vl.credit) AS c
       FROM voucher_lines vl JOIN vouchers v ON v.id = vl.voucher_id JOIN ledgers l ON l.id = v.ledger_id
       WHERE vl.posted = 1 GROUP BY vl.voucher_id HAVING sum(vl.debit) <> sum(vl.credit) LIMIT 1`,
    )
    .get() as { no: string; ledger: string; d: number; c: number } | undefined
  if (voucher) {
    throw new AppError('CONFLICT', `账套“${voucher.ledger}”的已记账凭证 ${voucher.no} 借方 ${formatFen(voucher.d)} 元、贷方 ${formatFen(voucher.c)} 元，借贷不平，备份可能被篡改`)
  }
  const ledger = sqlite
    .prepare(
      `SELECT l.name AS ledger, sum(vl.debit) AS d, sum(vl.credit) AS c FROM voucher_lines vl JOIN ledgers l ON l.id = vl.ledger_id
       WHERE vl.posted = 1 GROUP BY vl.ledger_id HAVING sum(vl.debit) <> sum(vl.credit) LIMIT 1`,
    )
    .get() as { ledger: string; d: number; c: number } | undefined
  if (ledger) throw new AppError('CONFLICT', `账套“${ledger.ledger}”借方合计 ${formatFen(ledger.d)} 元与贷方合计 ${formatFen(ledger.c)} 元不等，备份可能被篡改`)
}

/**
 * The audit log only grows (triggers refuse UPDATE and DELETE) and its AUTOINCREMENT ids are handed out
 * one by one, a rolled-back insert giving its number back; so an intact log is ids 1…n with n also the
 * last number handed out. A gap or a missing tail means rows were removed behind the triggers.
 */
function checkAuditLog(sqlite: Database.Database, tables: Set<string>): void {
  const triggers = sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name IN ('audit_log_no_update', 'audit_log_no_delete')`).get() as {
    n: number
  }
  const applied = (sqlite.prepare(`SELECT count(*) AS n FROM ${MIGRATIONS_TABLE}`).get() as { n: number }).n
  // The triggers come with the second migration; a database that has it must still have them.
  if (applied >= 2 && triggers.n < 2) throw new AppError('CONFLICT', '审计日志的防篡改保护已被移除，备份可能被篡改')
  const log = sqlite.prepare('SELECT count(*) AS n, coalesce(min(id), 0) AS first, coalesce(max(id), 0) AS last FROM audit_log').get() as {
    n: number
    first: number
    last: number
  }
  if (log.n > 0 && (log.first !== 1 || log.last !== log.n)) {
    throw new AppError('CONFLICT', `审计日志不连续（编号 1–${log.last} 中只有 ${log.n} 条），备份可能被篡改`)
  }
  const seq = tables.has('sqlite_sequence') ? ((sqlite.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`).get() as { seq: number } | undefined)?.seq ?? 0) : 0
  if (seq > log.last) throw new AppError('CONFLICT', `审计日志最后 ${seq - log.last} 条记录缺失，备份可能被篡改`)
}

/** Attachments carried in the backup are read back and must hash to their names. */
function checkAttachments(sqlite: Database.Database): number {
  let n = 0
  for (const row of sqlite.prepare(`SELECT sha256, content FROM ${ATTACHMENTS_TABLE}`).iterate() as Iterable<{ sha256: string; content: Buffer }>) {
    if (createHash('sha256').update(row.content).digest('hex') !== row.sha256) {
      throw new AppError('CONFLICT', `备份中的附件 ${row.sha256.slice(0, 12)}… 内容与其校验值不符，备份已损坏`)
    }
    n++
  }
  return n
}
