import { describe, expect, it } from 'vitest'
import { duplicateReport } from '../../../electron/core/reimbursement/duplicates'
import { claimsOffice } from './claims-helpers'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]).toString('base64')
const PAPER = { invoiceCode: '031002300111', invoiceNo: '12345678' }
const DIGITAL = { invoiceNo: '24312000000012345678' }

describe('发票查重', () => {
  it('refuses on submit an invoice another live claim carries, naming that claim (paper and 全电)', () => {
    for (const invoice of [PAPER, DIGITAL]) {
      const o = claimsOffice()
      const first = o.draft([o.line('100.00', invoice)])
      // A draft claims nothing yet: the second draft with the same invoice may still be saved…
      const second = o.draft([o.line('50.00'), o.line('80.00', invoice)])
      o.app.call('claims.submit', { id: first.id }, o.t.clerk)
      // …but not submitted once the first is.
      const refused = o.app.fail('claims.submit', { id: second.id }, o.t.clerk)
      expect(refused.code).toBe('CONFLICT')
      expect(refused.message).toContain(`第 2 行`)
      expect(refused.message).toContain(`已在报账单 ${first.number} 中报销`)
      expect(refused.fields).toEqual({ 'lines.1.invoiceNo': `已在报账单 ${first.number} 中报销` })
      expect(o.app.call('claims.get', { id: second.id }, o.t.clerk).status).toBe('draft')
      expect(o.app.call('claims.get', { id: second.id }, o.t.clerk).findings.map((f) => f.severity)).toEqual(['block'])
    }
  })

  it('the same number under another 发票代码 is another invoice, and a reversed claim frees its invoice', () => {
    const o = claimsOffice()
    const id = o.checked([o.line('100.00', PAPER)])
    const other = o.draft([o.line('100.00', { ...PAPER, invoiceCode: '031002300112' })])
    o.app.call('claims.submit', { id: other.id }, o.t.clerk)
    o.app.call('claims.pay', { id, date: '2026-11-20', creditAccountId: o.bank }, o.t.cn)
    const again = o.draft([o.line('100.00', PAPER)])
    expect(o.app.fail('claims.submit', { id: again.id }, o.t.clerk).code).toBe('CONFLICT')
    o.app.call('claims.reverse', { id, reason: '金额有误，重新报账' }, o.t.kj)
    o.app.call('claims.submit', { id: again.id }, o.t.clerk)
  })

  it('checks the invoice fields: 10/12-digit 发票代码 with an 8-digit number; a 全电 number stands alone', () => {
    const o = claimsOffice()
    const fail = (extra: object) => o.app.fail('claims.save', { ledgerId: o.ledgerId, title: 'x', payFrom: 'own_account', lines: [o.line('1.00', extra)] }, o.t.clerk)
    expect(fail({ invoiceCode: '12345' }).fields).toMatchObject({ 'lines.0.invoiceCode': expect.stringContaining('10 位或 12 位') })
    expect(fail({ invoiceCode: '0310023001', invoiceNo: null }).fields).toMatchObject({ 'lines.0.invoiceNo': expect.stringContaining('8 位') })
    expect(fail({ invoiceCode: '0310023001', invoiceNo: DIGITAL.invoiceNo }).fields).toMatchObject({ 'lines.0.invoiceNo': expect.stringContaining('全电发票') })
  })

  it('flags the same attachment file on two claims without refusing, and `check` lists stored duplicates', () => {
    const o = claimsOffice()
    const a = o.draft([o.line('10.00')])
    const b = o.draft([o.line('20.00')])
    o.app.call('claims.attach', { claimId: a.id, fileName: '小票.png', content: PNG }, o.t.clerk)
    o.app.call('claims.attach', { claimId: b.id, fileName: '同一张.png', content: PNG }, o.t.clerk)
    const view = o.app.call('claims.get', { id: b.id }, o.t.clerk)
    expect(view.findings).toEqual([expect.objectContaining({ severity: 'warn', message: expect.stringContaining(`报账单 ${a.number}`) })])
    o.app.call('claims.submit', { id: b.id }, o.t.clerk)
    expect(o.app.call('claims.get', { id: b.id }, o.t.clerk).events.at(-1)!.comment).toContain('SHA-256 相同')
    // Data from before 发票查重: two live claims with one invoice are reported by `check`.
    o.app.call('claims.submit', { id: a.id }, o.t.clerk)
    o.app.core.sqlite.prepare("UPDATE claim_lines SET invoice_no = '24312000000099999999'").run()
    expect(duplicateReport(o.app.core.sqlite)).toEqual([
      `发票号码 24312000000099999999 重复报账：${a.number}、${b.number}`,
      expect.stringContaining(`用于多张报账单：${a.number}、${b.number}`),
    ])
  })
})
