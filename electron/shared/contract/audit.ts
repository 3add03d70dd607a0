import { z } from 'zod'
import { textColumns } from './fields'
import { isoDate } from './dates'
import { method, reads } from './define'

export const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.number().nullable(),
  username: z.string().nullable(),
  /** The user's 显示名 now (the username snapshot when the user is gone). */
  userName: z.string().nullable(),
  ...textColumns('method', 'title', 'channel'),
  targetIds: z.array(z.string()),
  /** The targets by name, in the order of targetIds: 账套 JZ01 某街道总工会, 凭证 2026-03 记-12, 工会 …. */
  targets: z.array(z.string()),
  summary: z.string(),
})
export type AuditRow = z.infer<typeof auditRow>

export const auditContract = {
  'audit.list': method({
    title: '查询操作日志',
    input: z
      .object({
        userId: z.number().int().positive().optional().meta({ title: '用户' }),
        method: z.string().max(64).optional().meta({ title: '操作' }),
        from: isoDate('开始日期').optional(),
        to: isoDate('结束日期').optional(),
        page: z.number().int().min(1).default(1).meta({ title: '页码' }),
        pageSize: z.number().int().min(1).max(500).default(50).meta({ title: '每页条数' }),
      })
      .strict()
      .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['to'] }),
    output: z.object({ total: z.number(), rows: z.array(auditRow) }),
    ...reads(['admin', 'viewer']),
  }),
}
