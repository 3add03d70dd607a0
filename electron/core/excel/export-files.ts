import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import type { Core } from '../app'

/** How long a finished export waits to be downloaded or saved before its file is removed. */
export const EXPORT_TTL_MS = 10 * 60 * 1000

export interface FinishedExport {
  path: string
  fileName: string
}

interface Ready extends FinishedExport {
  userId: number
  expires: number
}

/**
 * Exports in progress (cancellable by their job id, by the user who started them) and finished
 * export files waiting in `<data>/exports` to be fetched once, by that user, before they expire.
 * Only the core writes there; the transports take a finished file by its unguessable download id.
 */
export class ExportFiles {
  private readonly running = new Map<string, { userId: number; controller: AbortController }>()
  private readonly ready = new Map<string, Ready>()
  readonly dir: string

  constructor(private readonly core: Core) {
    this.dir = join(core.dataDir, 'exports')
    mkdirSync(this.dir, { recursive: true })
    // Files left by an earlier run that stopped before they were fetched.
    const stale = core.now().getTime() - EXPORT_TTL_MS
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name)
      if (statSync(file).mtimeMs < stale) rmSync(file, { force: true })
    }
  }

  /** Registers a running export; its signal aborts when the same user cancels it. */
  start(jobId: string, userId: number): { signal: AbortSignal; path: string; done: () => void } {
    if (this.running.has(jobId)) throw new AppError('CONFLICT', '同一任务编号的导出正在进行')
    const controller = new AbortController()
    this.running.set(jobId, { userId, controller })
    return { signal: controller.signal, path: join(this.dir, `${randomBytes(12).toString('hex')}.part`), done: () => this.running.delete(jobId) }
  }

  cancel(jobId: string, userId: number): boolean {
    const job = this.running.get(jobId)
    if (!job || job.userId !== userId) return false
    job.controller.abort(new AppError('CONFLICT', '已取消导出，没有生成文件'))
    return true
  }

  /** A finished file becomes fetchable once, by its owner, under a fresh random id. */
  publish(path: string, fileName: string, userId: number): string {
    this.sweep()
    const id = randomBytes(24).toString('base64url')
    this.ready.set(id, { path, fileName, userId, expires: this.core.now().getTime() + EXPORT_TTL_MS })
    return id
  }

  /** The file behind a download id, handed over (the caller removes it after use); null if unknown, expired or someone else's. */
  take(id: string, userId: number): FinishedExport | null {
    this.sweep()
    const entry = this.ready.get(id)
    if (!entry || entry.userId !== userId) return null
    this.ready.delete(id)
    return { path: entry.path, fileName: entry.fileName }
  }

  private sweep(): void {
    const now = this.core.now().getTime()
    for (const [id, entry] of this.ready) {
      if (entry.expires > now) continue
      this.ready.delete(id)
      rmSync(entry.path, { force: true })
    }
  }
}

const stores = new WeakMap<Core, ExportFiles>()

/** The export files of this data folder (one registry per open Core). */
export function exportFiles(core: Core): ExportFiles {
  let files = stores.get(core)
  if (!files) stores.set(core, (files = new ExportFiles(core)))
  return files
}
