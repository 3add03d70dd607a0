import { z } from 'zod'
import { ROLES } from '../roles'
import { empty } from './fields'
import { method, reads } from './define'

/** One to-do of the 工作台: a count and where one click takes the user (a hash route of the UI). */
export const todoItem = z.object({
  key: z.string(),
  role: z.enum(ROLES),
  label: z.string(),
  count: z.number(),
  /** Hash route of the UI, e.g. ledger/vouchers/draft (the voucher list filtered to drafts). */
  path: z.string(),
  /** The 账套 to switch to before following `path`; null when the page is not about one 账套. */
  ledgerId: z.number().nullable(),
  /** Which 账套 or detail the count is about (e.g. 账套 name, the months not closed). */
  detail: z.string().nullable(),
  /** warning: needs attention now (unbalanced openings, an old backup, locked users). */
  level: z.enum(['info', 'warning']),
})
export type TodoItem = z.infer<typeof todoItem>

export const homeContract = {
  'home.todo': method({
    title: '工作台待办',
    input: empty,
    output: z.object({
      items: z.array(todoItem),
      /** 系统管理员 only: the newest backup (null when none) and its age in whole days. */
      backup: z.object({ name: z.string(), createdAt: z.string(), ageDays: z.number() }).nullable(),
      lockedUsers: z.array(z.object({ id: z.number(), username: z.string(), displayName: z.string(), lockedUntil: z.string() })),
    }),
    ...reads('user'),
  }),
}
