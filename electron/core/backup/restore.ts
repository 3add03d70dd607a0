import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { attachmentPath } from '../reimbursement/attachments'
import { fsyncDir, fsyncFile } from './disk'
import { ATTACHMENTS_TABLE } from './verify'

/**
 * Restoring is: stage a verified backup beside the live file, then rename it over the live file in one
 * step. Staging copies the backup, writes the attachments it carries back into the data folder (they are
 * named by their hash, so this only adds files), drops the carried table and flushes the copy to disk.
 */
export function stageCandidate(source: string, dataDir: string, liveFile: string): string {
  const staged = `${liveFile}.restoring`
  rmSync(staged, { force: true })
  copyFileSync(source, staged)
  const copy = new Database(staged)
  try {
    const carried = copy.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(ATTACHMENTS_TABLE)
    if (carried) {
      for (const row of copy.prepare(`SELECT sha256, content FROM ${ATTACHMENTS_TABLE}`).iterate() as Iterable<{ sha256: string; content: Buffer }>) {
        writeAttachment(dataDir, row.sha256, row.content)
      }
      copy.exec(`DROP TABLE ${ATTACHMENTS_TABLE}`)
    }
    // Rollback-journal mode while staged: the file is whole on its own when closed, with no -wal beside it.
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  fsyncFile(staged)
  return staged
}

function writeAttachment(dataDir: string, sha256: string, content: Buffer): void {
  const path = attachmentPath(dataDir, sha256)
  if (existsSync(path) && statSync(path).size === content.length) return
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.tmp`
  // On disk before the database that names it.
  writeFileSync(tmp, content)
  fsyncFile(tmp)
  renameSync(tmp, path)
}

/** The atomic step: one rename, then the folder flushed so the rename itself survives a power cut. */
export function swapInto(staged: string, liveFile: string): void {
  renameSync(staged, liveFile)
  fsyncDir(dirname(liveFile))
}

/** Move a database that no longer opens out of the way with its -wal/-shm (kept, never deleted: they may hold its last writes). */
export function setAside(liveFile: string, target: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(liveFile + suffix)) renameSync(liveFile + suffix, target + suffix)
  }
  fsyncDir(dirname(liveFile))
  fsyncDir(dirname(target))
}
