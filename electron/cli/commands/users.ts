import { ROLE_LABELS, ROLES, type Role } from '../../shared/roles'
import { AppError } from '../../shared/errors'
import { callAs, withData } from '../context'
import type { Command } from './types'

/** Roles may be given by code (accountant) or by their Chinese name (会计). */
function parseRoles(text: string): Role[] {
  return text.split(/[,，、]/).map((part) => {
    const wanted = part.trim()
    const role = ROLES.find((r) => r === wanted || ROLE_LABELS[r] === wanted || ROLE_LABELS[r].startsWith(wanted))
    if (!role || !wanted) {
      const known = ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')
      throw new AppError('VALIDATION', `不认识的角色“${wanted}”，可用：${known}`)
    }
    return role
  })
}

export const users: Command = {
  usage: 'users list | users add --username <用户名> --name <姓名> --roles <角色,…> [--password <密码>]   管理用户（密码也可用环境变量 UNIONDESK_PASSWORD）',
  options: { username: { type: 'string' }, name: { type: 'string' }, roles: { type: 'string' }, password: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const sub = positionals[0]
    await withData(ctx, async (opened) => {
      if (sub === 'list') {
        const rows = await callAs(opened, ctx, 'users.list', {})
        if (ctx.json) return ctx.out(JSON.stringify(rows, null, 2))
        for (const u of rows) {
          const roles = u.assignments.map((a) => ROLE_LABELS[a.role]).join('、')
          ctx.out(`${u.id}\t${u.username}\t${u.displayName}\t${u.active ? '启用' : '停用'}\t${roles}`)
        }
        return
      }
      if (sub === 'add') {
        const password = (values.password as string | undefined) ?? process.env.UNIONDESK_PASSWORD
        if (!values.username || !values.name || !values.roles || !password) {
          throw new AppError('VALIDATION', 'users add 需要 --username、--name、--roles 和 --password（或环境变量 UNIONDESK_PASSWORD）')
        }
        const assignments = parseRoles(values.roles as string).map((role) => ({ role, scopeType: null, scopeId: null }))
        const input = { username: values.username as string, displayName: values.name as string, password, assignments }
        const { id } = await callAs(opened, ctx, 'users.create', input)
        return ctx.out(`已创建用户 ${values.username}（编号 ${id}）`)
      }
      throw new AppError('VALIDATION', '用法：uniondesk users list 或 uniondesk users add …')
    })
  },
}
