import { api, expect, label, sessionToken, setupAdmin, snapshot, test } from './fixtures'

// Several dialogs and sign-ins: the default 30 s is too tight on the shared build machines.
test.describe.configure({ timeout: 90_000 })

const USER = { username: 'zhangmin', displayName: '张敏', password: 'Zhang2024ok' }

test('管理员解锁、重置密码、停用用户并分配角色', async ({ page }) => {
  await setupAdmin(page)
  const created = await api(page, 'users.create', { ...USER, assignments: [{ role: 'clerk' }] }, await sessionToken(page))
  expect(created.ok()).toBe(true)
  for (let i = 0; i < 5; i++) await api(page, 'auth.login', { username: USER.username, password: 'Wrong12345' })

  await page.getByRole('button', { name: '刷新' }).click()
  const row = page.getByRole('row', { name: new RegExp(USER.username) })
  await expect(row).toContainText('锁定至')
  await row.getByRole('button', { name: label('解锁') }).click()
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: label('解锁') })
    .click()
  await expect(page.getByText(`已解除“${USER.displayName}”的登录锁定`)).toBeVisible()
  await expect(row).not.toContainText('锁定至')

  await row.getByRole('button', { name: '重置密码' }).click()
  const reset = page.getByRole('dialog', { name: `重置密码：${USER.displayName}` })
  await reset.getByLabel('新密码').fill('short')
  await reset.getByRole('button', { name: label('重置密码') }).click()
  await expect(reset).toContainText('至少 8 个字符')
  await reset.getByLabel('新密码').fill('Reset2024ok')
  await reset.getByRole('button', { name: label('重置密码') }).click()
  await expect(page.getByText(`已重置“${USER.displayName}”的密码`)).toBeVisible()

  await row.getByRole('button', { name: '分配角色' }).click()
  const roles = page.getByRole('dialog', { name: `分配角色：${USER.displayName}` })
  await roles.getByRole('button', { name: '添加角色' }).click()
  await roles.getByRole('combobox', { name: '角色' }).last().click()
  await page.getByTitle('审批人', { exact: true }).click()
  await roles.getByRole('button', { name: label('保存') }).click()
  await expect(row).toContainText('报账员')
  await expect(row).toContainText('审批人')

  await row.getByRole('button', { name: '编辑' }).click()
  const edit = page.getByRole('dialog', { name: `编辑用户：${USER.username}` })
  await edit.getByRole('switch').click()
  await expect(edit.getByRole('switch')).not.toBeChecked()
  await edit.getByRole('button', { name: label('保存') }).click()
  await page
    .getByRole('dialog', { name: `停用用户“${USER.displayName}”？` })
    .getByRole('button', { name: label('停用') })
    .click()
  await expect(page.getByText('用户信息已保存')).toBeVisible()
  await expect(edit).toBeHidden()
  await expect(row).toContainText('停用')
  await snapshot(page, '11-user-admin')

  const refused = await api(page, 'auth.login', { username: USER.username, password: 'Reset2024ok' })
  expect((await refused.json()).error.message).toBe('该账户已停用，请联系系统管理员')
})
