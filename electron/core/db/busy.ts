import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'

/** The one answer a caller gets when another writer holds the database (CLI beside the server, two windows). */
export const BUSY_MESSAGE = '数据库正忙，请稍后重试'

// SQLITE_BUSY (the busy timeout ran out), its extended codes (…_SNAPSHOT when a read transaction cannot
// become a write one, …_RECOVERY, …_TIMEOUT) and SQLITE_LOCKED (a conflict inside one connection's cache).
const BUSY_CODES = /^SQLITE_(BUSY|LOCKED)(_[A-Z]+)?$/

/** Translate SQLite's busy and locked errors into the clerk's message; anything else is returned as is. */
export function busyError(error: unknown): AppError | null {
  if (error instanceof Database.SqliteError && BUSY_CODES.test(error.code)) return new AppError('BUSY', BUSY_MESSAGE)
  return null
}

/** Run fn in one write transaction begun IMMEDIATE: it waits for the write lock up front (busy timeout), so it never fails half-way with BUSY_SNAPSHOT. */
export function writeTransaction<T>(sqlite: Database.Database, fn: () => T): T {
  try {
    return sqlite.transaction(fn).immediate()
  } catch (error) {
    throw busyError(error) ?? error
  }
}
