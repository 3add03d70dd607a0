import { z } from 'zod'
import { empty } from './fields'
import { method, reads, writes } from './define'
import { labelled } from '../labelled'

/** How many backup files the data folder keeps; older ones are removed after each new backup. */
export const KEEP_BACKUPS = 30

export const [BACKUP_KINDS, BACKUP_KIND_LABELS] = labelled({ manual: '手动备份', daily: '每日自动备份', 'pre-migrate': '升级前自动备份', 'pre-restore': '恢复前自动备份' })

export const backupRow = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  sizeBytes: z.number(),
  /** True only when the file passed the same checks as a restore candidate. */
  verified: z.boolean(),
  /** Why it did not, in Chinese; null when verified. */
  problem: z.string().nullable(),
  /** Claim attachment files carried inside the backup. */
  attachments: z.number().int(),
})
export type BackupRow = z.infer<typeof backupRow>

export const backupStatus = z.object({
  /** 系统设置 → 第二备份位置: a folder on another drive, USB disk or network share; null when not set. */
  secondDir: z.string().nullable(),
  lastCopy: z.object({ at: z.string(), name: z.string(), ok: z.boolean(), message: z.string().nullable() }).nullable(),
  newestCopy: z.object({ name: z.string(), createdAt: z.string() }).nullable(),
  /** Shown on the backup page and the 工作台 when the copy failed or the newest copy is over two days old. */
  warning: z.string().nullable(),
})
export type BackupStatus = z.infer<typeof backupStatus>

const backupName = z
  .string()
  .regex(/^uniondesk-\d{8}-\d{6}(-\d+)?-[a-z-]+\.db$/, '不是本系统生成的备份文件名')
  .meta({ title: '备份文件' })

export const backupContract = {
  'backup.list': method({
    title: '查询备份',
    input: empty,
    output: z.array(backupRow),
    ...reads(['admin']),
  }),
  'backup.create': method({ title: '创建备份', input: empty, output: backupRow, ...writes(['admin']) }),
  'backup.status': method({ title: '查询备份状态', input: empty, output: backupStatus, ...reads(['admin']) }),
  'backup.setSecondDir': method({
    title: '设置第二备份位置',
    input: z.object({ dir: z.string().max(500).meta({ title: '第二备份位置' }) }).strict(),
    output: backupStatus,
    ...writes(['admin']),
  }),
  'backup.restore': method({
    title: '从备份恢复',
    input: z.object({ name: backupName }).strict(),
    output: z.object({ restoredFrom: z.string(), safetyBackup: z.string() }),
    ...writes(['admin']),
  }),
}
