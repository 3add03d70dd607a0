import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { serveTestApp } from '../server/server-helpers'
import { MAX_LINE_FEN, MAX_VOUCHER_FEN } from '../../../electron/shared/money'
import { testApp } from '../helpers'
import { basicSpend, general, ln, office } from '../ledger/ledger-helpers'

/** A POST through node:http, reporting the status or the socket error the client saw. */
function post(url: string, body: Buffer, headers: Record<string, string | number> = {}): Promise<{ status: number; text: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(`${url}api/system.status`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = ''
      res.on('data', (c) => (text += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', (e) => resolve({ error: String(e) }))
    req.end(body)
  })
}

describe('a request body over the limit', () => {
  it('gets 413 with a Chinese message, not a reset connection', async () => {
    const app = testApp()
    const server = await serveTestApp(app)
    const big = Buffer.alloc(21 * 1024 * 1024, 0x20)
    for (const headers of [{}, { 'transfer-encoding': 'chunked' }] as Record<string, string>[]) {
      const res = await post(server.url, big, headers)
      expect('status' in res ? res.status : res.error).toBe(413)
      if ('status' in res) expect(JSON.parse(res.text).error.message).toContain('请求内容过大')
    }
    // The server still answers afterwards.
    expect(await post(server.url, Buffer.from('{}'))).toMatchObject({ status: 200 })
  })
})

describe('amounts are capped per line and per voucher', () => {
  it('refuses a line over 1 亿元 naming the field, and a voucher over 10 亿元', () => {
    const o = office()
    const line = o.app.fail(
      'vouchers.create',
      {
        ledgerId: o.ledgerId,
        date: '2026-01-05',
        lines: [
          { ...ln(o, '102', '借', '1.00'), debit: MAX_LINE_FEN + 1 },
          { ...ln(o, '401', '贷', '1.00', '会费', general), credit: MAX_LINE_FEN + 1 },
        ],
      },
      o.tokens.kj,
    )
    expect(line.code).toBe('VALIDATION')
    expect(line.message).toContain('借方金额：单行金额不能超过 100,000,000.00 元')
    const many = Array.from({ length: 11 }, () => [
      { ...ln(o, '102', '借', '1.00'), debit: MAX_LINE_FEN },
      { ...ln(o, '401', '贷', '1.00', '会费', general), credit: MAX_LINE_FEN },
    ]).flat()
    const voucher = o.app.fail('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-05', lines: many }, o.tokens.kj)
    expect(voucher.message).toContain('合计不能超过 1,000,000,000.00 元')
    expect(MAX_VOUCHER_FEN * 90_000).toBeLessThan(2 ** 53)
  })
})

describe('常用凭证 are checked like a voucher draft', () => {
  it("refuses another 账套's account, an unbalanced template, and a line with both sides", () => {
    const o = office()
    const { id: other } = o.app.call('ledgers.create', { code: 'QT', name: '其他工会', startPeriod: '2026-01' }, o.tokens.kj)
    const foreign = o.app.call('accounts.list', { ledgerId: other }, o.tokens.kj).find((a) => a.code === '102')!.id
    const save = (lines: object[]) => o.app.fail('templates.save', { ledgerId: o.ledgerId, name: '测试', lines }, o.tokens.kj).message
    expect(save([{ ...ln(o, '102', '借', '0.00'), accountId: foreign }, ln(o, '401', '贷', '0.00', '会费', general)])).toContain('科目不属于本账套')
    expect(save([ln(o, '102', '借', '100.00'), ln(o, '401', '贷', '90.00', '会费', general)])).toContain('借贷不平衡')
    expect(save([{ ...ln(o, '102', '借', '5.00'), credit: 500 }, ln(o, '401', '贷', '0.00', '会费', general)])).toContain('只能填写借方或贷方金额之一')
    expect(save([ln(o, '50101', '借', '0.00'), ln(o, '102', '贷', '0.00')])).toContain('支出科目须选择基本支出或项目支出')
    // Blank amounts, or amounts that balance, are fine.
    o.app.call('templates.save', { ledgerId: o.ledgerId, name: '活动', lines: [ln(o, '50101', '借', '0.00', '活动', basicSpend), ln(o, '102', '贷', '0.00')] }, o.tokens.kj)
    o.app.call('templates.save', { ledgerId: o.ledgerId, name: '会费', lines: [ln(o, '102', '借', '10.00'), ln(o, '401', '贷', '10.00', '会费', general)] }, o.tokens.kj)
  })
})
