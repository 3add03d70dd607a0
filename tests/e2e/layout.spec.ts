import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, seedLedger, setupOffice, signIn, switchUser } from './ledger-helpers'

/**
 * Issue 16 point 7: every table of the main screens fits the usual office laptop (1366×768) without a
 * cut column — its headers wrap or show whole, a cut cell keeps its text as a tooltip, and a table wider
 * than the screen scrolls inside itself with its key column frozen. One screenshot per screen under
 * test-results/layout for a person to look at.
 */
test.use({ viewport: { width: 1366, height: 768 } })
test.setTimeout(240_000)

const SCREENS = [
  'home',
  'registry/overview',
  'registry/tree',
  'registry/enterprises',
  'registry/scorecard',
  'registry/worklists',
  'ledger/vouchers',
  'ledger/accounts',
  'ledger/projects',
  'ledger/opening',
  'ledger/bank',
  'ledger/assets',
  'ledger/closing',
  'ledger/ledgers',
  'reports/trial',
  'reports/general',
  'reports/journal',
  'reports/sequence',
  'reports/summary',
  'reports/balance',
  'reports/income',
  'budget/plan',
  'budget/table',
  'budget/execution',
  'budget/funding',
  'budget/transfers',
  'levy/register',
  'levy/report',
  'levy/arrears',
  'levy/rules',
  'reimbursement/claims',
  'reimbursement/rules',
]
/** The 系统管理员's own screens. */
const ADMIN_SCREENS = ['home', 'system/users', 'system/backup', 'system/audit']
const ADMIN = { username: 'admin', password: 'Admin12345', displayName: '王会计主管', roles: ['admin'] }

/**
 * What is cut on the screen: headers whose text overflows, tables wider than the window, scrolling tables
 * without a frozen key column, cut cells without a tooltip. Plain JavaScript run in the page (the e2e
 * project is compiled without the DOM types).
 */
const CLIPPED_ON_SCREEN = String.raw`(() => {
  const problems = []
  const width = document.documentElement.clientWidth
  const name = (el) => (el && el.textContent ? el.textContent.trim().slice(0, 20) : '') || '(空)'
  for (const table of document.querySelectorAll('.ant-table-wrapper')) {
    if (!table.offsetParent) continue
    const container = table.querySelector('.ant-table-container')
    if (!container) continue
    const first = name(table.querySelector('thead th'))
    const box = container.getBoundingClientRect()
    if (box.right > width + 1) problems.push('表格超出窗口 ' + Math.round(box.right - width) + 'px（首列：' + first + '）')
    const scroller = table.querySelector('.ant-table-content, .ant-table-body')
    const scrolls = scroller !== null && scroller.scrollWidth > scroller.clientWidth + 1
    if (scrolls && !table.querySelector('thead th.ant-table-cell-fix-left, thead th.ant-table-cell-fix-start'))
      problems.push('表格横向滚动但没有冻结首列（首列：' + first + '）')
    // The text's own box against the header cell's (a frozen column's shadow would fool scrollWidth).
    for (const th of table.querySelectorAll('thead th')) {
      const text = document.createRange()
      text.selectNodeContents(th)
      const cell = th.getBoundingClientRect()
      const words = text.getBoundingClientRect()
      if (words.width > 0 && (words.right > cell.right + 1 || words.left < cell.left - 1)) problems.push('表头被截断：' + name(th))
    }
    for (const td of table.querySelectorAll('tbody td.ant-table-cell-ellipsis')) {
      const inner = td.querySelector('.ant-table-cell-content') || td
      if (inner.scrollWidth > inner.clientWidth + 1 && !td.getAttribute('title') && !inner.getAttribute('title') && !td.querySelector('[title]'))
        problems.push('单元格被截断且没有提示：' + name(td))
    }
  }
  return problems
})()`

/** An office with a little of everything, so the tables have rows: a union tree, a 账套 with posted vouchers, a budget, a claim. */
async function seedOffice(page: Page) {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const { token, ledgerId, account } = await seedLedger(page)
  const admin = await apiToken(page, ADMIN)
  const street = (await apiOk<{ id: number }>(page, 'unions.save', { code: 'JZ', name: '某某街道总工会', type: 'street' }, admin)).id
  const xa = (
    await apiOk<{ id: number }>(page, 'unions.save', { code: 'XA', name: '甲片区工会联合会（含楼宇、园区企业）', type: 'xiaoerji', parentId: street, scope: 'regional' }, admin)
  ).id
  // The 账套 is the 街镇's, so 经费收缴 and 经费保障 show their tables.
  await apiOk(page, 'ledgers.update', { id: ledgerId, name: '某某街道总工会', unionId: street }, token)
  for (const name of ['上海某某精密机械制造有限公司', '某某物业管理服务有限公司第二分公司'])
    await apiOk(page, 'enterprises.save', { name, year: 2026, workers: 120, hasUnion: true, xiaoerjiId: xa }, admin)
  const reviewer = await apiToken(page, SHENHE)
  for (const [day, amount, summary] of [
    ['05', 80_000, '收取三月份会费（某某精密机械制造有限公司工会）'],
    ['12', 35_000, '支付会员生日慰问品'],
  ] as const) {
    const [debit, credit] = summary.startsWith('收') ? ['102', '401'] : ['50105', '102']
    const lines = [
      { summary, accountId: account(debit), debit: amount, ...(debit === '50105' ? { fundNature: 'general', spendType: 'basic' } : {}) },
      { summary, accountId: account(credit), credit: amount, ...(credit === '401' ? { fundNature: 'general' } : {}) },
    ]
    const { id } = await apiOk<{ id: number }>(page, 'vouchers.create', { ledgerId, date: `2026-03-${day}`, lines }, token)
    await apiOk(page, 'vouchers.review', { ids: [id] }, reviewer)
    await apiOk(page, 'vouchers.post', { ids: [id] }, token)
  }
  await apiOk(page, 'budget.create', { ledgerId, year: 2026, priorSurplus: 100000 }, token)
}

test('every main screen fits 1366×768: no cut column headers, wide tables scroll with a frozen key column', async ({ page }) => {
  await seedOffice(page)
  const folder = join(import.meta.dirname, '../../test-results/layout')
  mkdirSync(folder, { recursive: true })
  const found: string[] = []
  const visit = async (who: string, screens: string[]) => {
    for (const screen of screens) {
      await page.goto(`/#/${screen}`)
      await page.waitForLoadState('networkidle')
      await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0, { timeout: 15_000 })
      await page.screenshot({ path: join(folder, `${who}-${screen.replace('/', '-')}.png`), animations: 'disabled' })
      for (const problem of (await page.evaluate(CLIPPED_ON_SCREEN)) as string[]) found.push(`${screen}: ${problem}`)
    }
  }
  // The 会计 sees every section but 系统管理; the 系统管理员 sees that one.
  await visit('accountant', SCREENS)
  await switchUser(page, ADMIN)
  await visit('admin', ADMIN_SCREENS)
  expect(found).toEqual([])
})
