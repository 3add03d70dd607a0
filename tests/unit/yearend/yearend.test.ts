import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sofficeAvailable, sofficeCommand } from '../../../electron/core/excel/pdf'
import { verifyArchive } from '../../../electron/core/yearend/manifest'
import { basisPointsOf, formatPercent } from '../../../electron/shared/rate'
import { basicSpend, ln, postVoucher, type Office } from '../ledger/ledger-helpers'
import { callAsync, loadWorkbook } from '../registry/registry-helpers'
import { run } from '../cli/cli-helpers'
import { basic, budgetFor, office, y } from '../budget/budget-helpers'

const close = (o: Office, year: number, through = 12) => {
  for (let m = 1; m <= Math.min(through, 11); m++) o.app.call('periods.close', { ledgerId: o.ledgerId, period: `${year}-${String(m).padStart(2, '0')}` }, o.tokens.kj)
  if (through === 12) o.app.call('years.close', { ledgerId: o.ledgerId, year }, o.tokens.kj)
}

/** 2025: budget 401 12,000 / 501 5,000; posted 会费 10,000 and 职工活动 3,000 (+ a 1 元 名义金额 asset); year closed. */
function books() {
  const o = office('2025-01')
  const last = budgetFor(o, 2025)
  last.line('401', '12,000.00')
  last.line('501', '5,000.00', basic)
  last.approve()
  postVoucher(o, '2025-03-10', [ln(o, '102', '借', '10,000.00', '收会费'), ln(o, '401', '贷', '10,000.00', '收会费', { fundNature: 'general' })])
  postVoucher(o, '2025-04-10', [ln(o, '50101', '借', '3,000.00', '职工教育', basicSpend), ln(o, '102', '贷', '3,000.00')])
  close(o, 2025)
  const now = budgetFor(o, 2026, { priorSurplus: y('1,000.00') })
  now.line('401', '13,000.00', { notes: '会员人数增加' })
  const activity = now.line('501', '4,000.00', basic)
  return { o, now, activity }
}

describe('工会经费收支预算表', () => {
  it("takes 上年决算数 from last year's postings, 增减率 half up, and balances", () => {
    const { o } = books()
    const t = o.app.call('yearend.budgetTable', { ledgerIds: [o.ledgerId], year: 2026 }, o.tokens.kj)
    const dues = t.rows.find((r) => r.code === '401')!
    expect([dues.lastBudget, dues.lastActual, dues.budget, dues.change]).toEqual([y('12,000.00'), y('10,000.00'), y('13,000.00'), y('1,000.00')])
    expect(formatPercent(dues.rate)).toBe('8.33%')
    expect(dues.notes).toBe('会员人数增加')
    const spend = t.rows.find((r) => r.code === '501')!
    expect([spend.lastActual, spend.budget]).toEqual([y('3,000.00'), y('4,000.00')])
    expect(t.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['本年收入合计', '使用上年结余/结转', '（一）基本支出', '（二）项目支出', '本年支出合计', '收支差额']))
    expect(t.balance).toMatchObject({ ok: true, income: y('13,000.00'), priorSurplus: y('1,000.00'), expenditure: y('4,000.00'), difference: y('10,000.00') })
  })

  it('flags a budget whose expenditure exceeds income plus the surplus used', () => {
    const { o, now } = books()
    now.line('505', '11,000.00', basic)
    const t = o.app.call('yearend.budgetTable', { ledgerIds: [o.ledgerId], year: 2026 }, o.tokens.kj)
    expect(t.balance.ok).toBe(false)
    expect(t.balance.message).toContain('赤字 1,000.00 元')
  })

  it('rounds 执行率 half up to two places', () => {
    expect(formatPercent(basisPointsOf(2, 3))).toBe('66.67%')
    expect(formatPercent(basisPointsOf(1, 8))).toBe('12.50%')
    expect(formatPercent(basisPointsOf(100005, 10000000))).toBe('1.00%')
    expect(formatPercent(basisPointsOf(100500, 10000000))).toBe('1.01%')
  })

  it('prints the table and the 预算调整表 with titles, 编制单位, 单位：元 and A4 fit-to-width', async () => {
    const { o, now, activity } = books()
    now.approve()
    o.app.call(
      'budget.adjust',
      {
        budgetId: now.id,
        date: '2026-06-01',
        reason: '增加职工活动',
        approvedBody: 'committee',
        approvedOn: '2026-06-05',
        reviewedOn: '2026-06-03',
        lines: [{ budgetLineId: activity, amount: y('500.00') }],
      },
      o.tokens.kj,
    )
    for (const [method, input, title] of [
      ['yearend.exportBudgetTable', { ledgerIds: [o.ledgerId], year: 2026 }, '2026年工会经费收支预算表'],
      ['yearend.exportBudgetAdjustments', { ledgerId: o.ledgerId, year: 2026 }, '2026年预算调整表'],
    ] as const) {
      const res = await callAsync(o.app, method, input, o.tokens.kj)
      expect(res.ok).toBe(true)
      const wb = await loadWorkbook((res as { data: { content: string } }).data.content)
      const ws = wb.worksheets[0]
      expect(ws.getCell('A1').value).toBe(title)
      expect(String(ws.getCell('A2').value)).toContain('编制单位：')
      expect(ws.getRow(2).values.toString()).toContain('单位：元')
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '1:3' })
      if (method === 'yearend.exportBudgetAdjustments') {
        const row = ws.getRow(4).values as unknown[]
        expect(row.slice(1)).toEqual(['2026-06-01', '501', '职工活动支出', '基本支出 · 非专项', 4000, 500, 4500, '增加职工活动', '工会委员会', '2026-06-05', '2026-06-03'])
      }
    }
  })
})

describe('决算报告', () => {
  it('refuses a year not closed naming its open months, fills the 附注 from the books and drafts the 说明书', async () => {
    const { o } = books()
    close(o, 2026, 2)
    const refused = await callAsync(o.app, 'yearend.exportFinalAccounts', { ledgerIds: [o.ledgerId], year: 2026 }, o.tokens.kj)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error.message).toContain('未结账的月份：3月、4月、5月、6月、7月、8月、9月、10月、11月、12月')
    expect(o.app.fail('yearend.finalAccounts', { ledgerId: o.ledgerId, year: 2024 }, o.tokens.kj).message).toBe('账套 JZ 从 2025 年启用，没有 2024 年的账')
    const view = o.app.call('yearend.finalAccounts', { ledgerId: o.ledgerId, year: 2025 }, o.tokens.kj)
    expect(view.closed).toBe(true)
    expect(view.figures.position[0]).toBe('本年收入合计 10,000.00元，上年无可比数据；本年支出合计 3,000.00元，上年无可比数据；收支结余 7,000.00元。')
    expect(view.figures.position[1]).toContain('本年支出预算执行率 60.00%')
    expect(view.figures.items).toContain('102 银行存款：年初 0.00元，年末 7,000.00元，增减 7,000.00元。')
    expect(view.draft).toContain('本年收入 10,000.00元')
    expect(view.draft).toContain('其中职工活动支出占 100.00%')
    o.app.call('yearend.saveTexts', { ledgerId: o.ledgerId, year: 2025, texts: { ...view.texts, statement: '自定说明', notes: { ...view.texts.notes, other: '无' } } }, o.tokens.kj)
    expect(o.app.call('yearend.finalAccounts', { ledgerId: o.ledgerId, year: 2025 }, o.tokens.kj).texts.statement).toBe('自定说明')
    const res = await callAsync(o.app, 'yearend.exportFinalAccounts', { ledgerIds: [o.ledgerId], year: 2025 }, o.tokens.kj)
    expect(res.ok).toBe(true)
    const wb = await loadWorkbook((res as { data: { content: string } }).data.content)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['封面', '资产负债表', '收入支出表', '预算执行情况表', '收支明细', '资产情况', '附注', '财务情况说明书'])
  })
})

describe.skipIf(!sofficeAvailable())('年度归档', () => {
  it('writes a manifest that verify checks, catching a changed, a missing and an extra file; sealing stops regeneration', async () => {
    const { o } = books()
    const res = await callAsync(o.app, 'yearend.archive', { ledgerId: o.ledgerId, year: 2025 }, o.tokens.kj)
    expect(res.ok).toBe(true)
    const dir = join(o.app.dataDir, 'archives', 'JZ-2025')
    const good = await verifyArchive(dir)
    expect(good).toMatchObject({ ok: true, missing: [], extra: [], changed: [] })
    expect(good.checked).toBeGreaterThan(30)
    o.app.call('yearend.seal', { ledgerId: o.ledgerId, year: 2025 }, o.tokens.kj)
    // The CLI hands out the sealed archive as a zip, and verify passes on it (exit 0).
    const zip = join(o.app.dataDir, 'out.zip')
    const cli = (...args: string[]) => run('--data', o.app.dataDir, '--user', 'kj', ...args)
    expect((await cli('archive', '--ledger', 'JZ', '--year', '2025', '--out', zip)).code).toBe(0)
    expect(await cli('archive', 'verify', zip)).toMatchObject({ code: 0 })
    expect((await cli('export', 'budget-table', '--ledger', 'JZ', '--year', '2026', '--out', join(o.app.dataDir, 't.xlsx'))).code).toBe(0)
    expect((await cli('export', 'final-accounts', '--ledger', 'JZ', '--year', '2026', '--out', join(o.app.dataDir, 'f.xlsx'))).err).toContain('尚未年度结账')
    const sealed = await callAsync(o.app, 'yearend.exportFinalAccounts', { ledgerIds: [o.ledgerId], year: 2025 }, o.tokens.kj)
    expect(!sealed.ok && sealed.error.message).toContain('已于')
    expect(o.app.fail('yearend.unseal', { ledgerId: o.ledgerId, year: 2025, reason: '更正附注错字' }, o.tokens.kj).code).toBe('FORBIDDEN')
    const texts = o.app.call('yearend.finalAccounts', { ledgerId: o.ledgerId, year: 2025 }, o.tokens.kj).texts
    expect(o.app.fail('yearend.saveTexts', { ledgerId: o.ledgerId, year: 2025, texts }, o.tokens.kj).message).toContain('已于')
    expect(o.app.fail('yearend.unseal', { ledgerId: o.ledgerId, year: 2025, reason: '' }, o.app.adminToken).code).toBe('VALIDATION')
    o.app.call('yearend.unseal', { ledgerId: o.ledgerId, year: 2025, reason: '更正附注错字' }, o.app.adminToken)
    const log = o.app.call('audit.list', {}, o.app.adminToken) as { rows: { summary: string }[] }
    expect(log.rows.map((r) => r.summary)).toContain('解除 JZ 2025 年会计档案封存，原因：更正附注错字')
    o.app.call('yearend.saveTexts', { ledgerId: o.ledgerId, year: 2025, texts }, o.tokens.kj)

    appendFileSync(join(dir, '账簿/总账.xlsx'), 'x')
    rmSync(join(dir, '决算/决算报告.pdf'))
    writeFileSync(join(dir, '多余.txt'), 'x')
    const bad = await verifyArchive(dir)
    expect(bad).toMatchObject({ ok: false, changed: ['账簿/总账.xlsx'], missing: ['决算/决算报告.pdf'], extra: ['多余.txt'] })
    const failed = await cli('archive', 'verify', dir)
    expect(failed.code).toBe(1)
    expect(failed.out).toContain('已改动：账簿/总账.xlsx')
  }, 120_000)
})

describe.skipIf(!sofficeAvailable())('LibreOffice opens the year-end workbooks', () => {
  it('reads the title, 编制单位 and 单位：元 of each and checks A4 fit-to-width with repeated headers', async () => {
    const { o, now } = books()
    now.approve()
    const dir = join(o.app.dataDir, 'lo')
    mkdirSync(dir)
    const files: string[] = []
    for (const [name, method, input] of [
      ['budget', 'yearend.exportBudgetTable', { ledgerIds: [o.ledgerId], year: 2026 }],
      ['adjust', 'yearend.exportBudgetAdjustments', { ledgerId: o.ledgerId, year: 2026 }],
      ['final', 'yearend.exportFinalAccounts', { ledgerIds: [o.ledgerId], year: 2025 }],
      ['vouchers', 'yearend.printVouchers', { ledgerId: o.ledgerId, period: '2025-03' }],
    ] as const) {
      const res = await callAsync(o.app, method, input, o.tokens.kj)
      if (!res.ok) throw new Error(res.error.message)
      const content = (res.data as { content: string }).content
      const wb = await loadWorkbook(content)
      for (const ws of wb.worksheets) expect(ws.pageSetup, `${name} ${ws.name}`).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 })
      if (name !== 'vouchers') for (const ws of wb.worksheets) expect(ws.pageSetup.printTitlesRow, `${name} ${ws.name}`).toBe('1:3')
      files.push(join(dir, `${name}.xlsx`))
      writeFileSync(files.at(-1)!, Buffer.from(content, 'base64'))
    }
    // CSV of each first sheet, in UTF-8 (filter option 76), read back as LibreOffice sees the workbook.
    const profile = pathToFileURL(join(dir, 'profile')).href
    execFileSync(
      sofficeCommand(),
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, ...files],
      { timeout: 120_000 },
    )
    const csv = files.map((f) => readFileSync(f.replace(/\.xlsx$/, '.csv'), 'utf8'))
    expect(csv[0]).toContain('2026年工会经费收支预算表')
    expect(csv[1]).toContain('2026年预算调整表')
    expect(csv[2]).toContain('2025年度工会决算报告')
    for (const text of csv.slice(0, 3)) {
      expect(text).toContain('编制单位：某某街道总工会')
      expect(text).toContain('单位：元')
    }
    expect(csv[3]).toContain('会计凭证封面')
    expect(csv[3]).toContain('记-001 至')
  }, 120_000)
})
