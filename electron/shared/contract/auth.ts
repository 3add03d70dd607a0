import { z } from 'zod'
import { ROLES, SCOPE_TYPES } from '../roles'
import { empty, newPassword, ok, text, username, textColumns } from './fields'
import { method, reads, writes } from './define'

export const assignmentView = z.object({ role: z.enum(ROLES), scopeType: z.enum(SCOPE_TYPES).nullable(), scopeId: z.number().nullable() })

export const currentUser = z.object({
  id: z.number(),
  ...textColumns('username', 'displayName'),
  assignments: z.array(assignmentView),
  /** The distinct roles held, whatever their scope: what the UI uses to show sections. */
  roles: z.array(z.enum(ROLES)),
  /** The password was set by the 系统管理员: nothing but changing it works until it is changed. */
  mustChangePassword: z.boolean(),
})
export type CurrentUser = z.infer<typeof currentUser>

const session = z.object({ token: z.string(), expiresAt: z.string(), user: currentUser })

export const authContract = {
  'auth.setupAdmin': method({
    title: '创建系统管理员（首次使用）',
    input: z.object({ username, displayName: text('姓名', 40), password: newPassword() }).strict(),
    output: session,
    ...writes('public'),
  }),
  'auth.login': method({
    title: '登录',
    input: z.object({ username: text('用户名', 32), password: z.string().min(1).max(128).meta({ title: '密码' }) }).strict(),
    output: session,
    ...writes('public'),
  }),
  'auth.logout': method({ title: '退出登录', input: empty, output: ok, ...writes('user') }),
  'auth.me': method({ title: '查询当前用户', input: empty, output: currentUser, ...reads('user') }),
  'auth.changePassword': method({
    title: '修改密码',
    input: z.object({ oldPassword: z.string().min(1).max(128).meta({ title: '原密码' }), newPassword: newPassword('新密码') }).strict(),
    output: ok,
    ...writes('user'),
  }),
}
