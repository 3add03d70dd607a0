import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import dayjs from 'dayjs'
import type { BackupRow, BackupStatus } from '../../shared/contract/backup'
import { AppError } from '../../shared/errors'
import type { Core } from '../app'
import { writeTransaction } from '../db/busy'
import { getSetting, setSetting } from '../system/settings'
import { fsyncDir, fsyncFile } from './disk'
import { officeFormat, timeZoneOf } from '../system/time'
import { backupCreatedAt, pruneBackups } from './files'

/**
 * The second destination (系统设置 → 第二备份位置): another drive, a USB disk or a network share that
 * receives a copy of every backup, so one broken disk does not take the books and their backups together.
 */
const DIR_KEY = 'backup.secondDir'
const LAST_KEY = 'backup.secondCopy'
/** The automatic backup that failed (its own verification, a full disk), until the next backup succeeds. */
const FAILURE_KEY = 'backup.failure'
/** A copy older than this on the second destination is worth a warning. */
export const SECOND_COPY_MAX_AGE_DAYS = 2

type LastCopy = NonNullable<BackupStatus['lastCopy']>

export function secondDir(core: Core): string | null {
  return getSetting(core.db, DIR_KEY) || null
}

/** Check the folder can take backups (it exists or can be made, and a file can be written there) before saving it. */
export function setSecondDir(core: Core, dir: string): void {
  const value = dir.trim()
  if (value) {
    if (!isAbsolute(value)) throw invalid('请填写完整路径，例如 E:\\UnionDesk备份 或 \\\\服务器\\共享\\UnionDesk备份')
    const inside = relative(resolve(core.dataDir), resolve(value))
    if (!inside.startsWith('..') && !isAbsolute(inside)) throw invalid('第二备份位置不能在数据文件夹之内，请选择另一块硬盘、U 盘或网络共享')
    try {
      mkdirSync(value, { recursive: true })
      const probe = join(value, `.uniondesk-probe-${process.pid}`)
      writeFileSync(probe, 'ok')
      rmSync(probe)
    } catch (error) {
      throw invalid(`无法写入该文件夹（${(error as Error).message}）`)
    }
  }
  setSetting(core.db, DIR_KEY, value)
}

const invalid = (message: string) => new AppError('VALIDATION', `第二备份位置：${message}`, { fields: { dir: message } })

/** Copy a finished backup to the second destination under a temporary name, then rename; the outcome is remembered for the warning. */
export function copyToSecond(core: Core, row: BackupRow): LastCopy | null {
  if (getSetting(core.db, FAILURE_KEY)) writeTransaction(core.sqlite, () => setSetting(core.db, FAILURE_KEY, ''))
  const dir = secondDir(core)
  if (!dir) return null
  const at = core.now().toISOString()
  let last: LastCopy
  try {
    mkdirSync(dir, { recursive: true })
    const partial = join(dir, `.${row.name}.partial`)
    try {
      copyFileSync(join(core.dataDir, 'backups', row.name), partial)
      fsyncFile(partial)
      renameSync(partial, join(dir, row.name))
      fsyncDir(dir)
    } finally {
      rmSync(partial, { force: true })
    }
    pruneBackups(dir, row.name)
    last = { at, name: row.name, ok: true, message: null }
  } catch (error) {
    last = { at, name: row.name, ok: false, message: copyFailure(error as NodeJS.ErrnoException) }
  }
  writeTransaction(core.sqlite, () => setSetting(core.db, LAST_KEY, JSON.stringify(last)))
  return last
}

export function recordBackupFailure(core: Core, error: unknown): void {
  const value = JSON.stringify({ at: core.now().toISOString(), message: (error as Error).message })
  writeTransaction(core.sqlite, () => setSetting(core.db, FAILURE_KEY, value))
}

/** The copy's failure in the clerk's words, with the system's own text for whoever fixes it. */
function copyFailure(error: NodeJS.ErrnoException): string {
  const reason: Record<string, string> = {
    ENOENT: '找不到该位置（U 盘或网络共享可能未连接）',
    ENOTDIR: '该路径不是文件夹',
    EEXIST: '该路径被一个文件占用，不是文件夹',
    ENOSPC: '该位置空间不足',
    EACCES: '没有写入该位置的权限',
    EPERM: '没有写入该位置的权限',
    EROFS: '该位置是只读的',
  }
  return `${reason[error.code ?? ''] ?? '复制失败'}（${error.message}）`
}

/** What the backup page and the 工作台 show: where copies go, how the last one went, and a warning when it matters. */
export function backupStatus(core: Core): BackupStatus {
  const dir = secondDir(core)
  const raw = getSetting(core.db, LAST_KEY)
  const lastCopy = raw ? (JSON.parse(raw) as LastCopy) : null
  const failedRaw = getSetting(core.db, FAILURE_KEY)
  if (failedRaw) {
    const failed = JSON.parse(failedRaw) as { at: string; message: string }
    const warning = `${officeFormat(core, failed.at, 'YYYY-MM-DD HH:mm')} 的自动备份失败：${failed.message}。请在“数据备份”页点击“立即备份”，如仍失败请联系技术支持。`
    return { secondDir: dir, lastCopy, newestCopy: null, warning }
  }
  if (!dir) return { secondDir: null, lastCopy, newestCopy: null, warning: null }
  let newestCopy: BackupStatus['newestCopy'] = null
  let unreadable: string | null = null
  try {
    const names = existsSync(dir) ? readdirSync(dir) : []
    const newest = names
      .map((name) => ({ name, createdAt: backupCreatedAt(name, timeZoneOf(core)) }))
      .filter((c): c is { name: string; createdAt: string } => c.createdAt !== null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
    newestCopy = newest ?? null
  } catch (error) {
    unreadable = (error as Error).message
  }
  return { secondDir: dir, lastCopy, newestCopy, warning: warningFor(core, dir, lastCopy, newestCopy, unreadable) }
}

function warningFor(core: Core, dir: string, last: LastCopy | null, newest: BackupStatus['newestCopy'], unreadable: string | null): string | null {
  if (last && !last.ok) {
    return `${officeFormat(core, last.at, 'YYYY-MM-DD HH:mm')} 的备份没有复制到第二备份位置 ${dir}：${last.message}。请检查该位置是否已连接、空间是否足够。`
  }
  if (unreadable) return `无法访问第二备份位置 ${dir}（${unreadable}）。请检查 U 盘、移动硬盘或网络共享是否已连接。`
  if (!newest) return `第二备份位置 ${dir} 中还没有任何备份。请连接该位置后点击“立即备份”。`
  const days = dayjs(core.now()).diff(dayjs(newest.createdAt), 'day', true)
  if (days > SECOND_COPY_MAX_AGE_DAYS) {
    return `第二备份位置 ${dir} 中最新的备份是 ${officeFormat(core, newest.createdAt, 'YYYY-MM-DD HH:mm')} 的，已超过 ${SECOND_COPY_MAX_AGE_DAYS} 天。请连接该位置后点击“立即备份”。`
  }
  return null
}
