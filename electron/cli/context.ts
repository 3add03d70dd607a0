import { join } from 'node:path'
import { openCore, type CoreOptions, type OpenedCore } from '../core'
import { firstActiveAdmin } from '../core/auth/sessions'
import { appVersionOf, defaultDataDir, findAppRoot, migrationsFolderOf } from '../core/paths'
import type { MethodInput, MethodName, MethodResult } from '../shared/contract'
import { AppError } from '../shared/errors'

export const appRoot = findAppRoot(import.meta.dirname)

export interface CliContext {
  dataDir: string
  /** --user: the local user the CLI acts as (default: the first active admin). */
  user?: string
  json: boolean
  out: (line: string) => void
}

export function dataDirOf(flag: string | undefined): string {
  return flag ?? defaultDataDir()
}

/** lockAs: hold the data-folder lock under this name (serve, restore); other commands share the folder. */
export function coreOptions(dataDir: string, lockAs?: CoreOptions['lockAs']): CoreOptions {
  return { dataDir, migrationsFolder: migrationsFolderOf(appRoot), appVersion: appVersionOf(appRoot), lockAs }
}

export function openData(dataDir: string, lockAs?: CoreOptions['lockAs']): OpenedCore {
  return openCore(coreOptions(dataDir, lockAs))
}

export function rendererDir(): string {
  return join(appRoot, 'out', 'renderer')
}

/**
 * Run one contract method as a named local user, through the same router (roles, validation,
 * transaction, audit log with channel 'cli') the window and the browser use.
 */
export async function callAs<M extends MethodName>(opened: OpenedCore, ctx: CliContext, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const caller = { localUser: ctx.user ?? firstActiveAdmin(opened.core) }
  const res = await opened.router.call(method, input, caller, 'cli')
  if (!res.ok) throw new AppError(res.error.code, res.error.message, { fields: res.error.fields, rows: res.error.rows })
  return res.data as MethodResult<M>
}

/** Open the data folder, run fn, always close (so the WAL is checkpointed). */
export async function withData<T>(ctx: CliContext, fn: (opened: OpenedCore) => T | Promise<T>): Promise<T> {
  const opened = openData(ctx.dataDir)
  try {
    return await fn(opened)
  } finally {
    opened.core.close()
  }
}
