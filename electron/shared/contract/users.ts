import { z } from 'zod'
import { empty, id, newPassword, ok, roleAssignments, text, username, byId, savedId, textColumns, nullableTextColumns } from './fields'
import { assignmentView } from './auth'
import { method, reads, writes } from './define'

export const userRow = z.object({
  id: z.number(),
  ...textColumns('username', 'displayName'),
  active: z.boolean(),
  ...nullableTextColumns('lockedUntil', 'lastLoginAt'),
  createdAt: z.string(),
  assignments: z.array(assignmentView),
})
export type UserRow = z.infer<typeof userRow>

export const usersContract = {
  'users.list': method({ title: '查询用户', input: empty, output: z.array(userRow), ...reads(['admin']) }),
  'users.create': method({
    title: '新建用户',
    input: z
      .object({
        username,
        displayName: text('姓名', 40),
        password: newPassword('初始密码'),
        assignments: roleAssignments,
        /** The form ticks it: a password the administrator typed is only a first key. */
        mustChangePassword: z.boolean().default(false).meta({ title: '首次登录须修改密码' }),
      })
      .strict(),
    output: savedId,
    ...writes(['admin']),
  }),
  'users.update': method({
    title: '修改用户',
    input: z.object({ id: id('用户'), displayName: text('姓名', 40), active: z.boolean().meta({ title: '启用' }) }).strict(),
    output: ok,
    ...writes(['admin']),
  }),
  'users.setRoles': method({ title: '分配角色', input: z.object({ id: id('用户'), assignments: roleAssignments }).strict(), output: ok, ...writes(['admin']) }),
  'users.resetPassword': method({
    title: '重置密码',
    input: z.object({ id: id('用户'), newPassword: newPassword('新密码'), mustChangePassword: z.boolean().default(false).meta({ title: '登录后须修改密码' }) }).strict(),
    output: ok,
    ...writes(['admin']),
  }),
  'users.unlock': method({ title: '解除锁定', input: byId('用户'), output: ok, ...writes(['admin']) }),
}
