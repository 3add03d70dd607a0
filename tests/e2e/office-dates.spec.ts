import { expect, label, setupAdmin, snapshot, test } from './fixtures'
import { KUAIJI, apiOk, openLedgerTab, quietSnapshot, setupOffice, signIn } from './ledger-helpers'
import { sessionToken } from './fixtures'

test('系统设置：办公时区决定“今天”', async ({ page }) => {
  await setupAdmin(page)
  await page.getByRole('tab', { name: '系统设置' }).click()
  const zone = page.getByLabel('办公时区')
  await expect(page.getByText('办公时区的今天')).toBeVisible()
  await expect(page.locator('.ant-select').filter({ has: zone })).toContainText('Asia/Shanghai')
  await zone.fill('Pacific/Kiritimati')
  await page.getByTitle('Pacific/Kiritimati').click()
  await page.getByRole('button', { name: label('保存') }).click()
  await expect(page.getByText(/已保存；办公时区的今天是 \d{4}-\d{2}-\d{2}/)).toBeVisible()
  await snapshot(page, 'system-settings-time-zone')
  const status = await (await page.request.post('/api/system.status', { data: {} })).json()
  expect(status.data.timeZone).toBe('Pacific/Kiritimati')
})

test('年中建账：期初余额录入本年累计，显示年初余额', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const token = await sessionToken(page)
  const { id: ledgerId } = await apiOk<{ id: number }>(page, 'ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod: '2026-07' }, token)
  await apiOk(
    page,
    'opening.set',
    {
      ledgerId,
      entries: [
        { accountCode: '102', debit: 11_500_000, ytdDebit: 6_000_000, ytdCredit: 4_500_000 },
        { accountCode: '32203', credit: 1_500_000, ytdDebit: 4_500_000, ytdCredit: 6_000_000 },
        { accountCode: '32205', credit: 10_000_000 },
        { accountCode: '401', ytdDebit: 6_000_000, ytdCredit: 6_000_000 },
        { accountCode: '50101', ytdDebit: 4_500_000, ytdCredit: 4_500_000 },
      ],
    },
    token,
  )
  await page.reload()
  await openLedgerTab(page, '期初余额')
  await expect(page.getByRole('columnheader', { name: '本年累计借方' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: '年初余额' })).toBeVisible()
  await expect(page.getByText('累计平衡')).toBeVisible()
  const bank = page.getByRole('row', { name: /^102/ }).first()
  await expect(bank).toContainText('借 100,000.00')
  // The chart is long: the first screen is what a clerk checks.
  await quietSnapshot(page, 'opening-mid-year', { fullPage: false })
})
