import { z } from 'zod'
import { empty } from './fields'
import { method } from './define'

export const systemContract = {
  'system.status': method({
    title: '查询系统状态',
    input: empty,
    output: z.object({ initialized: z.boolean(), appVersion: z.string(), schemaVersion: z.string() }),
    write: false,
    access: 'public',
  }),
  'system.info': method({
    title: '查询数据库信息',
    input: empty,
    output: z.object({
      dataDir: z.string(),
      databaseFile: z.string(),
      databaseBytes: z.number(),
      sqliteVersion: z.string(),
      appliedMigrations: z.array(z.string()),
      integrity: z.string(),
    }),
    write: false,
    access: ['admin'],
  }),
}
