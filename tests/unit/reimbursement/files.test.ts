import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { callAsync, loadWorkbook } from '../registry/registry-helpers'
import { claimsOffice, y } from './claims-helpers'

/** Exports and imports await (exceljs), so they go through router.call; returns the data or throws the message. */
async function callData<T>(o: { app: Parameters<typeof callAsync>[0] }, method: string, input: unknown, token: string): Promise<T> {
  const res = await callAsync(o.app, method, input, token)
  if (!res.ok) throw new Error(res.error.message)
  return res.data as T
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7])
const PDF = Buffer.from('%PDF-1.4\n%test\n')

describe('attachments', () => {
  it('are stored once under their SHA-256, listed, and read back', () => {
    const o = claimsOffice()
    const a = o.draft([o.line('10.00')]).id
    const b = o.draft([o.line('20.00')]).id
    const first = o.app.call('claims.attach', { claimId: a, fileName: '发票.png', content: PNG.toString('base64') }, o.t.clerk)
    const again = o.app.call('claims.attach', { claimId: b, fileName: '同一张.png', content: PNG.toString('base64') }, o.t.clerk)
    const sha = createHash('sha256').update(PNG).digest('hex')
    expect(first).toMatchObject({ fileName: '发票.png', mimeType: 'image/png', size: PNG.length, sha256: sha, uploadedBy: '甲报账员' })
    expect(again.sha256).toBe(sha)
    const path = join(o.app.dataDir, 'attachments', sha.slice(0, 2), sha)
    expect(readFileSync(path)).toEqual(PNG)
    const pdf = o.app.call('claims.attach', { claimId: a, fileName: '合同.pdf', content: PDF.toString('base64') }, o.t.clerk)
    expect(o.app.call('claims.get', { id: a }, o.t.kj).attachments.map((x) => x.fileName)).toEqual(['发票.png', '合同.pdf'])
    expect(o.app.call('claims.attachment', { id: pdf.id }, o.t.cn)).toEqual({ fileName: '合同.pdf', mimeType: 'application/pdf', content: PDF.toString('base64') })
    // Removing one claim's row keeps the file the other claim still uses.
    o.app.call('claims.detach', { id: first.id }, o.t.clerk)
    expect(existsSync(path)).toBe(true)
    expect(o.app.call('claims.attachment', { id: again.id }, o.t.clerk).content).toBe(PNG.toString('base64'))
  })

  it('refuses other file types, empty files and files over 10 MB with a Chinese message, writing nothing', () => {
    const o = claimsOffice()
    const id = o.draft([o.line('10.00')]).id
    const exe = o.app.fail('claims.attach', { claimId: id, fileName: '发票.jpg', content: Buffer.from('MZ\x90\x00').toString('base64') }, o.t.clerk)
    expect(exe.message).toBe('附件只能是 JPG、PNG、HEIC 照片或 PDF 文件')
    const big = Buffer.alloc(10 * 1024 * 1024 + 1)
    PNG.copy(big)
    expect(o.app.fail('claims.attach', { claimId: id, fileName: 'big.png', content: big.toString('base64') }, o.t.clerk).message).toContain('超过 10 MB')
    expect(o.app.fail('claims.attach', { claimId: id, fileName: 'a.png', content: '' }, o.t.clerk).code).toBe('VALIDATION')
    expect(o.app.call('claims.get', { id }, o.t.clerk).attachments).toEqual([])
    expect(existsSync(join(o.app.dataDir, 'attachments'))).toBe(false)
  })
})

describe('spending rules on claims', () => {
  it('a 禁止 finding blocks submit; a 警告 lets it through and is written into the history', () => {
    const o = claimsOffice()
    const card = o.draft([o.line('100.00', { eventType: '节日慰问', form: '购物卡' })])
    expect(o.app.fail('claims.submit', { id: card.id }, o.t.clerk).message).toContain('发放形式“购物卡”禁止使用')
    // The shipped example set applies: 生日 ≤ ¥400 per person (禁止).
    const cake = o.draft([o.line('400.01', { eventType: '生日', beneficiaries: 1 })])
    expect(o.app.fail('claims.submit', { id: cake.id }, o.t.clerk).message).toContain('示例标准：生日慰问每人不超过 400 元')
    const rules = o.app.call('rules.list', {}, o.t.kj).rules
    expect(rules.every((r) => r.isExample)).toBe(true)
    const birthday = rules.find((r) => r.eventType === '生日')!
    o.app.call('rules.save', { ...birthday, severity: 'warn' }, o.t.kj)
    o.app.call('claims.submit', { id: cake.id }, o.t.clerk)
    expect(o.app.call('claims.get', { id: cake.id }, o.t.clerk).events.at(-1)!.comment).toContain('警告：第 1 行：1 人共 ¥400.01')
    expect(o.app.fail('rules.save', { ...birthday, severity: 'warn' }, o.t.clerk).code).toBe('FORBIDDEN')
  })

  it('export and re-import round-trips the rules through Excel', async () => {
    const o = claimsOffice()
    const exported = await callData<{ content: string }>(o, 'rules.export', {}, o.t.kj)
    const sheet = (await loadWorkbook(exported.content)).worksheets[0]
    expect(sheet.getRow(3).getCell(8).value).toBe('限额类型')
    const birthdayRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(6).value === '生日')!
    expect(birthdayRow.getCell(9).value).toBe(400)
    birthdayRow.getCell(9).value = 300
    birthdayRow.getCell(2).value = '本街镇'
    birthdayRow.getCell(14).value = '否'
    const edited = Buffer.from(await sheet.workbook.xlsx.writeBuffer()).toString('base64')
    const before = o.app.call('rules.list', {}, o.t.kj).rules.length
    const result = await callData<{ rows: number; updated: number }>(o, 'rules.import', { fileName: '支出标准.xlsx', content: edited }, o.t.kj)
    expect(result).toMatchObject({ rows: before, updated: before, created: 0 })
    const birthday = o.app.call('rules.list', {}, o.t.kj).rules.find((r) => r.eventType === '生日')!
    expect(birthday).toMatchObject({ amount: y('300.00'), jurisdiction: '本街镇', isExample: false })
    const twoThirds = o.app.call('rules.list', {}, o.t.kj).rules.find((r) => r.limitKind === 'share_participants' && r.eventType === '文体奖励')!
    expect(twoThirds.shareBp).toBe(6667)
  })
})

describe('claims register', () => {
  it('filters, totals and exports the register; the workbook reads back with exceljs', async () => {
    const o = claimsOffice()
    o.draft([o.line('100.00')], o.t.clerk, { title: '春游' })
    const id = o.checked([o.line('250.50'), o.line('49.50')])
    o.app.call('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.t.cn)
    const all = o.app.call('claims.list', {}, o.t.kj)
    expect([all.count, all.total]).toEqual([2, y('400.00')])
    expect(o.app.call('claims.list', { status: 'paid' }, o.t.kj).total).toBe(y('300.00'))
    expect(o.app.call('claims.list', { text: '春游' }, o.t.kj).count).toBe(1)
    expect(o.app.call('claims.list', { from: '2026-11-25' }, o.t.kj).count).toBe(0)
    expect(o.app.call('claims.list', { from: '2026-11-24', to: '2026-11-24' }, o.t.kj).count).toBe(2)
    const { fileName, content } = await callData<{ fileName: string; content: string }>(o, 'claims.export', { ledgerId: o.ledgerId }, o.t.kj)
    expect(fileName).toBe('UnionDesk-报账登记簿.xlsx')
    const sheet = (await loadWorkbook(content)).worksheets[0]
    expect(sheet.getRow(1).getCell(1).value).toBe('报账登记簿')
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '报账单号',
      '日期',
      '账套',
      '工会组织',
      '事由',
      '状态',
      '付款方式',
      '明细',
      '附件',
      '金额（元）',
      '凭证号',
      '经办人',
    ])
    const paid = sheet.getRow(4)
    expect([paid.getCell(1).value, paid.getCell(6).value, paid.getCell(10).value, paid.getCell(11).value]).toEqual(['BX2026-0002', '已付款', 300, '记-1'])
    expect([sheet.getRow(6).getCell(1).value, sheet.getRow(6).getCell(10).value]).toEqual(['合计', 400])
  })
})
