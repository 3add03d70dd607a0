// backup/: backup files under <data>/backups (files.ts: VACUUM INTO, the daily one, keeping the newest 30)
// and the backup.* methods; restore verifies, backs up the current file, swaps and reopens. These writes run
// outside a transaction (SQLite cannot) and are audited right after.
import type { HandlerMap } from '../api/types'
import { createBackup, listBackups } from './files'

export const backupHandlers: HandlerMap<'backup.list' | 'backup.create' | 'backup.restore'> = {
  'backup.list': (ctx) => listBackups(ctx.core.dataDir),

  'backup.create': {
    outsideTransaction: true,
    run: (ctx) => {
      const row = createBackup(ctx.core.sqlite, ctx.core.dataDir, 'manual', ctx.core.now())
      ctx.audit.targets = [`backup:${row.name}`]
      ctx.audit.summary = `创建备份 ${row.name}`
      return row
    },
  },

  /** Sessions live in the database, so after a restore everyone signs in again against the restored users. */
  'backup.restore': {
    outsideTransaction: true,
    run: (ctx, input) => {
      const { safetyBackup } = ctx.core.restoreFrom(input.name)
      ctx.audit.targets = [`backup:${input.name}`]
      ctx.audit.summary = `从备份 ${input.name} 恢复数据库；恢复前的数据已另存为 ${safetyBackup}`
      return { restoredFrom: input.name, safetyBackup }
    },
  },
}
