import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { api, expect, sessionToken, snapshot, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, exactly, openLedgerTab, quietSnapshot, seedLedger, setupOffice, signIn, switchUser, voucherRow, type Person } from './ledger-helpers'

test.use({ viewport: { width: 1366, height: 768 } })
// Several people sign in and out in each test: longer than the default 30 s on the shared build machines.
test.setTimeout(120_000)

const CHUNA: Person = { username: 'chuna', displayName: '陈出纳', password: 'Chuna2026ok', roles: ['cashier'] }

/** Four drafts made by the 会计 through the API: the month the reviewer works through. */
async function month(page: Page) {
  const { token, ledgerId, account } = await seedLedger(page)
  const ids: number[] = []
  for (const [day, amount] of [
    ['05', 80_000],
    ['08', 120_000],
    ['12', 35_000],
    ['20', 66_600],
  ] as const) {
    const lines = [
      { summary: `收取会费 3月${day}日`, accountId: account('102'), debit: amount },
      { summary: `收取会费 3月${day}日`, accountId: account('401'), credit: amount, fundNature: 'general' },
    ]
    ids.push((await apiOk<{ id: number }>(page, 'vouchers.create', { ledgerId, date: `2026-03-${day}`, lines }, token)).id)
  }
  return { token, ledgerId, ids }
}

test('审核 works through the month by keyboard only: 工作台 → 逐张查看 → F8, PageDown …; batch 记账 reports refusals', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  await month(page)
  await switchUser(page, SHENHE)

  // The 工作台 is the landing page; its card leads to the drafts of the 账套.
  const card = page.getByRole('link', { name: /待我审核的凭证/ })
  await expect(card).toContainText('4')
  await card.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: '凭证管理' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByText('共 4 张')).toBeVisible()

  await page.keyboard.press('F3')
  const view = page.getByRole('dialog')
  await expect(view).toContainText('凭证 记-1')
  await expect(view.getByLabel('位置')).toHaveText('第 1 / 4 张')
  for (const n of [1, 2, 3]) {
    await expect(view).toContainText(`凭证 记-${n}`)
    await page.keyboard.press('F8')
    await expect(page.getByText(`凭证 记-${n} 已审核`)).toBeVisible()
    await expect(view.locator('.ant-modal-title')).toContainText('已审核')
    await page.keyboard.press('PageDown')
  }
  await expect(view).toContainText('凭证 记-4')
  await page.keyboard.press('Home')
  await expect(view).toContainText('凭证 记-1')
  await page.keyboard.press('Shift+F8') // 取消审核 of 记-1
  await expect(page.getByText('凭证 记-1 已取消审核')).toBeVisible()
  // Each key acts on the voucher as shown: wait for the view to show the new state before the next one,
  // as the reviewer does (a key pressed while the view reloads is not acted on).
  await expect(view.locator('.ant-modal-title')).not.toContainText('已审核')
  await page.keyboard.press('F8')
  await expect(view.locator('.ant-modal-title')).toContainText('已审核')
  await page.keyboard.press('End')
  await expect(view.getByLabel('位置')).toHaveText('第 4 / 4 张')
  await quietSnapshot(page, 'daily-10-voucher-view', { fullPage: false })
  await page.keyboard.press('Escape')
  await expect(view).toBeHidden()

  // The 会计 posts the selected vouchers at once; the draft 记-4 is refused with the reason.
  await switchUser(page, KUAIJI)
  await openLedgerTab(page, '凭证管理')
  await page
    .getByRole('checkbox', { name: /Select all|全选/ })
    .first()
    .check()
  await page.getByRole('button', { name: exactly('记账') }).click()
  const summary = page.getByRole('dialog').filter({ hasText: '批量记账' })
  await expect(summary).toContainText('完成 3 张，未处理 1 张')
  await expect(summary).toContainText('记-4 尚未审核，不能记账')
  await snapshot(page, 'daily-11-batch-summary')
  await summary.getByRole('button', { name: /OK|知道了|确定/ }).click()
  await expect(voucherRow(page, '记-1')).toContainText('已记账')
  await expect(voucherRow(page, '记-4')).toContainText('草稿')
})

test('凭证录入 by keyboard only: .. copies the 摘要, = balances, Space moves 借⇄贷, F2 参照, F6 saves, F1 help, Esc asks', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  await seedLedger(page)
  await openLedgerTab(page, '凭证录入')
  const k = page.keyboard
  // openLedgerTab clicked the tab already shown, which keeps the focus on the tab: back to the first cell.
  await page.getByLabel('第1行摘要').focus()
  await k.type('收取四月会费')
  await k.press('Enter')
  await k.press('F2') // 参照: the account list opens
  await expect(page.locator('.ant-select-dropdown:visible')).toBeVisible()
  await k.type('YHCK')
  await k.press('Enter')
  await expect(page.getByLabel('第1行借方金额')).toBeFocused()
  await k.type('800')
  await k.press('Enter')
  await expect(page.getByLabel('第2行摘要')).toBeFocused()
  await k.press('Control+a')
  await k.type('..')
  await expect(page.getByLabel('第2行摘要')).toHaveValue('收取四月会费')
  await k.press('Enter')
  await k.type('HFSR')
  await k.press('Enter')
  await expect(page.getByLabel('第2行借方金额')).toBeFocused()
  await k.type('=') // balances on the debit side: 800 − 800 … then Space moves it to the credit side
  await k.press('Control+a')
  await k.type('800')
  await k.press(' ')
  await expect(page.getByLabel('第2行贷方金额')).toBeFocused()
  await expect(page.getByLabel('第2行贷方金额')).toHaveValue('800')
  await expect(page.getByLabel('第2行借方金额')).toHaveValue('')
  await k.press('Enter')
  await expect(page.getByLabel('资金性质').nth(0)).toBeFocused()
  await k.type('FZX')
  await k.press('Enter')
  await expect(page.getByText('借贷平衡')).toBeVisible()
  await k.press('F1')
  const help = page.getByRole('dialog').filter({ hasText: '快捷键 — 凭证录入' })
  await expect(help).toContainText('保存并新增')
  await snapshot(page, 'daily-20-entry-help')
  await k.press('Escape')
  await expect(help).toBeHidden()
  await k.press('F6')
  await expect(page.getByRole('status').filter({ hasText: '已保存凭证 记-1' })).toBeVisible()
  await expect(page.getByLabel('第1行摘要')).toBeFocused()

  // Something typed, then Esc: the clerk is asked before it is dropped.
  await k.type('半张凭证')
  await k.press('Escape')
  const confirm = page.getByRole('dialog').filter({ hasText: '放弃本张凭证' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: '继续录入' }).click()
  await expect(page.getByLabel('第1行摘要')).toHaveValue('半张凭证')
  await page.getByLabel('第1行摘要').focus()
  await k.press('F5')
  await page.getByRole('dialog').filter({ hasText: '新增凭证' }).getByRole('button', { name: '放弃修改' }).click()
  await expect(page.getByLabel('第1行摘要')).toHaveValue('')
  // Ctrl+S on another tab does not open the browser's save dialog, and the voucher is in the list.
  await openLedgerTab(page, '凭证管理')
  await expect(voucherRow(page, '记-1')).toContainText('收取四月会费')
})

test('each role lands on a 工作台 with counts and links', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const { ledgerId } = await month(page)
  const kuaiji = await sessionToken(page)
  await apiOk(page, 'ledgers.update', { id: ledgerId, code: 'JZ', name: '某某街道总工会', cashierSignRequired: true }, kuaiji).catch(() => undefined)
  await switchUser(page, { ...KUAIJI, username: 'admin', password: 'Admin12345', displayName: '王会计主管' })
  const admin = await sessionToken(page)
  await apiOk(page, 'users.create', { username: CHUNA.username, displayName: CHUNA.displayName, password: CHUNA.password, assignments: [{ role: 'cashier' }] }, admin)
  for (let i = 0; i < 5; i++) await api(page, 'auth.login', { username: CHUNA.username, password: 'wrong-one-1' })
  await page.reload()
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible()
  await expect(page.getByRole('link', { name: /被锁定的用户/ })).toContainText('陈出纳')
  await expect(page.getByRole('link', { name: /备份/ })).toBeVisible()
  await snapshot(page, 'daily-30-home-admin')

  await switchUser(page, KUAIJI)
  await expect(page.getByRole('link', { name: /待审核凭证/ })).toContainText('4')
  await expect(page.getByRole('link', { name: /未结账月份/ })).toBeVisible()
  await snapshot(page, 'daily-31-home-accountant')
  await page.getByRole('link', { name: /待审核凭证/ }).click()
  await expect(page.getByText('共 4 张')).toBeVisible()

  await switchUser(page, SHENHE)
  await expect(page.getByRole('link', { name: /待我审核的凭证/ })).toContainText('4')
  await snapshot(page, 'daily-32-home-reviewer')
})

test('form errors show at the field and in a summary; Enter in a select does not submit', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '账务处理' }).click()
  await page
    .getByRole('button', { name: /新建账套/ })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: /新建账套/ })
  // Enter in the 凭证字 select does not submit the dialog.
  await dialog.getByLabel('凭证字').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('alert', { name: '表单错误' })).toHaveCount(0)
  await dialog.getByRole('button', { name: /创\s?建/ }).click()
  const summary = dialog.getByRole('alert', { name: '表单错误' })
  await expect(summary).toContainText('有 3 处需要改正：账套编码、账套名称、凭证是否需要出纳签字')
  await expect(dialog.getByText('请输入账套编码')).toBeVisible()
  await expect(dialog.getByText('请选择凭证是否需要出纳签字')).toBeVisible()
  await snapshot(page, 'daily-40-form-errors')
  await summary.getByText('账套名称').click()
  await expect(dialog.getByLabel('账套名称')).toBeFocused()
  await dialog.getByLabel('账套编码').fill('JZ')
  await dialog.getByLabel('账套名称').fill('某某街道总工会')
  await expect(summary).not.toContainText('账套编码')
})

test('凭证 prints in the 金额线 format on the chosen paper (241×140 mm read back from the PDF)', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  await month(page)
  await openLedgerTab(page, '凭证管理')
  // Keep what would go to the printer: the print container is removed as soon as printing returns.
  await page.evaluate(`window.print = () => {
    const host = document.querySelector('.ud-voucher-print')
    const style = [...document.querySelectorAll('style')].at(-1)
    const kept = host.cloneNode(true)
    kept.id = 'kept-print'
    document.body.append(kept, style.cloneNode(true))
  }`)
  await voucherRow(page, '记-2').getByRole('button', { name: '查看' }).click()
  const view = page.getByRole('dialog')
  await view.getByLabel('凭证打印版式').click()
  await page.locator('.ant-select-item-option').filter({ hasText: '凭证纸 241×140 毫米' }).click()
  await view.getByRole('button', { name: /打\s?印/ }).click()
  const kept = page.locator('#kept-print')
  await expect(kept.locator('th').filter({ hasText: '亿' })).toHaveCount(2)
  await expect(kept).toContainText('记字第 2 号')
  await expect(kept).toContainText('制单：李会计')
  await expect(kept).toContainText('合计（大写）：壹仟贰佰元整')
  // 1,200.00 in the 借方 digits: 1 2 0 0 0 0 under 千百十元角分, ￥ before.
  const digits = await kept.locator('tbody tr').first().locator('td.ud-al-digit').allTextContents()
  expect(digits.slice(0, 11).join('')).toBe('￥120000')
  await page.evaluate(`document.body.classList.add('ud-print-vouchers')`)
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: join(import.meta.dirname, 'artifacts', 'daily-50-voucher-print.png') })
  const pdfPath = join(import.meta.dirname, 'artifacts', 'daily-50-voucher-print.pdf')
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
  const pdf = readFileSync(pdfPath, 'latin1')
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!
  // 241 × 140 mm in PostScript points.
  expect(Math.round((Number(box[1]) * 25.4) / 72)).toBe(241)
  expect(Math.round((Number(box[2]) * 25.4) / 72)).toBe(140)
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1)
})

test('凭证汇总表 on screen for a 凭证号 range, with Excel export', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  await month(page)
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '账簿报表' }).click()
  await page.getByRole('tab', { name: '凭证汇总表' }).click()
  await expect(page.getByText('记字第 1 号至第 4 号')).toBeVisible()
  await page.getByLabel('起始凭证号').fill('2')
  await page.getByLabel('截止凭证号').fill('3')
  await expect(page.getByText('记字第 2 号至第 3 号')).toBeVisible()
  const total = page.getByRole('row').filter({ hasText: '合计' })
  await expect(total).toContainText('1,550.00')
  await expect(page.getByText('凭证 2 张（其中未记账 2 张）')).toBeVisible()
  await snapshot(page, 'daily-60-voucher-summary')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /导出 Excel/ }).click()
  expect((await download).suggestedFilename()).toContain('凭证汇总表')
})
