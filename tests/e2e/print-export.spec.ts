import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { ADMIN, expect, sessionToken, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, exactly, openLedgerTab, seedLedger, setupOffice, signIn, voucherRow } from './ledger-helpers'
import { pdfPages } from './pdf-text'

test.describe.configure({ timeout: 120_000 })

test('凭证打印只印凭证纸；导出的账簿在浏览器中以中文文件名下载一次', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const { token, ledgerId, account } = await seedLedger(page)
  const { id } = await apiOk<{ id: number }>(
    page,
    'vouchers.create',
    {
      ledgerId,
      date: '2026-03-10',
      attachments: 1,
      lines: [
        { summary: '收取三月会费', accountId: account('102'), debit: 123456 },
        { summary: '收取三月会费', accountId: account('401'), credit: 123456, fundNature: 'general' },
      ],
    },
    token,
  )
  await apiOk(page, 'vouchers.review', { ids: [id] }, await apiToken(page, SHENHE))
  await apiOk(page, 'vouchers.post', { ids: [id] }, token)

  // 打印 in the voucher view: the browser's print dialog, with the voucher-only print stylesheet on.
  await openLedgerTab(page, '凭证管理')
  await voucherRow(page, '记-1')
    .getByRole('button', { name: exactly('查看') })
    .click()
  const view = page.getByRole('dialog')
  await expect(view).toContainText('合计（大写）：壹仟贰佰叁拾肆元伍角陆分')
  // The browser's print dialog cannot be driven; record what the page looked like when it opened.
  // What the paper gets: only the 金额线 voucher (the app is hidden by the print stylesheet), as printing saw it.
  await page.evaluate(`window.print = () => {
    document.body.dataset.printedWith = document.body.className
    document.body.dataset.printedText = document.querySelector('.ud-voucher-print').textContent
    document.body.dataset.rootShown = String(getComputedStyle(document.getElementById('root')).display !== 'none')
  }`)
  await view.getByRole('button', { name: /打\s?印/ }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed-with', /ud-print-vouchers/)
  await expect(page.locator('body')).toHaveAttribute('data-printed-text', /记账凭证.*合计（大写）：壹仟贰佰叁拾肆元伍角陆分.*记账：李会计/)
  await expect(page.locator('body')).not.toHaveClass(/ud-print-vouchers/)
  await expect(page.locator('.ud-voucher-print')).toHaveCount(0)

  // Export: the core writes the file; the browser fetches it once by a plain link, as download.ts does.
  const session = await sessionToken(page)
  const exported = await apiOk<{ download: string; fileName: string }>(
    page,
    'reports.export',
    { report: 'detail-ledger', ledgerIds: [ledgerId], from: '2026-03', to: '2026-03', accountCode: '102' },
    session,
  )
  const href = `/api/exports/${exported.download}?token=${encodeURIComponent(session)}`
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(`Object.assign(document.createElement('a'), { href: ${JSON.stringify(href)}, download: ${JSON.stringify(exported.fileName)} }).click()`),
  ])
  expect(download.suggestedFilename()).toBe('UnionDesk-明细账-102-JZ-2026-03.xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ExcelJS.Buffer)
  const ws = workbook.worksheets[0]
  expect(ws.getCell('A1').value).toBe('明细账：102 银行存款')
  expect(ws.getCell('D5').value).toBe(1234.56)
  expect(ws.getCell('D5').numFmt).toBe('#,##0.00')
  // Fetched once: a second request finds nothing.
  const again = await page.request.get(`/api/exports/${exported.download}?token=${encodeURIComponent(session)}`)
  expect(again.status()).toBe(404)
})

/** What 打印所选 sent to paper, as Chromium's PDF of it: the print container and its @page rule are kept when printing returns. */
async function printSelected(page: Page, layout: string, name: string) {
  await page.evaluate(`document.querySelectorAll('.kept-print').forEach((el) => el.remove())
    window.print = () => {
      const host = document.querySelector('.ud-voucher-print').cloneNode(true)
      const style = [...document.querySelectorAll('style')].at(-1).cloneNode(true)
      host.classList.add('kept-print')
      style.classList.add('kept-print')
      document.body.append(host, style)
    }`)
  await page.getByLabel('凭证打印版式').click()
  await page.locator('.ant-select-item-option').filter({ hasText: layout }).click()
  await page.getByRole('button', { name: '打印所选' }).click()
  const kept = page.locator('div.kept-print')
  await expect(kept).toBeAttached()
  await page.evaluate(`document.body.classList.add('ud-print-vouchers')`)
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: join(import.meta.dirname, 'artifacts', `${name}.png`), fullPage: true })
  const pages = await pdfPages(await page.pdf({ path: join(import.meta.dirname, 'artifacts', `${name}.pdf`), preferCSSPageSize: true, printBackground: true }))
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(`document.body.classList.remove('ud-print-vouchers')`)
  return { kept, pages }
}

test('打印所选: 金额线 vouchers two to an A4 sheet or one per 凭证纸 A5, with 制单/审核/记账/出纳 filled in', async ({ page }) => {
  await setupOffice(page)
  await signIn(page, KUAIJI)
  const { token, ledgerId, account } = await seedLedger(page)
  const ids: number[] = []
  // Days in the order the vouchers are made (an object would put '17' first: it reads as an array index).
  const amounts = new Map([
    ['03', 150_000],
    ['09', 26_800],
    ['17', 3_005],
  ])
  for (const [day, fen] of amounts) {
    const lines = [
      { summary: `付慰问款 3月${day}日`, accountId: account('50405'), debit: fen, fundNature: 'general', spendType: 'basic' },
      { summary: `付慰问款 3月${day}日`, accountId: account('102'), credit: fen },
    ]
    ids.push((await apiOk<{ id: number }>(page, 'vouchers.create', { ledgerId, date: `2026-03-${day}`, lines }, token)).id)
  }
  const admin = await apiToken(page, { ...ADMIN, roles: [] })
  await apiOk(page, 'users.create', { username: 'chuna', displayName: '陈出纳', password: 'Chuna2026ok', assignments: [{ role: 'cashier' }] }, admin)
  await apiOk(page, 'vouchers.review', { ids }, await apiToken(page, SHENHE))
  await apiOk(page, 'vouchers.cashierSign', { ids }, await apiToken(page, { username: 'chuna', password: 'Chuna2026ok', displayName: '陈出纳', roles: [] }))
  await apiOk(page, 'vouchers.post', { ids }, token)

  await openLedgerTab(page, '凭证管理')
  for (const label of ['记-1', '记-2', '记-3']) await voucherRow(page, label).getByRole('checkbox').check()

  const two = await printSelected(page, 'A4，每页两张', 'print-vouchers-a4-two')
  await expect(two.kept.locator('section.ud-al-voucher')).toHaveCount(3)
  for (const section of await two.kept.locator('section.ud-al-voucher').all()) {
    await expect(section.locator('.ud-al-signatures')).toHaveText(/主管：\s*记账：李会计\s*审核：张审核\s*出纳：陈出纳\s*制单：李会计/)
    await expect(section.locator('th').filter({ hasText: '亿' })).toHaveCount(2)
  }
  // 1,500.00 under 千百十元角分 of the 借方 columns, ￥ before it.
  expect((await two.kept.locator('tbody tr').first().locator('td.ud-al-digit').allTextContents()).slice(0, 11).join('')).toBe('￥150000')
  expect(two.pages.map((p) => [p.widthMm, p.heightMm])).toEqual([
    [210, 297],
    [210, 297],
  ])
  expect(two.pages[0].text).toContain('记字第 1 号')
  expect(two.pages[0].text).toContain('记字第 2 号')
  expect(two.pages[1].text).toContain('记字第 3 号')
  expect(two.pages[1].text).toContain('合计（大写）：叁拾元零伍分')
  for (const p of two.pages) expect(p.text).toContain('出纳：陈出纳')
  // A voucher is numbered by its 字号, not by a page footer.
  expect(two.pages[0].text).not.toContain('第 1 页 共')

  const a5 = await printSelected(page, '凭证纸 A5', 'print-vouchers-a5')
  expect(a5.pages.map((p) => [p.widthMm, p.heightMm])).toEqual([
    [210, 148],
    [210, 148],
    [210, 148],
  ])
  a5.pages.forEach((p, i) => {
    expect(p.text).toContain(`记字第 ${i + 1} 号`)
    expect(p.text).toMatch(/记账：李会计\s*审核：张审核\s*出纳：陈出纳\s*制单：李会计/)
  })
})
