import ExcelJS from 'exceljs'
import { expect, sessionToken, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, quietSnapshot, setupOffice, signIn } from './ledger-helpers'

test.describe.configure({ timeout: 120_000 })

const YEAR = new Date().getFullYear()
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const PERIOD = `${YEAR}-${String(new Date().getMonth() + 1).padStart(2, '0')}`

test('导入返拨明细，对应未匹配企业，生成并记账凭证，查看经费收缴情况表', async ({ page }) => {
  await setupOffice(page)
  // Registry and 账套 (kept by the administrator and the accountant) through the API.
  await signIn(page, { username: 'admin', displayName: '王会计主管', password: 'Admin12345', roles: ['admin'] })
  const admin = await sessionToken(page)
  const street = (await apiOk<{ id: number }>(page, 'unions.save', { code: 'JZ', name: '某某街道总工会', type: 'street' }, admin)).id
  const xa = (
    await apiOk<{ id: number }>(page, 'unions.save', { code: 'XA', name: '甲联合会', type: 'xiaoerji', parentId: street, scope: 'regional', accountingMode: 'independent' }, admin)
  ).id
  const enterprise = (name: string) => apiOk(page, 'enterprises.save', { name, year: YEAR, workers: 80, hasUnion: true, xiaoerjiId: xa, size: 'medium' }, admin)
  await enterprise('甲科技有限公司')
  await enterprise('丁物流有限公司')
  const kj = await apiToken(page, KUAIJI)
  const jz = (await apiOk<{ id: number }>(page, 'ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod: `${YEAR}-01`, unionId: street }, kj)).id
  const xaLedger = (await apiOk<{ id: number }>(page, 'ledgers.create', { code: 'XA', name: '甲联合会', startPeriod: `${YEAR}-01`, unionId: xa }, kj)).id
  await page.getByRole('button', { name: '用户菜单' }).click()
  await page.getByRole('menuitem', { name: '退出登录' }).click()

  await signIn(page, KUAIJI)
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '经费收缴' }).click()

  // 设置经费分成比例 on its screen.
  await page.getByRole('tab', { name: '分成比例' }).click()
  await page.getByLabel('生效日期').fill(`${YEAR}-01-01`)
  await page.getByLabel('上解上级').fill('30')
  await page.getByLabel('本级留成').fill('20')
  await page.getByLabel('返还小二级').fill('48')
  await page.getByLabel('手续费').fill('2')
  await expect(page.getByText('合计 100.00%')).toBeVisible()
  await page.getByRole('button', { name: /^保\s?存$/ }).click()
  await expect(page.getByText('已设置经费分成比例')).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: `${YEAR}-01-01` })).toContainText('48.00')
  await quietSnapshot(page, 'levy-rules')

  // Import a 返拨明细: one row matches by name, one does not.
  await page.getByRole('tab', { name: '收缴台账' }).click()
  await page.getByRole('button', { name: '导入返拨明细' }).click()
  const dialog = page.getByRole('dialog', { name: '导入返拨明细' })
  await dialog.getByLabel('所属月份').fill(PERIOD)
  await dialog.getByLabel('到账金额').fill('1,496.00')
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('返拨明细')
  sheet.addRow(['企业名称', '统一社会信用代码', '所属期', '工资总额', '实缴金额', '返拨金额'])
  sheet.addRow(['甲科技有限公司', '', PERIOD, 100000, 2000, 1360])
  sheet.addRow(['丁物流（上海）有限公司', '', PERIOD, 10000, 200, 136])
  await dialog.locator('input[type=file]').setInputFiles({ name: '返拨明细.xlsx', mimeType: XLSX, buffer: Buffer.from(await book.xlsx.writeBuffer()) })
  await dialog.getByRole('button', { name: /^导\s?入$/ }).click()
  await expect(page.getByText('已导入 2 行，1 行未匹配企业，请在台账中对应')).toBeVisible()
  await expect(page.getByRole('button', { name: '生成凭证' })).toBeDisabled()

  // Map the unmatched enterprise.
  await page.getByRole('row').filter({ hasText: '丁物流（上海）有限公司' }).getByRole('button', { name: '对应企业' }).click()
  const mapping = page.getByRole('dialog', { name: '对应企业' })
  await mapping.getByRole('combobox', { name: '组织台账企业' }).click()
  await page.getByTitle('丁物流有限公司', { exact: true }).click()
  await mapping.getByRole('button', { name: /^对\s?应$/ }).click()
  await expect(page.getByText('已对应 1 行')).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: '丁物流有限公司' })).toContainText('甲联合会')

  // Generate the vouchers, then review (张审核) and post them.
  await page.getByRole('button', { name: '生成凭证' }).click()
  await expect(page.getByText(/已生成草稿凭证 JZ 记-1、JZ 记-2、XA 记-1/)).toBeVisible()
  await quietSnapshot(page, 'levy-register')
  const sh = await apiToken(page, SHENHE)
  for (const ledgerId of [jz, xaLedger]) {
    const ids = (await apiOk<{ rows: { id: number }[] }>(page, 'vouchers.search', { ledgerId }, kj)).rows.map((r) => r.id)
    await apiOk(page, 'vouchers.review', { ids }, sh)
    await apiOk(page, 'vouchers.post', { ids }, kj)
  }
  const posted = await apiOk<{ rows: { status: string }[] }>(page, 'vouchers.search', { ledgerId: jz }, kj)
  expect(posted.rows.map((r) => r.status)).toEqual(['posted', 'posted'])

  // 经费收缴情况表.
  await page.getByRole('tab', { name: '经费收缴情况表' }).click()
  await expect(page.getByRole('heading', { name: '经费收缴情况表' })).toBeVisible()
  const union = page.getByRole('row').filter({ hasText: '甲联合会' }).first()
  await expect(union).toContainText('2,200.00')
  await expect(union).toContainText('1,496.00')
  await expect(page.getByRole('row').filter({ hasText: '合计' })).toContainText('100.00%')
  await expect(page.locator('canvas').first()).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /导出 Excel/ }).click()
  expect((await download).suggestedFilename()).toBe(`UnionDesk-经费收缴情况表-JZ-${YEAR}.xlsx`)
  await quietSnapshot(page, 'levy-report')

  await page.getByRole('tab', { name: '欠缴与筹备金' }).click()
  await expect(page.getByText(/欠缴清单/)).toBeVisible()
  await quietSnapshot(page, 'levy-arrears')
})
