import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { expect, sessionToken, test } from './fixtures'
import { KUAIJI, SHENHE, apiOk, apiToken, exactly, openLedgerTab, seedLedger, setupOffice, signIn, voucherRow } from './ledger-helpers'

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
