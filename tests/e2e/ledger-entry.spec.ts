import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { KUAIJI, exactly, openLedgerTab, seedLedger, setupOffice, signIn, voucherRow, quietSnapshot } from './ledger-helpers'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

test.describe.configure({ timeout: 120_000 })

test('会计新建账套、录入平衡的期初余额，只用键盘录入并保存凭证', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '账务处理' }).click()

  // No 账套 yet: a clear empty state with 新建账套.
  await expect(page.getByText('还没有可用的账套')).toBeVisible()
  await expect(page.getByText('尚未建立账套')).toBeVisible()
  await page.getByRole('button', { name: '新建账套' }).click()
  const dialog = page.getByRole('dialog', { name: '新建账套' })
  await dialog.getByLabel('账套编码').fill('JZ')
  await dialog.getByLabel('账套名称').fill('某某街道总工会')
  await dialog.getByLabel('启用期间').click()
  await dialog.getByLabel('启用期间').fill('2026-03')
  await dialog.getByLabel('启用期间').press('Enter') // Enter picks the month; it never submits the dialog
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('启用期间')).toHaveValue('2026-03')
  // Whether vouchers need 出纳签字 is asked, not silently off.
  await dialog.getByRole('button', { name: /创\s?建/ }).click()
  await expect(dialog).toContainText('请选择凭证是否需要出纳签字')
  await dialog.getByRole('radio', { name: '不需要' }).check()
  await dialog.getByRole('button', { name: /创\s?建/ }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('已新建账套“某某街道总工会”')).toBeVisible()
  await expect(page.getByRole('combobox', { name: '当前账套' })).toBeVisible()
  await expect(page.getByText('当前期间 2026-03')).toBeVisible()

  // 期初余额: the trial balance follows every keystroke; saving sends the changed accounts.
  await page.getByRole('tab', { name: '期初余额' }).click()
  await page.getByLabel('102 银行存款 期初借方').fill('50,000')
  await expect(page.getByRole('status').filter({ hasText: '试算不平衡，差额 50,000.00' })).toBeVisible()
  await page.getByLabel('32205 累计结余 期初贷方').fill('50000.00')
  await expect(page.getByRole('status').filter({ hasText: '试算平衡' })).toBeVisible()
  await page.getByRole('button', { name: /保存（2 个科目）/ }).click()
  await expect(page.getByText('期初余额已保存：借方合计 50,000.00，贷方合计 50,000.00，试算平衡')).toBeVisible()
  await page.evaluate('window.scrollTo(0, 0)')
  await quietSnapshot(page, '21-opening-balances', { fullPage: false })

  // 凭证录入 with the keyboard only: Enter between cells, 助记码 for accounts, “=” to balance.
  await page.getByRole('tab', { name: '凭证录入' }).click()
  await expect(page.getByLabel('第1行摘要')).toBeFocused()
  const k = page.keyboard
  await k.type('收取三月会费')
  await k.press('Enter')
  await expect(page.getByLabel('第1行会计科目')).toBeFocused()
  await k.type('YHCK')
  await k.press('Enter')
  await expect(page.getByLabel('第1行借方金额')).toBeFocused()
  await k.type('1,234.56')
  await k.press('Enter') // the line has its amount: on to the next line, 摘要 carried over
  await expect(page.getByLabel('第2行摘要')).toBeFocused()
  await expect(page.getByLabel('第2行摘要')).toHaveValue('收取三月会费')
  await k.press('Enter')
  await k.type('HFSR')
  await k.press('Enter')
  await expect(page.getByLabel('第2行借方金额')).toBeFocused()
  await k.press('Enter')
  await expect(page.getByLabel('第2行贷方金额')).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: '借贷不平衡，差额 1,234.56' })).toBeVisible()
  await k.type('=')
  await expect(page.getByLabel('第2行贷方金额')).toHaveValue('1,234.56')
  await k.press('Enter') // 会费收入 needs 资金性质
  await expect(page.getByLabel('资金性质').nth(0)).toBeFocused()
  await k.type('FZX')
  await k.press('Enter')
  await expect(page.getByLabel('第3行摘要')).toBeFocused()
  await expect(page.getByText('借贷平衡')).toBeVisible()
  await expect(page.getByLabel('合计大写')).toContainText('壹仟贰佰叁拾肆元伍角陆分')
  await expect(page.getByLabel('借方合计')).toHaveText('1,234.56')
  await quietSnapshot(page, '20-voucher-entry')
  await k.press('Control+s')
  await expect(page.getByRole('status').filter({ hasText: '已保存凭证 记-1' })).toBeVisible()
  // A fresh voucher starts, cursor on its first line.
  await expect(page.getByLabel('第1行摘要')).toHaveValue('')
  await expect(page.getByLabel('第1行摘要')).toBeFocused()

  await page.getByRole('tab', { name: '凭证管理' }).click()
  const row = voucherRow(page, '记-1')
  await expect(row).toContainText('收取三月会费')
  await expect(row).toContainText('1,234.56')
  await expect(row).toContainText('草稿')
  await expect(row).toContainText(KUAIJI.displayName)

  // 科目设置: a detail account gets the next free code; the server says why 102 cannot have one.
  await page.getByRole('tab', { name: '科目设置' }).click()
  const accountRow = (code: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) })
  await accountRow('50101').getByRole('button', { name: '新增明细' }).click()
  const add = page.getByRole('dialog', { name: '新增明细科目' })
  await expect(add.getByLabel('科目编码')).toHaveValue('5010101')
  await add.getByLabel('科目名称').fill('职工学校')
  await add.getByRole('button', { name: exactly('保存') }).click()
  await expect(page.getByText('已新增明细科目 5010101 职工学校')).toBeVisible()
  await expect(accountRow('5010101')).toContainText('自设明细')
  await expect(accountRow('5010101')).toContainText('ZGXX')
  await accountRow('102').getByRole('button', { name: '新增明细' }).click()
  // The dialog resets its fields as it opens; wait for that before typing.
  await expect(add.getByLabel('科目编码')).toHaveValue('10201')
  await add.getByLabel('科目名称').fill('工商银行')
  await add.getByRole('button', { name: exactly('保存') }).click()
  await expect(add).toContainText('科目 102 银行存款 已有发生额或期初余额，不能再增加下级科目')
  await add.getByRole('button', { name: exactly('取消') }).click()
  await quietSnapshot(page, '26-accounts', { fullPage: false })
})

test('借贷不平衡的凭证显示服务端的中文提示且不保存；改正后保存，草稿可再修改；从 Excel 导入凭证', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  await seedLedger(page)
  await openLedgerTab(page, '凭证录入')

  await page.getByLabel('第1行摘要').fill('购买慰问品')
  await page.getByLabel('第1行会计科目').click()
  await page.keyboard.type('50405')
  await page.keyboard.press('Enter')
  await page.getByLabel('第1行借方金额').fill('100')
  await page.getByLabel('第2行摘要').fill('购买慰问品')
  await page.getByLabel('第2行会计科目').click()
  await page.keyboard.type('YHCK')
  await page.keyboard.press('Enter')
  await page.getByLabel('第2行贷方金额').fill('90')
  await expect(page.getByRole('status').filter({ hasText: '借贷不平衡，差额 10.00' })).toBeVisible()
  await page.getByRole('button', { name: /保存$/ }).click()

  // The server's own words: every problem at once, in Chinese, and nothing saved.
  const alert = page.getByRole('tabpanel', { name: '凭证录入' }).getByRole('alert')
  await expect(alert).toContainText('借贷不平衡：借方合计 100.00，贷方合计 90.00，差额 10.00')
  await expect(alert).toContainText('第 1 行：收入、支出科目须选择资金性质（专项/非专项）')
  await expect(alert).toContainText('第 1 行：支出科目须选择基本支出或项目支出')
  await quietSnapshot(page, '24-voucher-unbalanced')
  await page.getByRole('tab', { name: '凭证管理' }).click()
  await expect(page.getByText('没有符合条件的凭证')).toBeVisible()

  // Back in 凭证录入 the lines are still there; correct them and save.
  await page.getByRole('tab', { name: '凭证录入' }).click()
  await expect(page.getByLabel('第1行摘要')).toHaveValue('购买慰问品')
  await page.getByLabel('资金性质').first().click()
  await page.getByTitle('非专项', { exact: true }).click()
  await page.getByLabel('支出类型').first().click()
  await page.getByTitle('基本支出', { exact: true }).click()
  await page.getByLabel('第2行贷方金额').fill('100')
  await page.getByRole('button', { name: /保存$/ }).click()
  await expect(page.getByRole('status').filter({ hasText: '已保存凭证 记-1' })).toBeVisible()

  // 修改 a draft from the list: it opens in 凭证录入 and is saved with vouchers.update.
  await page.getByRole('tab', { name: '凭证管理' }).click()
  await voucherRow(page, '记-1')
    .getByRole('button', { name: exactly('修改') })
    .click()
  await expect(page).toHaveURL(/#\/ledger\/entry\/\d+$/)
  await expect(page.getByText('记-1', { exact: true })).toBeVisible()
  await expect(page.getByRole('table', { name: '分录' })).toContainText('50405 维权支出-送温暖支出')
  await page.getByLabel('第1行摘要').fill('购买送温暖慰问品')
  await page.getByRole('button', { name: /保存$/ }).click()
  await expect(page.getByText('凭证 记-1 的修改已保存')).toBeVisible()
  await expect(page).toHaveURL(/#\/ledger\/vouchers$/)
  await expect(voucherRow(page, '记-1')).toContainText('购买送温暖慰问品')

  // 导入凭证: the template downloaded from the dialog, filled in, comes back as a draft.
  await page.getByRole('button', { name: '导入凭证' }).click()
  const importing = page.getByRole('dialog', { name: '从 Excel 导入凭证' })
  const [download] = await Promise.all([page.waitForEvent('download'), importing.getByRole('button', { name: '下载导入模板' }).click()])
  expect(download.suggestedFilename()).toBe('UnionDesk-凭证导入模板.xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await download.path())
  for (const cell of ['A2', 'A3']) workbook.worksheets[0].getCell(cell).value = '2026-03-15' // the example is dated before this 账套
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer())
  await importing.locator('input[type=file]').setInputFiles({ name: '三月会费.xlsx', mimeType: XLSX, buffer })
  await importing.getByRole('button', { name: exactly('导入') }).click()
  // An import reads the workbook and writes in the server: on the loaded machine it has run past the 10 s default.
  await expect(page.getByText('已导入 1 张凭证（2026-03 记-2 至 2026-03 记-2），共 2 行分录')).toBeVisible({ timeout: 30_000 })
  await expect(voucherRow(page, '记-2')).toContainText('导入')
  await expect(voucherRow(page, '记-2')).toContainText('草稿')
})
