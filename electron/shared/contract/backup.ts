import { z } from 'zod'
import { empty } from './fields'
import { method } from './define'

/** How many backup files the data folder keeps; older ones are removed after each new backup. */
export const KEEP_BACKUPS = 30

export const BACKUP_KINDS = ['manual', 'daily', 'pre-migrate', 'pre-restore'] as const
export const BACKUP_KIND_LABELS: Record<(typeof BACKUP_KINDS)[number], string> = {
  manual: '手动备份',
  daily: '每日自动备份',
  'pre-migrate': '升级前自动备份',
  'pre-restore': '恢复前自动备份',
}

export const backupRow = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  sizeBytes: z.number(),
})
export type BackupRow = z.infer<typeof backupRow>

const backupName = z
  .string()
  .regex(/^uniondesk-\d{8}-\d{6}(-\d+)?-[a-z-]+\.db$/, '不是本系统生成的备份文件名')
  .meta({ title: '备份文件' })

export const backupContract = {
  'backup.list': method({
    title: '查询备份',
    input: empty,
    output: z.array(backupRow),
    write: false,
    access: ['admin'],
  }),
  'backup.create': method({
    title: '创建备份',
    input: empty,
    output: backupRow,
    write: true,
    access: ['admin'],
  }),
  'backup.restore': method({
    title: '从备份恢复',
    input: z.object({ name: backupName }).strict(),
    output: z.object({ restoredFrom: z.string(), safetyBackup: z.string() }),
    write: true,
    access: ['admin'],
  }),
}
