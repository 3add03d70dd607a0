/**
 * backup/: backup files (one self-contained .db with the attachments inside), their verification as
 * restore candidates, the atomic restore, and the second destination that receives a copy of each.
 */
import type { HandlerMap } from '../api/types'
import { timeZoneOf } from '../system/time'
import { listBackups } from './files'
import { backupStatus, setSecondDir } from './second'

export const backupHandlers: HandlerMap<'backup.list' | 'backup.create' | 'backup.restore' | 'backup.status' | 'backup.setSecondDir'> = {
  'backup.list': (ctx) => listBackups(ctx.core.dataDir, ctx.core.options.migrationsFolder, undefined, timeZoneOf(ctx.core)),

  'backup.status': (ctx) => backupStatus(ctx.core),

  'backup.setSecondDir': (ctx, input) => {
    setSecondDir(ctx.core, input.dir)
    ctx.audit.summary = input.dir.trim() ? `设置第二备份位置为 ${input.dir.trim()}` : '取消第二备份位置'
    return backupStatus(ctx.core)
  },

  'backup.create': {
    outsideTransaction: true,
    run: (ctx) => {
      const { row, copy } = ctx.core.backup('manual')
      ctx.audit.targets = [`backup:${row.name}`]
      ctx.audit.summary = `创建备份 ${row.name}` + (copy ? (copy.ok ? '，已复制到第二备份位置' : `；复制到第二备份位置失败：${copy.message}`) : '')
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
