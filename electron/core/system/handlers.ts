// system/: the data folder's status (initialised, version, last integrity check), first-run checks and the
// key-value settings table (settings.ts) other domains keep their options in, read through the
// contract's zod schemas so a missing key takes its default.
import { existsSync, statSync } from 'node:fs'
import type { HandlerMap } from '../api/types'
import { lastIntegrityCheck, runIntegrityCheck } from './integrity'
import { setSetting } from './settings'
import { SYSTEM_SETTINGS_KEY, systemSettings, timeZoneOf, todayOf } from './time'

export const systemHandlers: HandlerMap<'system.status' | 'system.info' | 'system.checkIntegrity' | 'system.settings' | 'system.updateSettings'> = {
  'system.status': (ctx) => ({
    initialized: ctx.core.isInitialized(),
    appVersion: ctx.core.options.appVersion,
    schemaVersion: ctx.core.appliedMigrations.at(-1) ?? '',
    timeZone: timeZoneOf(ctx.core),
    today: todayOf(ctx.core),
  }),

  'system.settings': (ctx) => systemSettings(ctx.core),

  'system.updateSettings': (ctx, input) => {
    const next = { ...systemSettings(ctx.core), ...input }
    setSetting(ctx.core.db, SYSTEM_SETTINGS_KEY, JSON.stringify(next))
    return next
  },

  'system.info': (ctx) => ({
    dataDir: ctx.core.dataDir,
    databaseFile: ctx.core.databaseFile,
    // Recent writes live in the WAL until a checkpoint; both files are the database.
    databaseBytes: [ctx.core.databaseFile, `${ctx.core.databaseFile}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0),
    sqliteVersion: (ctx.core.sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    appliedMigrations: ctx.core.appliedMigrations,
    integrity: lastIntegrityCheck(ctx.core.db),
  }),

  // On demand (立即检查): the read above only shows the last outcome, since the check reads the whole file.
  'system.checkIntegrity': (ctx) => runIntegrityCheck(ctx.core),
}
