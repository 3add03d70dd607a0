import type Database from 'better-sqlite3'
import type { IntegrityCheck } from '../../shared/contract/system'
import { quickCheck, type Db } from '../db/open'
import { getSetting, setSetting } from './settings'

/** What a check needs of the core (structural, so app.ts can use it without an import cycle). */
interface Checked {
  db: Db
  sqlite: Database.Database
  now(): Date
}

/** The last whole-file check of the live database, kept so 数据库信息 shows it without reading the whole file. */
const LAST_CHECK_KEY = 'lastIntegrityCheck'

export function lastIntegrityCheck(db: Db): IntegrityCheck | null {
  const stored = getSetting(db, LAST_CHECK_KEY)
  return stored ? (JSON.parse(stored) as IntegrityCheck) : null
}

/** Store a check's outcome; the caller holds the write transaction. */
export function recordIntegrityCheck(core: Omit<Checked, 'sqlite'>, kind: IntegrityCheck['kind'], result: string): IntegrityCheck {
  const check = { kind, result, checkedAt: core.now().toISOString() }
  setSetting(core.db, LAST_CHECK_KEY, JSON.stringify(check))
  return check
}

/** 立即检查: quick_check of the live file now, its outcome stored. */
export function runIntegrityCheck(core: Checked): IntegrityCheck {
  return recordIntegrityCheck(core, 'quick_check', quickCheck(core.sqlite))
}
