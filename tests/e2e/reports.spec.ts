import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, quietSnapshot, seedLedger, setupOffice, signIn } from './ledger-helpers'
import { pdfPages } from './pdf-text'

test.describe.configure({ timeout: 150_000 })

/** The 会计's 账套 with two posted vouchers in March 2026 (会费 in, 送温暖 out), then 账簿报表 opened. */
async function openReports(page: Page, more = 0): Promise<void> {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const { token, ledgerId, account } = await seedLedger(page)
  const reviewer = await apiToken(page, SHENHE)
  // `more` small receipts make the bank book run over several printed pages.
  const receipts = Array.from({ length: more }, (_, i) => ({
    date: '2026-03-20',
    lines: [
      { summary: `收取小组会费 第${i + 1}组`, accountId: account('102'), debit: 1000 + i },
      { summary: `收取小组会费 第${i + 1}组`, accountId: account('401'), credit: 1000 + i, fundNature: 'general' },
    ],
  }))
  const vouchers = [
    {
      date: '2026-03-10',
      lines: [
        { summary: '收取三月会费', accountId: account('102'), debit: 123456 },
        { summary: '收取三月会费', accountId: account('401'), credit: 123456, fundNature: 'general' },
      ],
    },
    {
      date: '2026-03-12',
      lines: [
        { summary: '送温暖慰问品', accountId: account('50405'), debit: 80000, fundNature: 'general', spendType: 'basic' },
        { summary: '送温暖慰问品', accountId: account('102'), credit: 80000 },
      ],
    },
    ...receipts,
  ]
  const ids: number[] = []
  for (const v of vouchers) ids.push((await apiOk<{ id: number }>(page, 'vouchers.create', { ledgerId, ...v }, token)).id)
  await apiOk(page, 'vouchers.review', { ids }, reviewer)
  await apiOk(page, 'vouchers.post', { ids }, token)

  await page.getByRole('menu', { name: '功能导航' }).getByRole('menuitem', { name: '账簿报表' }).click()
  await expect(page.getByRole('tab', { name: '科目余额表' })).toHaveAttribute('aria-selected', 'true')
}

test('科目余额表 → 明细账 → 凭证；导出 Excel；资产负债表的平衡检查；打印只留报表', async ({ page }) => {
  await openReports(page)

  // 科目余额表: 102 opens at 50,000.00, takes 1,234.56 in and 800.00 out, ends at 50,434.56.
  const bank = page.getByRole('row').filter({ has: page.getByRole('button', { name: '102', exact: true }) })
  await expect(bank).toContainText('50,000.00')
  await expect(bank).toContainText('1,234.56')
  await expect(bank).toContainText('800.00')
  await expect(bank).toContainText('50,434.56')
  await expect(page.getByText('通过：期末余额借方 = 贷方')).toBeVisible()
  await expect(page.getByText('编制单位：某某街道总工会')).toBeVisible()
  await quietSnapshot(page, 'reports-trial-balance')

  // 导出 Excel: money as numbers in #,##0.00 under a merged title.
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()])
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(await exported.path())
  const sheet = book.worksheets[0]
  expect(sheet.getCell('A1').value).toBe('科目余额表')
  expect(sheet.model.merges.some((m) => m.startsWith('A1:'))).toBe(true)
  let bankRow: ExcelJS.Row | undefined
  sheet.eachRow((row) => {
    if (row.getCell(1).value === '102') bankRow = row
  })
  expect(bankRow, '102 in the export').toBeDefined()
  const closing = bankRow!.getCell(9)
  expect(closing.value).toBe(50434.56)
  expect(closing.numFmt).toBe('#,##0.00')
  // The export's progress notice would cover the screenshots below.
  await page.locator('.ant-notification-notice-close').click()

  // 辅助核算 filter: 非专项 keeps the tagged 401 and 50405 lines, no balances, no export of a partial table.
  await page.getByRole('combobox', { name: '资金性质' }).click()
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^非专项$/ })
    .click()
  await expect(page.getByRole('heading', { name: '科目余额表（非专项）' })).toBeVisible()
  await expect(page.getByText('期初余额不分项目和资金性质')).toBeVisible()
  await expect(page.getByRole('row').filter({ has: page.getByRole('button', { name: '50405', exact: true }) })).toContainText('800.00')
  await expect(page.getByRole('button', { name: '102', exact: true })).toBeHidden()
  await expect(page.getByRole('columnheader', { name: '期初余额' })).toBeHidden()
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeVisible()
  await quietSnapshot(page, 'reports-trial-balance-filtered')
  await page.getByRole('combobox', { name: '资金性质' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').hover()
  await page.locator('.ant-select-clear').click()
  await expect(bank).toContainText('50,434.56')

  // Drill-down: the account code opens its 明细账 for the same months, and a 凭证字号 opens the voucher.
  await bank.getByRole('button', { name: '102', exact: true }).click()
  await expect(page.getByRole('tab', { name: '明细账', exact: true })).toHaveAttribute('aria-selected', 'true')
  await expect(page).toHaveURL(/#\/reports\/detail\/2026-03\/2026-03\/102$/)
  await expect(page.getByText('科目：102 银行存款')).toBeVisible()
  for (const text of ['期初余额', '收取三月会费', '送温暖慰问品', '本月合计', '本年累计']) await expect(page.getByRole('cell', { name: text }).first()).toBeVisible()
  await quietSnapshot(page, 'reports-detail-ledger')
  await page.getByRole('button', { name: '记-1', exact: true }).click()
  const voucher = page.getByRole('dialog')
  await expect(voucher).toContainText('记账凭证')
  await expect(voucher).toContainText('合计（大写）：壹仟贰佰叁拾肆元伍角陆分')
  await page.keyboard.press('Escape')
  await expect(voucher).toBeHidden()

  // 工会01表: balanced, and it says the month's income and expenditure are not yet carried over.
  await page.getByRole('tab', { name: '资产负债表' }).click()
  await expect(page.getByText('通过：期末：资产总计 = 负债与净资产总计')).toBeVisible()
  await expect(page.getByText('工会01表')).toBeVisible()
  await expect(page.getByText(/尚有未结转的收支/)).toBeVisible()
  // 货币资金 50,434.56 drills down to 101 and 102.
  await page.locator('.ud-drill').filter({ hasText: '50,434.56' }).first().click()
  await expect(page.getByRole('menuitem', { name: /102 银行存款 明细账/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await quietSnapshot(page, 'reports-balance-sheet')

  // 打印: only the report is on paper — no side menu, no header, no buttons; the signature line appears.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('menu', { name: '功能导航' })).toBeHidden()
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeHidden()
  await expect(page.getByText('经审会主任：')).toBeVisible()
  await page.screenshot({ path: 'tests/e2e/artifacts/reports-balance-sheet-print.png', fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByText('经审会主任：')).toBeHidden()

  // 工会02表 and the 汇总 render for the same month.
  await page.getByRole('tab', { name: '收入支出表' }).click()
  await expect(page.getByRole('row').filter({ hasText: '（一）会费收入' })).toContainText('1,234.56')
  await quietSnapshot(page, 'reports-income-statement')
  await page.getByRole('tab', { name: '汇总报表' }).click()
  await expect(page.getByRole('row').filter({ hasText: '银行存款' })).toContainText('50,434.56')
  await quietSnapshot(page, 'reports-group')
  await page.getByRole('tab', { name: '日记账' }).click()
  await expect(page.getByRole('row').filter({ hasText: '送温暖慰问品' })).toContainText('维权支出')
  await quietSnapshot(page, 'reports-bank-journal')
  // A book on paper: A4 landscape is about 1,050 px wide inside its margins; every column must fit.
  await page.setViewportSize({ width: 1050, height: 700 })
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('columnheader', { name: '余额' })).toBeInViewport()
  await page.screenshot({ path: 'tests/e2e/artifacts/reports-bank-journal-print.png', fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await page.getByRole('tab', { name: '科目余额表' }).click()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('columnheader', { name: '期末余额' })).toBeInViewport()
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0)
  await page.screenshot({ path: 'tests/e2e/artifacts/reports-trial-balance-print.png', fullPage: true, animations: 'disabled' })
})

test('总账、多栏式（拼音检索科目）、序时账、辅助核算余额表和年报', async ({ page }) => {
  await openReports(page)

  await page.getByRole('tab', { name: '总账' }).click()
  const bankMonth = page.getByRole('row').filter({ hasText: '本月合计' }).filter({ hasText: '50,434.56' })
  await expect(bankMonth).toContainText('1,234.56')
  await quietSnapshot(page, 'reports-general-ledger')

  // 多栏式: the expenditure account is found by its 助记码, one column per 二级科目.
  await page.getByRole('tab', { name: '多栏式明细账' }).click()
  await page.getByRole('combobox', { name: '科目', exact: true }).fill('WQZC')
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^504 维权支出$/ })
    .click()
  await expect(page).toHaveURL(/#\/reports\/multi\/2026-03\/2026-03\/504$/)
  await expect(page.getByRole('columnheader', { name: /50405/ })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: '送温暖慰问品' })).toContainText('800.00')
  await quietSnapshot(page, 'reports-multi-column')
  const [multi] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()])
  expect(multi.suggestedFilename()).toMatch(/^UnionDesk-多栏式明细账-504-/)
  const multiBook = new ExcelJS.Workbook()
  await multiBook.xlsx.readFile(await multi.path())
  const multiSheet = multiBook.worksheets[0]
  expect(multiSheet.getCell('A1').value).toBe('多栏式明细账：504 维权支出')
  expect(multiSheet.getRow(4).getCell(3).value).toBe('送温暖慰问品')
  expect(multiSheet.getRow(4).getCell(4).value).toBe(800)

  await page.getByRole('tab', { name: '序时账' }).click()
  await expect(page.getByText('共 4 行')).toBeVisible()
  await page.getByRole('tab', { name: '辅助核算余额表' }).click()
  await page.getByText('按资金性质（专项/非专项）').click()
  await expect(page.getByRole('row').filter({ hasText: '会费收入' })).toContainText('非专项')
  await quietSnapshot(page, 'reports-aux-balance')

  // The annual 02表 ties to the year-end 01表.
  await page.getByRole('tab', { name: '收入支出表' }).click()
  await page.getByText('年报（本年数/上年数）').click()
  await expect(page.getByText('2026年度')).toBeVisible()
  await expect(page.getByText(/年末资金结转结余 = 01表年末/)).toBeVisible()
  await quietSnapshot(page, 'reports-income-annual')
})

test('明细账 and 总账 beside the 科目树: click an account, ↓/↑ move to the next/previous one and the book follows (1366×768)', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openReports(page)
  await page.getByRole('tab', { name: '明细账', exact: true }).click()
  const tree = page.getByRole('navigation', { name: '科目树' })
  const subject = page.locator('.ud-report-subject')

  await tree.getByText('102 银行存款', { exact: true }).click()
  await expect(subject).toHaveText('科目：102 银行存款')
  await expect(page.getByRole('cell', { name: '收取三月会费' })).toBeVisible()
  await expect(page).toHaveURL(/#\/reports\/detail\/2026-03\/2026-03\/102$/)
  // The next account shown in the tree: ↓ opens its book.
  const next = await tree.locator('.ant-tree-treenode-selected + .ant-tree-treenode .ant-tree-title').textContent()
  expect(next).toMatch(/^1\d\d /)
  await page.keyboard.press('ArrowDown')
  await expect(subject).toHaveText(`科目：${next!.replace(/^(\d+) /, '$1 ')}`)
  await expect(page.getByRole('cell', { name: '收取三月会费' })).toBeHidden()
  await expect(tree.locator('.ant-tree-treenode-selected')).toHaveText(next!)
  await quietSnapshot(page, 'reports-detail-tree', { fullPage: false })
  await page.keyboard.press('ArrowUp')
  await expect(subject).toHaveText('科目：102 银行存款')
  await expect(page.getByRole('cell', { name: '收取三月会费' })).toBeVisible()

  // Search by 助记码 or code: the hit shows under its parent; clicking it opens its book.
  await tree.getByLabel('搜索科目').fill('50405')
  await expect(tree.getByText('504 维权支出')).toBeVisible()
  await tree.getByText(/^50405 /).click()
  await expect(subject).toContainText('科目：50405')
  await expect(page.getByRole('cell', { name: '送温暖慰问品' })).toBeVisible()
  // In the search field the arrows stay with the field.
  await tree.getByLabel('搜索科目').press('ArrowUp')
  await expect(subject).toContainText('科目：50405')

  // 总账: the tree holds the level-1 accounts; one account's 总账, ↓ the next, and back to all.
  await page.getByRole('tab', { name: '总账', exact: true }).click()
  const generalTree = page.getByRole('navigation', { name: '科目树' })
  await expect(page.getByRole('row').filter({ hasText: '本年累计' }).first()).toBeVisible()
  await generalTree.getByText('102 银行存款', { exact: true }).click()
  await expect(page.getByRole('button', { name: '102', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: '401', exact: true })).toBeHidden()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('button', { name: '102', exact: true })).toBeHidden()
  await expect(generalTree.locator('.ant-tree-treenode-selected')).toHaveText(/^1\d\d /)
  await generalTree.getByRole('button', { name: '显示全部科目' }).click()
  await expect(page.getByRole('button', { name: '401', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: '102', exact: true })).toBeVisible()
  await quietSnapshot(page, 'reports-general-tree', { fullPage: false })
})

/** The page as printed (print stylesheet, printing mode as printPage sets it), read back from Chromium's PDF. */
async function printedPdf(page: Page, name: string) {
  await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`)
  await page.emulateMedia({ media: 'print' })
  const path = join(import.meta.dirname, 'artifacts', `${name}.pdf`)
  const pages = await pdfPages(await page.pdf({ path, preferCSSPageSize: true, printBackground: true }))
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`)
  return pages
}

test('打印 for the 档案: 工会01表 with 行次 and its full header, a long book landscape with its header row and 第 x 页 共 y 页 on every page', async ({ page }) => {
  await openReports(page, 45)
  await page.getByRole('tab', { name: '资产负债表' }).click()
  await expect(page.getByText('工会01表')).toBeVisible()
  // The frame (title, 表号) is drawn before the figures arrive: print what the clerk sees once they are in.
  await expect(page.getByText('2026年3月31日')).toBeVisible()
  const [sheet, ...rest] = await printedPdf(page, 'print-balance-sheet')
  expect(rest).toHaveLength(0)
  expect([sheet.widthMm, sheet.heightMm]).toEqual([210, 297])
  expect(sheet.text).toMatch(/资\s*产\s*负\s*债\s*表/)
  for (const text of ['编制单位：某某街道总工会', '2026年3月31日', '工会01表', '单位：元', '行次', '年初余额', '期末余额', '负债和净资产', '工会主席：', '第 1 页 共 1 页'])
    expect(sheet.text, text).toContain(text)

  await page.getByRole('tab', { name: '明细账', exact: true }).click()
  await page.getByRole('navigation', { name: '科目树' }).getByText('102 银行存款', { exact: true }).click()
  await expect(page.getByRole('cell', { name: '收取小组会费 第45组' })).toBeAttached()
  const book = await printedPdf(page, 'print-detail-ledger')
  expect(book.length).toBeGreaterThanOrEqual(2)
  book.forEach((p, i) => {
    expect([p.widthMm, p.heightMm], `page ${i + 1} is A4 landscape`).toEqual([297, 210])
    for (const header of ['日期', '凭证字号', '摘要', '借方', '贷方', '方向', '余额']) expect(p.text, `page ${i + 1} repeats the header row: ${header}`).toContain(header)
    expect(p.text).toContain(`第 ${i + 1} 页 共 ${book.length} 页`)
  })
  expect(book[0].text).toContain('编制单位：某某街道总工会')
  expect(book.at(-1)!.text).toContain('收取小组会费 第45组')
  expect(book.map((p) => p.text).join('')).not.toContain('科目树')
})
