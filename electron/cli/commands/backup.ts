import { BACKUP_KIND_LABELS } from '../../shared/contract/backup'
import { AppError } from '../../shared/errors'
import { Core, type OpenedCore } from '../../core'
import { dataDirHasDatabase } from '../../core/app'
import { recordAudit } from '../../core/audit/service'
import { firstActiveAdmin, sessionUserByName } from '../../core/auth/sessions'
import { writeTransaction } from '../../core/db/busy'
import { callAs, coreOptions, openData, withData, type CliContext } from '../context'
import type { Command } from './types'

export const backup: Command = {
  usage: 'backup [--list]   立即备份数据库到数据文件夹的 backups/；--list 列出已有备份',
  options: { list: { type: 'boolean' } },
  async run(ctx, { values }) {
    await withData(ctx, async (opened) => {
      if (values.list) {
        const rows = await callAs(opened, ctx, 'backup.list', {})
        if (ctx.json) return ctx.out(JSON.stringify(rows, null, 2))
        if (!rows.length) return ctx.out('还没有备份')
        ctx.out('文件名\t类型\t时间\t大小\t附件\t校验')
        for (const r of rows) {
          const check = r.verified ? '已校验' : `未通过：${r.problem}`
          ctx.out(`${r.name}\t${BACKUP_KIND_LABELS[r.kind]}\t${r.createdAt}\t${(r.sizeBytes / 1024).toFixed(0)} KB\t${r.attachments}\t${check}`)
        }
        return
      }
      const row = await callAs(opened, ctx, 'backup.create', {})
      ctx.out(ctx.json ? JSON.stringify(row) : `已备份：${row.name}`)
    })
  },
}

const RESTORE_LOCK = { program: '命令行恢复（uniondesk restore）', action: '恢复' }

/** Restore with no usable live database: it is set aside (if there is one), the backup put in place, the restore audited in it. */
function restoreWithoutLive(ctx: CliContext, name: string, previous = '无法打开的原数据库'): void {
  const { core, setAside } = Core.openFromBackup(coreOptions(ctx.dataDir, RESTORE_LOCK), name)
  try {
    const summary = `从备份 ${name} 恢复` + (setAside ? `；${previous}另存为 ${setAside}` : '')
    const user = sessionUserByName(core, ctx.user ?? firstActiveAdmin(core))
    writeTransaction(core.sqlite, () => recordAudit(core, 'backup.restore', { user, channel: 'cli', audit: { targets: [`backup:${name}`], summary, actor: null } }))
  } finally {
    core.close()
  }
  ctx.out(`已从 ${name} 恢复` + (setAside ? `；${previous}已另存为 backups/${setAside}` : ''))
}

export const restore: Command = {
  usage: 'restore <备份文件名>   从 backups/ 中的备份恢复（恢复前自动备份当前数据）',
  options: {},
  async run(ctx, { positionals }) {
    const name = positionals[0]
    if (!name) throw new AppError('VALIDATION', '请指定要恢复的备份文件名（可用 uniondesk backup --list 查看）')
    // A new PC (no database yet) or a data folder without users: nothing to keep, put the backup in place.
    if (!dataDirHasDatabase(ctx.dataDir)) return restoreWithoutLive(ctx, name)
    let opened: OpenedCore
    try {
      // Holding the lock refuses the restore while serve or the desktop app has the folder, naming it.
      opened = openData(ctx.dataDir, RESTORE_LOCK)
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'LOCKED') throw error
      // The current database does not open (damaged, or from a newer version): restore without it.
      ctx.out(`当前数据库无法打开：${error.message}`)
      return restoreWithoutLive(ctx, name)
    }
    if (!opened.core.isInitialized()) {
      opened.core.close()
      return restoreWithoutLive(ctx, name, '尚未初始化的空数据库')
    }
    try {
      const result = await callAs(opened, ctx, 'backup.restore', { name })
      ctx.out(`已从 ${result.restoredFrom} 恢复；恢复前的数据已另存为 ${result.safetyBackup}`)
    } finally {
      opened.core.close()
    }
  },
}
