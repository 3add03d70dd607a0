import { rmSync, writeFileSync } from 'node:fs'
import { expect, label, setupAdmin, slowOnce, snapshot, test } from './fixtures'

test('管理员立即备份，并可从备份恢复', async ({ page }) => {
  await setupAdmin(page)
  await page.getByRole('tab', { name: '数据备份' }).click()
  // The page shows the last check, never runs one: a new folder has none until the day's first backup or 立即检查.
  await expect(page.getByText('完整性检查', { exact: true })).toBeVisible()
  await expect(page.getByText('尚未检查')).toBeVisible()
  await page.getByRole('button', { name: '立即检查' }).click()
  await expect(page.getByText('完整性检查通过')).toBeVisible()
  await expect(page.getByText('正常', { exact: true })).toBeVisible()
  await expect(page.getByText(/快速检查于 \d{4}-\d{2}-\d{2}/)).toBeVisible()

  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(page.getByText(/备份完成：uniondesk-\d{8}-\d{6}-manual\.db/)).toBeVisible()
  const row = page.getByRole('row', { name: /手动备份/ })
  await expect(row).toContainText(/uniondesk-\d{8}-\d{6}-manual\.db/)
  await expect(row).toContainText('KB')
  // Every listed backup says whether it passed the restore checks, and how many attachments it carries.
  await expect(page.getByRole('columnheader', { name: '校验' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: '附件' })).toBeVisible()
  await expect(row).toContainText('已校验')
  await expect(row).toContainText('0 个')
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

test('第二备份位置：每份备份复制过去，复制失败时页面顶部和备份页都有提示', async ({ page, server }) => {
  const second = `${server.dataDir}-U盘`
  try {
    await setupAdmin(page)
    // The saved folder comes slowly: the field waits for it, so what is typed is not replaced when it arrives.
    await slowOnce(page, 'backup.status')
    await page.getByRole('tab', { name: '数据备份' }).click()
    const field = page.getByLabel('第二备份位置')
    await field.fill('相对路径')
    await page.getByRole('button', { name: label('保存') }).click()
    await expect(page.getByText('请填写完整路径')).toBeVisible()

    await field.fill(second)
    await page.getByRole('button', { name: label('保存') }).click()
    await expect(page.getByText('已设置第二备份位置')).toBeVisible()
    // Nothing there yet: the warning says so until the first backup is copied.
    await expect(page.getByText(/中还没有任何备份/).first()).toBeVisible()

    await page.getByRole('button', { name: '立即备份' }).click()
    await expect(page.getByText(/备份完成/)).toBeVisible()
    await expect(page.getByText('成功', { exact: true })).toBeVisible()
    await expect(page.getByText(/中还没有任何备份/)).toHaveCount(0)

    // The USB disk is pulled and something else appears at its path: the next copy fails.
    rmSync(second, { recursive: true, force: true })
    writeFileSync(second, '不是文件夹')
    await page.getByRole('button', { name: '立即备份' }).click()
    await expect(page.getByText('失败', { exact: true })).toBeVisible()
    await expect(page.getByText('备份没有安全地存到第二位置')).toBeVisible()
    await snapshot(page, '08b-backup-second-failed')

    // The banner on every page for administrators (工作台).
    await page.getByRole('menuitem', { name: '系统管理' }).click()
    await page.reload()
    await expect(page.getByRole('button', { name: '查看数据备份' })).toBeVisible()
  } finally {
    rmSync(second, { recursive: true, force: true })
  }
})
