import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, exactly, openLedgerTab, quietSnapshot, seedLedger, setupOffice, signIn } from './ledger-helpers'

test.describe.configure({ timeout: 120_000 })

type Seed = Awaited<ReturnType<typeof seedLedger>>

/** Enter (会计), review (审核) and post (会计) one voucher through the API. */
async function postVoucher(
  page: Page,
  seed: Seed,
  date: string,
  lines: { code: string; debit?: number; credit?: number; summary: string; fundNature?: string; spendType?: string }[],
) {
  const sh = await apiToken(page, SHENHE)
  const { id } = await apiOk<{ id: number }>(
    page,
    'vouchers.create',
    {
      ledgerId: seed.ledgerId,
      date,
      lines: lines.map((l) => ({
        accountId: seed.account(l.code),
        debit: l.debit ?? 0,
        credit: l.credit ?? 0,
        summary: l.summary,
        fundNature: l.fundNature ?? null,
        spendType: l.spendType ?? null,
      })),
    },
    seed.token,
  )
  await apiOk(page, 'vouchers.review', { ids: [id] }, sh)
  await apiOk(page, 'vouchers.post', { ids: [id] }, seed.token)
}

const spend = { fundNature: 'general', spendType: 'basic' }

test('银行对账：新增账户，导入对账单自动勾对，手工勾对金额相同的两笔，余额调节表相等并列出未达账项', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const seed = await seedLedger(page)
  await postVoucher(page, seed, '2026-03-05', [
    { code: '102', debit: 500_000, summary: '收取会费' },
    { code: '401', credit: 500_000, summary: '收取会费', fundNature: 'general' },
  ])
  for (const who of ['甲', '乙']) {
    await postVoucher(page, seed, '2026-03-10', [
      { code: '50105', debit: 30_000, summary: `慰问${who}`, ...spend },
      { code: '102', credit: 30_000, summary: `慰问${who}` },
    ])
  }
  await postVoucher(page, seed, '2026-03-20', [
    { code: '50105', debit: 120_000, summary: '支票购物', ...spend },
    { code: '102', credit: 120_000, summary: '支票购物' },
  ])
  await page.reload()

  await openLedgerTab(page, '银行对账')
  await page.getByRole('button', { name: '新增银行账户' }).click()
  const account = page.getByRole('dialog', { name: '新增银行账户' })
  await account.getByLabel('开户行').fill('工商银行某某支行')
  await account.getByLabel('账号').fill('1001234567890')
  await account.getByLabel('对账单期初余额（元）').fill('50,000.00')
  await account.getByRole('button', { name: exactly('保存') }).click()
  await expect(account).toBeHidden()

  await page.getByRole('button', { name: '导入对账单' }).click()
  const importing = page.getByRole('dialog', { name: /导入对账单/ })
  const csv = [
    '交易日期,摘要,收入金额,支出金额,余额,对方户名,对方账号,交易流水号',
    '2026-03-05,会费,5000.00,,55000.00,某某公司,6222000011112222,T1',
    '2026-03-11,慰问,,300.00,54700.00,某某超市,,T2',
    '2026-03-11,慰问,,300.00,54400.00,某某超市,,T3',
    '2026-03-31,结息,8.80,,54408.80,,,T4',
  ].join('\r\n')
  await importing.locator('input[type=file]').setInputFiles({ name: '三月对账单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await importing.getByRole('button', { name: exactly('导入') }).click()
  await expect(page.getByText('导入 4 行，跳过已导入 0 行，自动勾对 1 组')).toBeVisible()

  // The two 300.00 on each side are ambiguous: matched by hand, both at once.
  const statement = page.getByRole('table', { name: '银行对账单' })
  const book = page.getByRole('table', { name: '银行日记账' })
  await expect(statement.getByRole('row').filter({ hasText: '300.00' })).toHaveCount(2)
  for (const row of await statement.getByRole('row').filter({ hasText: '300.00' }).all()) await row.getByRole('checkbox').check()
  for (const row of await book.getByRole('row').filter({ hasText: '慰问' }).all()) await row.getByRole('checkbox').check()
  await expect(page.getByText('已选对账单 2 笔 合计 -600.00；日记账 2 笔 合计 -600.00')).toBeVisible()
  await page.getByRole('button', { name: exactly('勾对') }).click()
  await expect(page.getByText('已勾对 2 笔对账单与 2 笔日记账')).toBeVisible()
  await expect(statement.getByText('未达')).toHaveCount(1)
  await quietSnapshot(page, 'bank-match')

  await page.getByRole('tab', { name: '余额调节表' }).click()
  await expect(page.getByText('调节后余额相等')).toBeVisible()
  const table = page.getByRole('table', { name: '余额调节表' })
  await expect(table.getByRole('row').filter({ hasText: '银行对账单余额' })).toContainText('54,408.80')
  await expect(table.getByRole('row').filter({ hasText: '银行对账单余额' })).toContainText('53,200.00')
  await expect(table.getByRole('row').filter({ hasText: '调节后余额' })).toContainText('53,208.80')
  await expect(page.getByRole('row').filter({ hasText: '支票购物' })).toContainText('企业已付银行未付')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()])
  expect(download.suggestedFilename()).toBe('UnionDesk-银行存款余额调节表-JZ-102-2026-03.xlsx')
  await quietSnapshot(page, 'bank-reconciliation')

  // An account with a statement stays (the message says why); its 银行日记账 is its 102 leaf's book.
  await page.getByRole('button', { name: '删除账户' }).click()
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click()
  await expect(page.locator('.ant-message')).toContainText('已有4 行对账单')
  await page.getByRole('link', { name: '银行日记账' }).click()
  await expect(page).toHaveURL(/#\/reports\/journal\/2026-03\/2026-03\/102$/)
  await expect(page.getByText('科目：102 银行存款')).toBeVisible()
  await expect(page.getByRole('combobox', { name: '银行账户' })).toBeVisible()
  await quietSnapshot(page, 'bank-journal')
})

test('固定资产：购入生成一张凭证，计提折旧，台账与折旧计提表，记账后账实核对一致', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const seed = await seedLedger(page)
  await page.reload()
  await openLedgerTab(page, '固定资产')

  await page.getByRole('button', { name: '购入资产' }).click()
  const form = page.getByRole('dialog', { name: '购入固定资产' })
  await form.getByLabel('资产编号').fill('TY-2026-001')
  await form.getByLabel('资产名称').fill('台式电脑')
  await form.getByLabel('原值（元）').fill('800')
  await form.getByLabel('入账日期').fill('2026-03-10')
  await form.getByLabel('使用部门').fill('办公室')
  await form.getByRole('button', { name: exactly('保存') }).click()
  await expect(form).toContainText('低于通用设备的固定资产标准 1,000.00 元')
  await form.getByLabel('原值（元）').fill('7,200.00')
  await form.getByLabel('原值（元）').press('Enter')
  await expect(page.getByText('已登记 TY-2026-001，生成凭证 记-1（草稿，请审核记账）')).toBeVisible()

  await page.getByRole('button', { name: '计提折旧' }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: exactly('计提') })
    .click()
  await expect(page.getByText('已计提 1 项资产折旧 100.00 元，凭证 记-2（草稿，请审核记账）')).toBeVisible()
  const row = page.getByRole('table', { name: '资产台账' }).getByRole('row').filter({ hasText: 'TY-2026-001' })
  await expect(row).toContainText('7,100.00')
  await quietSnapshot(page, 'assets-register')

  await page.getByRole('tab', { name: '折旧计提表' }).click()
  await expect(page.getByText('通用设备：本月折旧 100.00 元')).toBeVisible()
  await page.getByRole('tab', { name: '账实核对' }).click()
  await expect(page.getByText('2026-03 资产台账与账簿不一致，请按下表核查')).toBeVisible()

  const sh = await apiToken(page, SHENHE)
  const ids = (await apiOk<{ rows: { id: number }[] }>(page, 'vouchers.search', { ledgerId: seed.ledgerId }, seed.token)).rows.map((r) => r.id)
  await apiOk(page, 'vouchers.review', { ids }, sh)
  await apiOk(page, 'vouchers.post', { ids }, seed.token)
  await page.getByRole('button', { name: '刷新' }).click()
  await expect(page.getByText('2026-03 资产台账与账簿一致')).toBeVisible()
  await quietSnapshot(page, 'assets-check')

  await page.getByRole('tab', { name: '资产台账' }).click()
  await row.getByRole('button', { name: '重估' }).click()
  const revalue = page.getByRole('dialog', { name: /资产重估/ })
  await revalue.getByLabel('重估日期').fill('2026-03-31')
  await revalue.getByLabel('重估后原值（元）').fill('8,400.00')
  await revalue.getByLabel('评估报告或批准文件').fill('沪评报字（2026）第 1 号')
  await revalue.getByRole('button', { name: '生成重估凭证' }).click()
  await expect(page.getByText('已生成重估凭证 记-3（草稿，请审核记账）')).toBeVisible()
  await expect(row).toContainText('8,400.00')

  await page.getByRole('button', { name: 'TY-2026-001' }).click()
  const drawer = page.getByRole('dialog', { name: /固定资产卡片/ })
  await expect(drawer.getByRole('row').filter({ has: page.getByRole('cell', { name: '2026-03', exact: true }) })).toContainText('记-2')
  await expect(drawer.getByRole('row').filter({ hasText: '重估' })).toContainText('原值 7,200.00 → 8,400.00')
  await quietSnapshot(page, 'assets-card')
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: '国有资产情况表' }).click()
  const state = page.getByRole('table', { name: '国有资产情况表' })
  await expect(state.getByRole('row').filter({ hasText: '资产总计' })).toBeVisible()
  await expect(page.getByText('本账套没有国有资产明细')).toBeVisible()
  await quietSnapshot(page, 'assets-state-report')
})
