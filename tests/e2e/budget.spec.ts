import ExcelJS from 'exceljs'
import type { Locator, Page } from '@playwright/test'
import { expect, slowOnce, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, exactly, quietSnapshot, seedLedger, setupOffice, signIn } from './ledger-helpers'

test.describe.configure({ timeout: 120_000 })

async function pick(page: Page, scope: Locator, field: string, option: string, typed?: string) {
  const box = scope.getByRole('combobox', { name: field })
  await box.click()
  if (typed) await box.fill(typed)
  // antd draws the visible option rows itself (with a title); its role=option nodes are screen-reader stubs.
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).click()
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0)
}

async function addLine(page: Page, account: string, typed: string, amount: string, spendType?: string) {
  await page.getByRole('button', { name: '新增预算项目' }).click()
  const dialog = page.getByRole('dialog', { name: '新增预算项目' })
  await pick(page, dialog, '预算科目', account, typed)
  if (spendType) await pick(page, dialog, '支出类型', spendType)
  await dialog.getByLabel('年初预算数').fill(amount)
  await dialog.getByRole('button', { name: exactly('保存') }).click()
  await expect(dialog).toBeHidden()
}

test('会计编制预算、登记批准、预算调整，查看预算执行表并导出 Excel', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const { token, ledgerId, account } = await seedLedger(page)
  const reviewer = await apiToken(page, SHENHE)
  const { id } = await apiOk<{ id: number }>(
    page,
    'vouchers.create',
    {
      ledgerId,
      date: '2026-03-10',
      lines: [
        { summary: '收取会费', accountId: account('102'), debit: 1_234_567 },
        { summary: '收取会费', accountId: account('401'), credit: 1_234_567, fundNature: 'general' },
        { summary: '会员活动', accountId: account('50105'), debit: 80_000, fundNature: 'general', spendType: 'basic' },
        { summary: '会员活动', accountId: account('102'), credit: 80_000 },
      ],
    },
    token,
  )
  await apiOk(page, 'vouchers.review', { ids: [id] }, reviewer)
  await apiOk(page, 'vouchers.post', { ids: [id] }, token)

  // 新建 the 2026 budget (the 账套's current year) with 5,000.00 可动用上年结余.
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '预算管理' }).click()
  await expect(page.getByRole('tab', { name: '预算编制' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByText('某某街道总工会还没有2026年预算')).toBeVisible()
  await page.getByRole('button', { name: '新建预算' }).click()
  const creating = page.getByRole('dialog', { name: '新建2026年预算' })
  await creating.getByLabel('可动用上年结余').fill('5,000')
  await creating.getByRole('button', { name: exactly('保存') }).click()
  await expect(page.getByText('已新建2026年预算（0 个项目）')).toBeVisible()

  await addLine(page, '401 会费收入', '401', '60000')
  await addLine(page, '50105 职工活动支出-会员活动支出', '50105', '70000', '基本支出')
  await expect(page.getByRole('alert').filter({ hasText: '收支不平衡' })).toContainText('差 5,000.00 元')

  // Approval is refused while the budget runs a deficit, with the figures.
  await page.getByRole('button', { name: '登记批准' }).click()
  const approving = page.getByRole('dialog', { name: '登记2026年预算批准' })
  // Submit only once the dialog shows the budget it will approve (its intro states the balance).
  await expect(approving.getByRole('alert').first()).toContainText('收支不平衡')
  await approving.getByRole('button', { name: '登记批准' }).click()
  await expect(approving.getByRole('alert').last()).toContainText(
    '不能批准：收支不平衡：收入预算 60,000.00 元 + 可动用上年结余 5,000.00 元 = 65,000.00 元，少于支出预算 70,000.00 元',
  )
  await approving.getByRole('button', { name: exactly('取消') }).click()

  // The chart comes slowly: 保存 waits for it, since it decides whether the line's 支出类型 is part of the form
  // (sent without it, the save was refused with 须注明基本支出或项目支出).
  await slowOnce(page, 'accounts.list')
  const spendRow = page.getByRole('row').filter({ hasText: '50105 职工活动支出-会员活动支出' })
  await spendRow.getByRole('button', { name: '修改' }).click()
  const editing = page.getByRole('dialog', { name: /^修改预算项目/ })
  await editing.getByLabel('年初预算数').fill('65000')
  await editing.getByRole('button', { name: exactly('保存') }).click()
  await expect(editing).toBeHidden()
  await expect(page.getByRole('alert').filter({ hasText: '收支平衡' })).toContainText('支出预算 65,000.00 元，收支平衡')
  await page.getByRole('button', { name: '登记批准' }).click()
  // The reopened dialog is a fresh one; the click counts once it shows the now balanced budget.
  await expect(approving.getByRole('alert').first()).toContainText('支出预算 65,000.00 元，收支平衡')
  await approving.getByRole('button', { name: '登记批准' }).click()
  await expect(approving).toBeHidden()
  await expect(page.getByText('已批准', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: '新增预算项目' })).toHaveCount(0)

  // 预算调整: 401 up 3,000.00 and a new 培训 line of 2,000.00.
  await page.getByRole('button', { name: '预算调整' }).click()
  const adjusting = page.getByRole('dialog', { name: '2026年预算调整' })
  await adjusting.getByLabel('调整原因').fill('会费收入增加，增设培训')
  await pick(page, adjusting, '调整明细 1 预算项目', '401 会费收入（60,000.00）')
  await adjusting.getByLabel('调整明细 1 调整金额').fill('3000')
  await adjusting.getByRole('button', { name: '添加调整明细' }).click()
  await pick(page, adjusting, '调整明细 2 预算项目', '＋ 新增预算项目')
  await pick(page, adjusting, '预算科目', '50501 业务支出-培训支出', '50501')
  await pick(page, adjusting, '支出类型', '基本支出')
  await adjusting.getByLabel('调整明细 2 调整金额').fill('2000')
  await quietSnapshot(page, 'budget-adjust')
  await adjusting.getByRole('button', { name: '登记调整' }).click()
  await expect(adjusting).toBeHidden()
  const duesRow = page.getByRole('row').filter({ hasText: '401 会费收入' }).first()
  await expect(duesRow).toContainText('3,000.00')
  await expect(duesRow).toContainText('63,000.00')
  await expect(page.getByText('预算调整记录')).toBeVisible()
  await expect(page.getByText('50501 业务支出-培训支出：+2,000.00')).toBeVisible()
  await quietSnapshot(page, 'budget-plan')

  // 预算执行: March 2026, 执行率 from 分.
  await page.getByRole('tab', { name: '预算执行' }).click()
  // Rows of the 执行 table only: the 预算编制 pane's 调整记录 also names 401 until that pane is hidden.
  const execution = page.getByRole('tabpanel', { name: '预算执行' })
  const execDues = execution.getByRole('row').filter({ hasText: '401 会费收入' })
  await expect(execDues).toContainText('12,345.67')
  await expect(execDues).toContainText('19.60%')
  await expect(execution.getByRole('row').filter({ hasText: '50105 职工活动支出-会员活动支出' })).toContainText('1.23%')
  await quietSnapshot(page, 'budget-execution')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()])
  expect(download.suggestedFilename()).toBe('UnionDesk-预算执行表-JZ-2026-03.xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await download.path())
  const ws = workbook.worksheets[0]
  expect(ws.getCell('A1').value).toBe('预算执行表')
  expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(['401 会费收入', '非专项', 60000, 63000, 12345.67, 12345.67, '19.60%', 0, 50654.33, ''])
})
