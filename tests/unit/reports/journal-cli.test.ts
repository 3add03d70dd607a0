import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { NO_SOFFICE, sofficeAvailable } from '../../../electron/core/excel/pdf'
import { run } from '../cli/cli-helpers'
import { januaryBooks, office, y } from '../ledger/ledger-helpers'
import { groupBooks } from './report-helpers'

/** A minimal hledger reader: postings `    <account>  <amount> CNY` under `date * description` lines. */
function parseJournal(text: string) {
  const totals = new Map<string, number>()
  const transactions: number[] = []
  for (const line of text.split('\n')) {
    if (/^\d{4}-\d{2}-\d{2} \* /.test(line)) transactions.push(0)
    const m = /^ {4}(\S.*?) {2,}(-?\d+\.\d{2}) CNY$/.exec(line)
    if (!m) continue
    const fen = y(m[2])
    const code = m[1].split(':').at(-1)!.split(' ')[0]
    totals.set(code, (totals.get(code) ?? 0) + fen)
    transactions[transactions.length - 1] += fen
  }
  return { totals, transactions }
}

describe('uniondesk export (books, statements, journal)', () => {
  it('writes a journal that parses back to the trial balance, one balanced transaction per voucher', async () => {
    const o = office()
    januaryBooks(o)
    o.app.core.close()
    const out = join(o.app.dataDir, 'jz.journal')
    expect(await run('--data', o.app.dataDir, 'export', 'journal', '--ledger', 'JZ', '--out', out)).toMatchObject({ code: 0, out: `已导出 JZ 的 5 张凭证到 ${out}` })
    const text = readFileSync(out, 'utf8')
    expect(text).toContain('2026-01-05 * 记-1 收取会费  ; voucherId:')
    expect(text).toContain('    资产:102 银行存款  5000.00 CNY')
    expect(text).toContain('    支出:504 维权支出:50404 困难职工帮扶支出  15000.00 CNY')
    const { totals, transactions } = parseJournal(text)
    expect(transactions).toHaveLength(6) // 期初余额 + 5 vouchers
    expect(transactions.every((t) => t === 0)).toBe(true)
    const app = o.app.reopen()
    const token = app.call('auth.login', { username: 'kj', password: 'Test2026ok' }).token
    const trial = app.call('balances.trial', { ledgerId: o.ledgerId, from: '2026-01', to: '2026-01' }, token)
    for (const row of trial.rows.filter((r) => !trial.rows.some((c) => c.code !== r.code && c.code.startsWith(r.code)))) {
      expect(totals.get(row.code) ?? 0, row.code).toBe(row.closingDebit - row.closingCredit)
    }
  })

  it('exports a report and a 汇总 to xlsx, and explains a bad call', async () => {
    const { o } = groupBooks()
    o.app.core.close()
    const d = (...argv: string[]) => run('--data', o.app.dataDir, ...argv)
    const file = join(o.app.dataDir, 'bs.xlsx')
    expect(await d('export', 'balance-sheet', '--ledger', 'JZ,X1', '--period', '2026-01', '--out', file)).toMatchObject({
      code: 0,
      out: `已导出 资产负债表-汇总-2026-01（22 行）到 ${file}`,
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['资产负债表', '内部往来抵销'])
    // 资产 | 行次 | 年初余额 | 期末余额: 货币资金's 期末 in D4 since the 行次 column
    expect(workbook.worksheets[0].getCell('D4').value).toBe(134500)

    const book = join(o.app.dataDir, 'book.xlsx')
    expect((await d('export', 'detail-ledger', '--ledger', 'JZ', '--period', '2026', '--account', '102', '--out', book)).code).toBe(0)
    await workbook.xlsx.load(readFileSync(book) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets[0].getCell('A1').value).toBe('明细账：102 银行存款')
    expect((await d('export', 'multi-column', '--ledger', 'JZ', '--period', '2026-01', '--out', book)).err).toContain('多栏式明细账请指定 501–510 的一级支出科目')
    expect((await d('export', 'multi-column', '--ledger', 'JZ', '--period', '2026-01', '--account', '504', '--out', book)).code).toBe(0)
    await workbook.xlsx.load(readFileSync(book) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets[0].getCell('A1').value).toBe('多栏式明细账：504 维权支出')
    expect((await d('export', 'cash-journal', '--ledger', 'all', '--period', '2026-01', '--out', book)).err).toBe(
      '错误：只有 trial-balance、balance-sheet、income-statement 可以汇总多个账套',
    )
    expect((await d('export', 'trial-balance', '--ledger', 'NOPE', '--period', '2026-01', '--out', book)).err).toContain('账套编码“NOPE”不存在')
    expect((await d('export', 'trial-balance', '--ledger', 'JZ', '--period', '2026-13', '--out', book)).code).toBe(1)
  })

  it('exports to PDF through LibreOffice, and says what to install when it is missing', { timeout: 120_000 }, async () => {
    const o = office()
    januaryBooks(o)
    o.app.core.close()
    const pdf = join(o.app.dataDir, '科目余额表.pdf')
    const d = (...argv: string[]) => run('--data', o.app.dataDir, 'export', 'trial-balance', '--ledger', 'JZ', '--period', '2026-01', '--out', pdf, ...argv)
    const saved = process.env.SOFFICE
    try {
      process.env.SOFFICE = '/nonexistent/soffice'
      expect((await d()).err).toBe(`错误：${NO_SOFFICE}`)
      expect(existsSync(pdf)).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.SOFFICE
      else process.env.SOFFICE = saved
    }
    if (!sofficeAvailable()) return
    expect((await d()).code).toBe(0)
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
