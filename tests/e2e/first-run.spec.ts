import { ADMIN, api, expect, label, login, logout, sessionToken, setupAdmin, snapshot, test } from './fixtures'

test('首次使用：创建系统管理员后直接进入系统', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('首次使用：创建系统管理员')).toBeVisible()

  // The contract's own rules run in the form before anything is sent.
  await page.getByLabel('密码', { exact: true }).fill('short')
  await page.getByLabel('确认密码').fill('other')
  await page.getByRole('button', { name: '创建并登录' }).click()
  await expect(page.getByText('请输入用户名')).toBeVisible()
  await expect(page.getByText('至少 8 个字符', { exact: true })).toBeVisible()
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible()
  await snapshot(page, '01-setup-validation')

  await setupAdmin(page)
  await expect(page.getByRole('tab', { name: '用户与角色' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('cell', { name: ADMIN.displayName })).toBeVisible()
  await snapshot(page, '02-admin-users')

  // Reloading keeps both the session and the page.
  await page.getByRole('tab', { name: '数据备份' }).click()
  await expect(page).toHaveURL(/#\/system\/backup$/)
  await page.reload()
  await expect(page.getByRole('tab', { name: '数据备份' })).toHaveAttribute('aria-selected', 'true')
})

test('登录：密码错误时显示中文提示，正确后进入系统', async ({ page }) => {
  await setupAdmin(page)
  await logout(page)
  await snapshot(page, '03-login')

  await login(page, ADMIN.username, 'Wrong12345')
  await expect(page.getByText('用户名或密码错误，再错 4 次账户将被锁定')).toBeVisible()
  await snapshot(page, '04-login-wrong-password')

  await login(page, ADMIN.username, ADMIN.password)
  await expect(page.getByRole('button', { name: '用户菜单' })).toContainText(ADMIN.displayName)
})

test('修改密码：原密码错误时提示在该栏，成功后用新密码登录', async ({ page }) => {
  await setupAdmin(page)
  await page.getByRole('button', { name: '用户菜单' }).click()
  await page.getByRole('menuitem', { name: '修改密码' }).click()
  const dialog = page.getByRole('dialog', { name: '修改密码' })
  await dialog.getByLabel('原密码').fill('NotMine123')
  await dialog.getByLabel('新密码', { exact: true }).fill('Changed2024')
  await dialog.getByLabel('确认新密码').fill('Changed2024')
  await dialog.getByRole('button', { name: label('保存') }).click()
  // At the field; the list above the fields names it.
  await expect(dialog.getByText('原密码不正确')).toBeVisible()
  await expect(dialog.getByRole('alert', { name: '表单错误' })).toContainText('需要改正：原密码')
  await snapshot(page, '12-change-password')

  await dialog.getByLabel('原密码').fill(ADMIN.password)
  await dialog.getByRole('button', { name: label('保存') }).click()
  await expect(page.getByText('密码已修改，下次登录请使用新密码')).toBeVisible()
  await logout(page)
  await login(page, ADMIN.username, 'Changed2024')
  await expect(page.getByRole('button', { name: '用户菜单' })).toContainText(ADMIN.displayName)
})

test('会话失效：下一次操作回到登录页并说明原因', async ({ page }) => {
  await setupAdmin(page)
  // Resetting one's own password ends all of one's sessions, as a restore or an expiry would.
  const reset = await api(page, 'users.resetPassword', { id: 1, newPassword: 'Again2024ok' }, await sessionToken(page))
  expect(reset.ok()).toBe(true)

  await page.getByRole('button', { name: '刷新' }).click()
  await expect(page.getByText('登录已过期，请重新登录')).toBeVisible()
  await login(page, ADMIN.username, 'Again2024ok')
  await expect(page.getByRole('tab', { name: '用户与角色' })).toBeVisible()
})
