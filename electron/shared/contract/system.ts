import { z } from 'zod'
import { DEFAULT_TIME_ZONE, isTimeZone } from '../office-time'
import { empty, textColumns } from './fields'
import { method, reads, writes } from './define'

/** 系统设置: office-wide options only an unscoped 系统管理员 changes. A missing key takes its default. */
export const systemSettingsSchema = z
  .object({ timeZone: z.string().trim().refine(isTimeZone, '不是有效的时区名称（例如 Asia/Shanghai）').default(DEFAULT_TIME_ZONE).meta({ title: '办公时区' }) })
  .strict()
export type SystemSettings = z.infer<typeof systemSettingsSchema>

/** A whole-file check of the live database: which one, its outcome ('ok' or SQLite's findings) and when. */
const integrityCheckSchema = z.object({
  kind: z.enum(['quick_check', 'integrity_check']),
  result: z.string(),
  checkedAt: z.string(),
})
export type IntegrityCheck = z.infer<typeof integrityCheckSchema>

export const systemContract = {
  'system.status': method({
    title: '查询系统状态',
    input: empty,
    output: z.object({
      initialized: z.boolean(),
      ...textColumns('appVersion', 'schemaVersion'),
      /** The office's time zone and its calendar day now: the renderer's "today". */
      ...textColumns('timeZone', 'today'),
    }),
    ...reads('public'),
  }),
  'system.info': method({
    title: '查询数据库信息',
    input: empty,
    output: z.object({
      ...textColumns('dataDir', 'databaseFile'),
      databaseBytes: z.number(),
      sqliteVersion: z.string(),
      appliedMigrations: z.array(z.string()),
      /** The last check's outcome (daily, after an unclean shutdown, 立即检查); null before the first. Reading does not check. */
      integrity: integrityCheckSchema.nullable(),
    }),
    ...reads(['admin']),
  }),
  'system.checkIntegrity': method({ title: '检查数据库完整性', input: empty, output: integrityCheckSchema, ...writes(['admin']), global: true }),
  'system.settings': method({ title: '查看系统设置', input: empty, output: systemSettingsSchema, ...reads('user') }),
  'system.updateSettings': method({ title: '修改系统设置', input: systemSettingsSchema, output: systemSettingsSchema, ...writes(['admin']), global: true }),
}
