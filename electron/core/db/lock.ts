import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import dayjs from 'dayjs'
import { AppError } from '../../shared/errors'

/**
 * The data-folder lock: `<data>/uniondesk.lock` names the process that holds the folder (serve, the desktop
 * app, a CLI restore). Held for the process's life, removed on a clean close. A lock whose process is gone
 * is stale: the holder ended without closing (killed, crashed, power cut), which callers use as the sign to
 * run the full integrity check.
 */
export const LOCK_FILE = 'uniondesk.lock'

export interface LockHolder {
  pid: number
  host: string
  program: string
  startedAt: string
}

export interface DataLock {
  holder: LockHolder
  /** A stale lock was found: the previous holder did not close the folder cleanly. */
  uncleanShutdown: boolean
  release(): void
}

export function lockPath(dataDir: string): string {
  return join(dataDir, LOCK_FILE)
}

export function readLock(dataDir: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as Partial<LockHolder>
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return { pid: 0, host: '', program: '未知', startedAt: '' }
    return { pid: parsed.pid, host: parsed.host, program: String(parsed.program ?? '未知'), startedAt: String(parsed.startedAt ?? '') }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    // Unreadable or half-written (a crash while writing it): nobody can be proved to hold it.
    return { pid: 0, host: '', program: '未知', startedAt: '' }
  }
}

/** A holder on this machine whose process still runs. One on another machine (a shared folder) counts as alive. */
export function isAlive(holder: LockHolder): boolean {
  if (holder.host && holder.host !== hostname()) return true
  if (!holder.pid) return false
  if (holder.pid === process.pid) return true
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A lock left behind by a process that is gone: the last session on this folder did not close cleanly. */
export function staleLockFound(dataDir: string): boolean {
  const holder = readLock(dataDir)
  return holder !== null && !isAlive(holder)
}

export function describeHolder(holder: LockHolder): string {
  const since = holder.startedAt ? `，自 ${dayjs(holder.startedAt).format('YYYY-MM-DD HH:mm')} 起` : ''
  return `${holder.program}（进程 ${holder.pid}，计算机 ${holder.host}${since}）`
}

export function heldError(dataDir: string, holder: LockHolder, action: string): AppError {
  return new AppError(
    'LOCKED',
    `数据文件夹正由 ${describeHolder(holder)} 使用，不能${action}。请先关闭它（浏览器模式在其窗口按 Ctrl+C，桌面版退出程序）后再试；` +
      `若确认该程序已不在运行，可删除 ${lockPath(dataDir)}。`,
  )
}

/** Take the folder for this process, or refuse naming who has it. */
export function acquireDataLock(dataDir: string, program: string, action = '打开'): DataLock {
  mkdirSync(dataDir, { recursive: true })
  const file = lockPath(dataDir)
  const holder: LockHolder = { pid: process.pid, host: hostname(), program, startedAt: new Date().toISOString() }
  let uncleanShutdown = false
  // 'wx' creates the file only if it does not exist: of two starters exactly one gets it.
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      try {
        writeSync(fd, JSON.stringify(holder))
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error
      const existing = readLock(dataDir)
      if (!existing) continue
      if (existing.pid === process.pid && existing.host === holder.host) {
        // This process already holds it (the desktop app reopening after a restore).
        rmSync(file, { force: true })
        continue
      }
      if (isAlive(existing)) throw heldError(dataDir, existing, action)
      uncleanShutdown = true
      rmSync(file, { force: true })
    }
  }
  let released = false
  const release = () => {
    if (released) return
    released = true
    const current = readLock(dataDir)
    if (current && current.pid === process.pid && current.host === holder.host) rmSync(file, { force: true })
    process.off('exit', release)
  }
  // A normal exit that skipped close() still leaves the folder clean; a kill leaves a stale lock on purpose.
  process.on('exit', release)
  return { holder, uncleanShutdown, release }
}
