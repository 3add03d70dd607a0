import { BACKUP_KIND_LABELS } from '../../shared/contract/backup'
import { AppError } from '../../shared/errors'
import { callAs, withData } from '../context'
import type { Command } from './types'

export const backup: Command = {
  usage: 'backup [--list]   立即备份数据库到数据文件夹的 backups/；--list 列出已有备份',
  options: { list: { type: 'boolean' } },
  run(ctx, { values }) {
    withData(ctx, (opened) => {
      if (values.list) {
        const rows = callAs(opened, ctx, 'backup.list', {})
        if (ctx.json) return ctx.out(JSON.stringify(rows, null, 2))
        if (!rows.length) return ctx.out('还没有备份')
        for (const r of rows) ctx.out(`${r.name}\t${BACKUP_KIND_LABELS[r.kind]}\t${r.createdAt}\t${(r.sizeBytes / 1024).toFixed(0)} KB`)
        return
      }
      const row = callAs(opened, ctx, 'backup.create', {})
      ctx.out(ctx.json ? JSON.stringify(row) : `已备份：${row.name}`)
    })
  },
}

export const restore: Command = {
  usage: 'restore <备份文件名>   从 backups/ 中的备份恢复（恢复前自动备份当前数据）',
  options: {},
  run(ctx, { positionals }) {
    const name = positionals[0]
    if (!name) throw new AppError('VALIDATION', '请指定要恢复的备份文件名（可用 uniondesk backup --list 查看）')
    withData(ctx, (opened) => {
      const result = callAs(opened, ctx, 'backup.restore', { name })
      ctx.out(`已从 ${result.restoredFrom} 恢复；恢复前的数据已另存为 ${result.safetyBackup}`)
    })
  },
}
