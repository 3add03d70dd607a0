import { expect, snapshot, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, exactly, openLedgerTab, seedLedger, setupOffice, signIn, switchUser, voucherRow, quietSnapshot } from './ledger-helpers'

test.describe.configure({ timeout: 120_000 })

test('审核人审核、会计记账；红字冲销生成草稿，审核记账后两张凭证状态正确；期末结账', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const { token, ledgerId, account } = await seedLedger(page)
  const reviewer = await apiToken(page, SHENHE)
  await apiOk(
    page,
    'vouchers.create',
    {
      ledgerId,
      date: '2026-03-10',
      attachments: 2,
      lines: [
        { summary: '收取三月会费', accountId: account('102'), debit: 123456 },
        { summary: '收取三月会费', accountId: account('401'), credit: 123456, fundNature: 'general' },
      ],
    },
    token,
  )
  // A second voucher, already posted, gives the month-end close something to carry over.
  const { id: spent } = await apiOk<{ id: number }>(
    page,
    'vouchers.create',
    {
      ledgerId,
      date: '2026-03-12',
      lines: [
        { summary: '送温暖慰问品', accountId: account('50405'), debit: 80000, fundNature: 'general', spendType: 'basic' },
        { summary: '送温暖慰问品', accountId: account('102'), credit: 80000 },
      ],
    },
    token,
  )
  await apiOk(page, 'vouchers.review', { ids: [spent] }, reviewer)
  await apiOk(page, 'vouchers.post', { ids: [spent] }, token)

  // 审核 by another person.
  await switchUser(page, SHENHE)
  await openLedgerTab(page, '凭证管理')
  const first = voucherRow(page, '记-1')
  await expect(first).toContainText('草稿')
  await expect(page.getByRole('button', { name: exactly('记账') })).toBeVisible() // 审核 may post too
  await first.getByRole('checkbox').check()
  await page.getByRole('button', { name: exactly('审核') }).click()
  await expect(page.getByText('已审核 1 张凭证')).toBeVisible()
  await expect(first).toContainText('已审核')
  await expect(first).toContainText(SHENHE.displayName)

  // 查看: the standard 记账凭证 layout.
  await first.getByRole('button', { name: exactly('查看') }).click()
  const view = page.getByRole('dialog')
  await expect(view).toContainText('记账凭证')
  await expect(view).toContainText('编制单位：某某街道总工会')
  await expect(view).toContainText('2026年3月10日')
  await expect(view).toContainText('凭证号：记-1')
  await expect(view).toContainText('附件 2 张')
  await expect(view).toContainText('401 会费收入')
  await expect(view).toContainText('非专项')
  await expect(view).toContainText('合计（大写）：壹仟贰佰叁拾肆元伍角陆分')
  await expect(view).toContainText(`审核：${SHENHE.displayName}`)
  await expect(view).toContainText(`制单：${KUAIJI.displayName}`)
  await quietSnapshot(page, '23-voucher-view')
  await page.keyboard.press('Escape')
  await expect(view).toBeHidden()

  // The 会计 posts it, then reverses it in red.
  await switchUser(page, KUAIJI)
  await openLedgerTab(page, '凭证管理')
  await first.getByRole('checkbox').check()
  await page.getByRole('button', { name: exactly('记账') }).click()
  await expect(page.getByText('已记账 1 张凭证')).toBeVisible()
  await expect(first).toContainText('已记账')
  await first.getByRole('button', { name: '记-1 更多操作' }).click()
  await page.getByRole('menuitem', { name: '红字冲销' }).click()
  const reverse = page.getByRole('dialog', { name: '红字冲销凭证 记-1' })
  await expect(reverse).toContainText('金额为负数（红字）的草稿凭证')
  await expect(reverse.getByLabel('冲销日期')).toHaveValue('2026-03-31')
  await reverse.getByRole('button', { name: '生成红字凭证' }).click()
  await expect(page.getByText('已生成红字冲销凭证 记-3（草稿），请审核后记账')).toBeVisible()
  const red = voucherRow(page, '记-3')
  await expect(red).toContainText('草稿')
  await expect(red).toContainText('红字冲销')
  await expect(red).toContainText('-1,234.56')
  await expect(red).toContainText('冲销 3月10日 记-1号凭证')
  await expect(first).toContainText('已冲销')

  await switchUser(page, SHENHE)
  await openLedgerTab(page, '凭证管理')
  await red.getByRole('checkbox').check()
  await page.getByRole('button', { name: exactly('审核') }).click()
  await expect(red).toContainText('已审核')

  await switchUser(page, KUAIJI)
  await openLedgerTab(page, '凭证管理')
  await red.getByRole('checkbox').check()
  await page.getByRole('button', { name: exactly('记账') }).click()
  await expect(red).toContainText('已记账')
  await expect(first).toContainText('已记账')
  await expect(page.getByRole('button', { name: exactly('审核') })).toHaveCount(0) // 会计 does not review
  await quietSnapshot(page, '22-voucher-list')

  // Search: status and 摘要 text go to the server.
  await page.getByLabel('摘要', { exact: true }).fill('冲销')
  await page.getByRole('button', { name: /查\s?询/ }).click()
  await expect(page.getByText('共 1 张')).toBeVisible()
  await expect(voucherRow(page, '记-3')).toBeVisible()

  // 期末结账 of March: the confirmation says what happens; the expenditure is carried to 322.
  await page.getByRole('tab', { name: '期末结账' }).click()
  const march = page.getByRole('row', { name: /2026-03/ })
  await expect(march).toContainText('未结账')
  await expect(march).toContainText('无')
  await quietSnapshot(page, '25-closing-before')
  await march.getByRole('button', { name: exactly('结账') }).click()
  const confirm = page.getByRole('dialog', { name: '2026-03 期末结账？' })
  await expect(confirm).toContainText('322 工会资金结余')
  await page.waitForTimeout(500) // the dialog's opening animation, so the picture shows it
  await snapshot(page, '25-closing-confirm')
  await confirm.getByRole('button', { name: exactly('结账') }).click()
  await expect(page.getByText('2026-03 已结账，生成结转凭证 记-4')).toBeVisible()
  await expect(march).toContainText('已结账')
  await expect(page.getByText('当前期间 2026-04')).toBeVisible()
  await quietSnapshot(page, '25-closing')
})
