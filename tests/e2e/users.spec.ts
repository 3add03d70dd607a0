import type { Page } from '@playwright/test'
import { ADMIN, expect, label, login, logout, setupAdmin, snapshot, test } from './fixtures'

/** Picks the role of the first role row in the open 新建用户 dialog. */
async function pickRole(page: Page, role: string) {
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await dialog.getByRole('combobox', { name: '角色' }).first().click()
  // antd draws the visible option rows itself (with a title); its role=option nodes are screen-reader stubs.
  await page.getByTitle(role, { exact: true }).click()
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0) // closing animation done
}

// Several dialogs and sign-ins: the default 30 s is too tight on the shared build machines.
test.describe.configure({ timeout: 90_000 })

const CLERK = { username: 'lihua', displayName: '李华', password: 'Lihua2024ok' }

test('管理员新建会计用户；该用户只看到与角色相符的功能', async ({ page }) => {
  await setupAdmin(page)
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await dialog.getByLabel('用户名').fill(CLERK.username)
  await dialog.getByLabel('姓名').fill(CLERK.displayName)
  await dialog.getByLabel('初始密码').fill(CLERK.password)
  await pickRole(page, '会计（制单）')
  await snapshot(page, '05-create-user')
  await dialog.getByRole('button', { name: label('创建') }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(`已新建用户“${CLERK.displayName}”`)).toBeVisible()
  const row = page.getByRole('row', { name: new RegExp(CLERK.username) })
  await expect(row).toContainText('会计（制单）')
  await expect(row).toContainText('启用')

  // The same user name again is refused by the server, shown on the field.
  await page.getByRole('button', { name: '新建用户' }).click()
  await dialog.getByLabel('用户名').fill(CLERK.username)
  await dialog.getByLabel('姓名').fill('重名')
  await dialog.getByLabel('初始密码').fill(CLERK.password)
  await pickRole(page, '出纳')
  await dialog.getByRole('button', { name: label('创建') }).click()
  await expect(dialog).toContainText(`用户名“${CLERK.username}”已被使用`)
  await dialog.getByRole('button', { name: label('取消') }).click()

  // The audit log records the creation.
  await page.getByRole('tab', { name: '操作日志' }).click()
  const entry = page.getByRole('row', { name: /新建用户 lihua（李华）/ })
  await expect(entry).toContainText(ADMIN.displayName)
  await expect(entry).toContainText('浏览器')
  await expect(entry).toContainText('用户 李华')
  await snapshot(page, '06-audit-log')

  await logout(page)
  await login(page, CLERK.username, CLERK.password)
  // The administrator chose the password: the first login asks for the user's own before anything else.
  const first = page.getByRole('dialog', { name: '首次登录：请修改密码' })
  await first.getByLabel('当前密码（管理员告知的）').fill(CLERK.password)
  await first.getByLabel('新密码', { exact: true }).fill('Lihua2026new')
  await first.getByLabel('确认新密码').fill('Lihua2026new')
  await snapshot(page, '06b-first-login-password')
  await first.getByRole('button', { name: '修改密码并进入' }).click()
  await expect(first).toBeHidden()
  const nav = page.getByRole('menu', { name: '功能导航' })
  await expect(nav.getByRole('menuitem')).toHaveText(['工作台', '组织台账', '账务处理', '账簿报表', '预算管理', '经费收缴', '报账审批'])
  await expect(page.getByRole('menuitem', { name: '系统管理' })).toHaveCount(0)
  // Sign-in lands on the 工作台; the 组织台账 opens on its 总览 for every reader.
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible()
  await nav.getByRole('menuitem', { name: '组织台账' }).click()
  await expect(page.getByRole('tab', { name: '总览' })).toHaveAttribute('aria-selected', 'true')
  await nav.getByRole('menuitem', { name: '账务处理' }).click()
  await expect(page.getByText('还没有可用的账套')).toBeVisible()
  await expect(page.getByRole('button', { name: '新建账套' })).toBeVisible()
  await snapshot(page, '07-accountant-home')

  // An address left behind by the administrator does not open 系统管理 for this user.
  await page.goto('/#/system/users')
  await expect(page).toHaveURL(/#\/home$/)
  await expect(page.getByRole('tab', { name: '用户与角色' })).toHaveCount(0)
})
