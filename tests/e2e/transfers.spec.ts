import { expect, sessionToken, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, quietSnapshot, setupOffice, signIn } from './ledger-helpers'

test.describe.configure({ timeout: 120_000 })

const YEAR = new Date().getFullYear()

test('经费保障计划同步到预算，上代下划拨生成两张凭证并核对相符；只冲销一方后核对列出不一致', async ({ page }) => {
  await setupOffice(page)
  // The registry (街镇总工会 and 小二级 with its survey) is kept by the administrator: set up through the API.
  await signIn(page, { username: 'admin', displayName: '王会计主管', password: 'Admin12345', roles: ['admin'] })
  const admin = await sessionToken(page)
  const street = (await apiOk<{ id: number }>(page, 'unions.save', { code: 'JZ', name: '某某街道总工会', type: 'street' }, admin)).id
  const xa = (await apiOk<{ id: number }>(page, 'unions.save', { code: 'XA', name: '甲联合会', type: 'xiaoerji', parentId: street, scope: 'regional' }, admin)).id
  await apiOk(
    page,
    'surveys.save',
    { unionId: xa, year: YEAR, surveyDate: `${YEAR}-06-30`, enterprises: 60, enterprisesWithUnion: 50, workers: 3200, members: 3000, womenMembers: 0, migrantMembers: 0 },
    admin,
  )
  const kj = await apiToken(page, KUAIJI)
  const jz = (await apiOk<{ id: number }>(page, 'ledgers.create', { code: 'JZ', name: '某某街道总工会', startPeriod: `${YEAR}-01`, unionId: street }, kj)).id
  const xaLedger = (await apiOk<{ id: number }>(page, 'ledgers.create', { code: 'XA', name: '甲联合会', startPeriod: `${YEAR}-01`, unionId: xa }, kj)).id
  await page.getByRole('button', { name: '用户菜单' }).click()
  await page.getByRole('menuitem', { name: '退出登录' }).click()

  // 经费保障: the registry's figures beside the amount; save, then sync into the budgets.
  await signIn(page, KUAIJI)
  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '预算管理' }).click()
  await page.getByRole('tab', { name: '经费保障' }).click()
  await expect(page.getByRole('tab', { name: '经费保障' })).toHaveAttribute('aria-selected', 'true')
  const row = page.getByRole('row').filter({ hasText: '甲联合会' }).first()
  await expect(row).toContainText('3200')
  await page.getByLabel('甲联合会 保障金额').fill('30,000')
  await page.getByLabel('甲联合会 依据说明').fill('按服务职工数')
  await page.getByRole('button', { name: '保存计划' }).click()
  await expect(page.getByText('已保存经费保障计划，合计 30,000.00 元')).toBeVisible()
  await page.getByRole('button', { name: '同步到预算' }).click()
  const synced = page.getByRole('dialog').filter({ hasText: '同步到预算' })
  await expect(synced).toContainText(`某某街道总工会 508 补助下级支出：已写入编制中的 ${YEAR} 年预算：30,000.00`)
  await expect(synced).toContainText(`甲联合会 403 上级补助收入：已写入编制中的 ${YEAR} 年预算：30,000.00`)
  await synced.getByRole('button', { name: /知道了|OK|确定/ }).click()
  await expect(synced).toBeHidden()
  await expect(page.getByText('编制中', { exact: true })).toBeVisible()
  await quietSnapshot(page, 'transfers-funding-plan')

  // 上代下划拨: one form, two draft vouchers.
  await page.getByRole('tab', { name: '上代下划拨' }).click()
  await page.getByRole('button', { name: '新建划拨' }).click()
  const form = page.getByRole('dialog', { name: '新建上代下划拨' })
  await form.getByRole('combobox', { name: '小二级账套' }).click()
  // antd draws the visible option rows itself (with a title); its role=option nodes are screen-reader stubs.
  await page.getByTitle('XA 甲联合会（账套：甲联合会）', { exact: true }).click()
  await form.getByLabel('金额（元）').fill('10,000.00')
  await form.getByLabel('摘要').fill('拨付一季度经费')
  await form.getByRole('button', { name: '生成两张凭证' }).click()
  await expect(form).toBeHidden()
  const pair = page.getByRole('row').filter({ hasText: '拨付一季度经费' })
  await expect(pair).toContainText('待审核记账')
  await expect(pair).toContainText('记-1')
  await quietSnapshot(page, 'transfers-transfers')

  // Both sides reviewed by 张审核 and posted (the normal flow, through the API here).
  const sh = await apiToken(page, SHENHE)
  const idsOf = async (ledgerId: number) => (await apiOk<{ rows: { id: number }[] }>(page, 'vouchers.search', { ledgerId }, kj)).rows.map((r) => r.id)
  const [upper] = await idsOf(jz)
  const [lower] = await idsOf(xaLedger)
  await apiOk(page, 'vouchers.review', { ids: [upper] }, sh)
  await apiOk(page, 'vouchers.review', { ids: [lower] }, sh)
  await apiOk(page, 'vouchers.post', { ids: [upper] }, kj)
  await apiOk(page, 'vouchers.post', { ids: [lower] }, kj)

  await page.getByRole('tab', { name: '内部往来核对' }).click()
  await expect(page.getByText(/内部往来全部相符/)).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: '拨付一季度经费' })).toContainText('双方已记账')
  await quietSnapshot(page, 'transfers-reconciled')

  // Break one side: the 小二级's voucher alone is reversed in its 账套.
  const red = await apiOk<{ id: number }>(page, 'vouchers.reverse', { id: lower, date: new Date().toISOString().slice(0, 10) }, kj)
  await apiOk(page, 'vouchers.review', { ids: [red.id] }, sh)
  await apiOk(page, 'vouchers.post', { ids: [red.id] }, kj)
  await page.getByRole('button', { name: /刷\s?新/ }).click()
  await expect(page.getByText('发现 2 项不一致，请逐项核实')).toBeVisible()
  const problems = page.getByRole('table').first()
  await expect(problems).toContainText('仅一方冲销')
  await expect(problems).toContainText('仅“甲联合会”一方已冲销')
  await expect(problems).toContainText('本年补助不符（508 ≠ 403）')
  await quietSnapshot(page, 'transfers-mismatch')
})
