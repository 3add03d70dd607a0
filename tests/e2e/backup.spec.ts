import { expect, label, setupAdmin, snapshot, test } from './fixtures'

test('管理员立即备份，并可从备份恢复', async ({ page }) => {
  await setupAdmin(page)
  await page.getByRole('tab', { name: '数据备份' }).click()
  await expect(page.getByText('完整性检查')).toBeVisible()
  await expect(page.getByText('正常')).toBeVisible()

  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(page.getByText(/备份完成：uniondesk-\d{8}-\d{6}-manual\.db/)).toBeVisible()
  const row = page.getByRole('row', { name: /手动备份/ })
  await expect(row).toContainText(/uniondesk-\d{8}-\d{6}-manual\.db/)
  await expect(row).toContainText('KB')
  await snapshot(page, '08-backup')

  await row.getByRole('button', { name: label('恢复') }).click()
  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText('恢复前，系统会先把当前数据自动备份一份')
  await snapshot(page, '09-restore-confirm')
  await confirm.getByRole('button', { name: '确认恢复' }).click()

  await expect(page.getByText('已从备份恢复，请重新登录')).toBeVisible()
  await expect(page.getByRole('button', { name: label('登录') })).toBeVisible()
  await snapshot(page, '10-after-restore')
})
