import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sofficeAvailable } from '../../../electron/core/excel/pdf'
import type { Manifest } from '../../../electron/core/yearend/manifest'
import { claimsOffice } from '../reimbursement/claims-helpers'
import { callAsync } from '../registry/registry-helpers'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7])

describe.skipIf(!sofficeAvailable())('年度归档 with 报账', () => {
  it('files each claim attachment under its voucher, with its retention, and the manifest lists every kind of record', async () => {
    const o = claimsOffice()
    o.budgetLine('50105', '5,000.00')
    const { id } = o.draft([o.line('1,200.00')])
    o.app.call('claims.attach', { claimId: id, fileName: '发票.png', content: PNG.toString('base64') }, o.t.clerk)
    o.app.call('claims.submit', { id }, o.t.clerk)
    o.app.call('claims.approve', { id }, o.t.chair)
    o.app.call('claims.check', { id }, o.t.kj)
    const { label } = o.app.call('claims.pay', { id, date: '2026-03-10', creditAccountId: o.bank }, o.t.cn)
    for (let m = 1; m <= 11; m++) o.app.call('periods.close', { ledgerId: o.ledgerId, period: `2026-${String(m).padStart(2, '0')}` }, o.t.kj)
    o.app.call('years.close', { ledgerId: o.ledgerId, year: 2026 }, o.t.kj)

    const res = await callAsync(o.app, 'yearend.archive', { ledgerId: o.ledgerId, year: 2026 }, o.t.kj)
    expect(res.ok).toBe(true)
    const manifest = JSON.parse(readFileSync(join(o.app.dataDir, 'archives', 'XA-2026', 'manifest.json'), 'utf8')) as Manifest
    const attachment = manifest.files.find((f) => f.path.startsWith('附件/'))!
    expect(attachment.path).toMatch(new RegExp(`^附件/2026-03/${label.replace(/-0*/, '-0*')}/\\d+-发票\\.png$`))
    expect(attachment).toMatchObject({ retention: '30年', bytes: PNG.length })
    const byRetention = (r: string) => manifest.files.filter((f) => f.retention === r).map((f) => f.path)
    expect(byRetention('永久')).toEqual(['决算/决算报告.xlsx', '决算/决算报告.pdf', '清单.xlsx'])
    expect(byRetention('10年')).toHaveLength(24)
    expect(byRetention('30年')).toEqual(
      expect.arrayContaining(['凭证/2026-03 记账凭证.pdf', '账簿/总账.xlsx', '账簿/明细账.xlsx', '账簿/现金日记账.xlsx', '账簿/银行存款日记账.xlsx', '账簿/科目余额表.xlsx']),
    )
  }, 180_000)
})
