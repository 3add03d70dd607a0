import { closeSync, fsyncSync, openSync } from 'node:fs'

/** Flush a file's bytes to the disk before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Flush a folder so a rename in it survives a power cut. Windows cannot open folders for this; NTFS journals renames. */
export function fsyncDir(dir: string): void {
  let fd: number
  try {
    fd = openSync(dir, 'r')
  } catch {
    return
  }
  try {
    fsyncSync(fd)
  } catch {
    // EPERM/EISDIR on platforms without directory fsync.
  } finally {
    closeSync(fd)
  }
}
