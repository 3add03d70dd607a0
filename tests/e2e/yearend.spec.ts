import type { Page } from '@playwright/test'
import { verifyArchive } from '../../electron/core/yearend/manifest'
import { expect, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, exactly, quietSnapshot, seedLedger, setupOffice, signIn } from './ledger-helpers'

test.describe.configure({ timeout: 180_000 })

async function openBudgetTab(page: Page, tab: string) {
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '预算管理' }).click()
  await page.getByRole('tab', { name: tab }).click()
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
}

test('会计批准预算后查看并打印工会经费收支预算表、导出 Excel', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const { token, ledgerId, account } = await seedLedger(page)
  const { id } = await apiOk<{ id: number }>(page, 'budget.create', { ledgerId, year: 2026, priorSurplus: 500_000 }, token)
  await apiOk(page, 'budget.saveLine', { budgetId: id, accountId: account('401'), original: 6_000_000, fundNature: 'general', notes: '按会员人数测算' }, token)
  await apiOk(page, 'budget.saveLine', { budgetId: id, accountId: account('50105'), original: 5_000_000, fundNature: 'general', spendType: 'basic' }, token)

  // Approve in 预算编制, as the clerk does.
  await openBudgetTab(page, '预算编制')
  await page.getByRole('button', { name: '登记批准' }).click()
  const approving = page.getByRole('dialog', { name: '登记2026年预算批准' })
  await approving.getByRole('button', { name: '登记批准' }).click()
  await expect(approving).toBeHidden()

  await page.getByRole('tab', { name: '预算表' }).click()
  await expect(page.getByRole('heading', { name: '2026年工会经费收支预算表' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: '会费收入' })).toContainText('60,000.00')
  await expect(page.getByRole('row').filter({ hasText: '会费收入' })).toContainText('按会员人数测算')
  await expect(page.getByRole('row').filter({ hasText: '收支差额' })).toContainText('15,000.00')
  await expect(page.getByRole('alert').filter({ hasText: '收支平衡' })).toContainText('本年收入 60,000.00 元 + 使用上年结余 5,000.00 元，本年支出 50,000.00 元')
  await quietSnapshot(page, 'yearend-budget-table')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()])
  expect(download.suggestedFilename()).toBe('UnionDesk-工会经费收支预算表-JZ-2026.xlsx')

  // 打印: only the table, its title, 编制单位 and 单位：元 and the signature line are on paper.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('menu', { name: '功能导航' })).toBeHidden()
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeHidden()
  await expect(page.getByRole('tab', { name: '预算编制' })).toBeHidden()
  await expect(page.getByText('经审会主任：')).toBeVisible()
  await expect(page.locator('.ud-report-meta')).toContainText('编制单位：某某街道总工会2026年度单位：元')
  await page.screenshot({ path: 'tests/e2e/artifacts/yearend-budget-table-print.png', fullPage: true })
  await page.emulateMedia({ media: 'screen' })
})

test('结账后生成决算报告、编辑附注，年度归档并校验、封存', async ({ page }) => {
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
      attachments: 2,
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

  // Before the year is closed, the 决算 tab names the open months.
  await openBudgetTab(page, '决算与归档')
  await page.getByRole('textbox', { name: '决算年度' }).click()
  await page.getByRole('textbox', { name: '决算年度' }).fill('2026')
  await page.keyboard.press('Enter')
  await expect(page.getByText('2026 年尚未年度结账，不能编制决算')).toBeVisible()
  await expect(page.getByText('未结账的月份：2026-03、2026-04')).toBeVisible()

  for (let m = 3; m <= 11; m++) await apiOk(page, 'periods.close', { ledgerId, period: `2026-${String(m).padStart(2, '0')}` }, token)
  await apiOk(page, 'years.close', { ledgerId, year: 2026 }, token)
  await page.reload()
  await openBudgetTab(page, '决算与归档')
  await expect(page.getByRole('textbox', { name: '决算年度' })).toHaveValue('2026')
  await expect(page.getByText('本年收入合计 12,345.67元')).toBeVisible()

  await page.getByLabel('单位负责人').fill('张主席')
  await page.getByLabel('财务负责人').fill('王主管')
  await page.getByRole('textbox', { name: '八、有助于理解和分析会计报表的其他事项' }).fill('本年新建职工书屋一处。')
  await page.getByRole('button', { name: '按本年数字重新生成草稿' }).click()
  await expect(page.getByRole('textbox', { name: '财务情况说明书' })).toHaveValue(/本年收入 12,345.67元/)
  await page.getByRole('button', { name: '保存附注和说明书' }).click()
  await expect(page.getByText('已保存附注和财务情况说明书')).toBeVisible()
  await quietSnapshot(page, 'yearend-final-accounts')

  const [pack] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '生成决算报告（Excel）' }).click()])
  expect(pack.suggestedFilename()).toBe('UnionDesk-决算报告-JZ-2026.xlsx')

  const [zip] = await Promise.all([page.waitForEvent('download', { timeout: 150_000 }), page.getByRole('button', { name: '生成年度归档（zip）' }).click()])
  expect(zip.suggestedFilename()).toBe('UnionDesk-会计档案-JZ-2026.zip')
  const checked = await verifyArchive(await zip.path())
  expect(checked).toMatchObject({ ok: true, missing: [], extra: [], changed: [] })

  await page.getByRole('button', { name: '封存' }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: exactly('封存') })
    .click()
  await expect(page.getByText('已封存 2026 年会计档案')).toBeVisible()
  await expect(page.getByText('2026 年会计档案已封存：决算报告、附注和说明书不能再修改')).toBeVisible()
  await expect(page.getByRole('button', { name: '生成决算报告（Excel）' })).toBeDisabled()
  await quietSnapshot(page, 'yearend-archive-sealed')
})
