import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { streetOffice, y, type StreetOffice } from './transfer-helpers'

const range = (o: StreetOffice) => ({ ledgerId: o.ledgers.jz, from: '2026-01', to: '2026-12' })

/** A manual voucher in any 账套, reviewed and posted. */
function manual(o: StreetOffice, ledgerId: number, date: string, lines: { code: string; debit?: number; credit?: number; extra?: object }[]) {
  const { id } = o.app.call(
    'vouchers.create',
    {
      ledgerId,
      date,
      lines: lines.map((l) => ({ summary: '手工录入', accountId: o.account(ledgerId, l.code), debit: l.debit ?? 0, credit: l.credit ?? 0, ...l.extra })),
    },
    o.tokens.kj,
  )
  o.post(id)
  return id
}

describe('内部往来核对', () => {
  it('a clean month: every pair matched, 135 = 215 and 508 = 403, nothing listed', () => {
    const o = streetOffice()
    o.subsidy()
    o.subsidy({ moneyPattern: 'pooled', amount: y('5,000.00'), date: '2026-03-12' })
    o.post(...o.vouchersOf(o.ledgers.jz).map((v) => v.id))
    o.post(...o.vouchersOf(o.ledgers.a).map((v) => v.id))
    const r = o.app.call('transfers.reconcile', range(o), o.tokens.sh)
    expect(r.pairs.map((p) => p.state)).toEqual(['matched', 'matched'])
    expect(r.mismatches).toEqual([])
    expect(r.balances.find((b) => b.ledgerName === '甲联合会')).toEqual({
      ledgerId: o.ledgers.a,
      ledgerName: '甲联合会',
      payable215: y('5,000.00'),
      receivable135: y('5,000.00'),
      paid508: y('25,000.00'),
      received403: y('25,000.00'),
    })
  })

  it('the month-end closing of both sides (it empties 508/403) does not count: the year still reconciles', () => {
    const o = streetOffice()
    o.subsidy()
    o.post(...o.vouchersOf(o.ledgers.jz).map((v) => v.id))
    o.post(...o.vouchersOf(o.ledgers.a).map((v) => v.id))
    for (const ledgerId of [o.ledgers.jz, o.ledgers.a]) for (const period of ['2026-01', '2026-02', '2026-03']) o.app.call('periods.close', { ledgerId, period }, o.tokens.kj)
    // The closing vouchers are posted lines on 403 (read off the month totals) and 508: neither may count.
    expect(o.vouchersOf(o.ledgers.a).some((v) => v.lines.some((l) => l.accountCode.startsWith('403') && l.debit === y('20,000.00')))).toBe(true)
    const r = o.app.call('transfers.reconcile', range(o), o.tokens.sh)
    expect(r.balances.find((b) => b.ledgerName === '甲联合会')).toMatchObject({ paid508: y('20,000.00'), received403: y('20,000.00') })
    expect(r.mismatches).toEqual([])
  })

  it('finds each kind of mismatch: one side reversed, unposted, amount changed, missing; pool and subsidy totals; unlinked lines', () => {
    const o = streetOffice()
    // 1: reversed on the 小二级 side only, through the ledger.
    o.subsidy({ summary: '一季度补助' })
    const [u1] = o.vouchersOf(o.ledgers.jz)
    const [l1] = o.vouchersOf(o.ledgers.a)
    o.post(u1.id, l1.id)
    const red = o.app.call('vouchers.reverse', { id: l1.id, date: '2026-03-25' }, o.tokens.kj)
    o.post(red.id)
    // 2: posted by the 街镇 only.
    o.subsidy({ summary: '二季度补助', date: '2026-04-01', amount: y('1,000.00') })
    o.post(o.vouchersOf(o.ledgers.jz)[1].id)
    // 3: the 小二级's draft changed to another amount before posting.
    o.subsidy({ summary: '三季度补助', date: '2026-07-01', amount: y('2,000.00') })
    const u3 = o.vouchersOf(o.ledgers.jz)[2]
    const l3 = o.vouchersOf(o.ledgers.a).find((v) => v.date === '2026-07-01')!
    const changed = l3.lines.map((l) => ({
      summary: l.summary,
      accountId: l.accountId,
      debit: l.debit && y('1,800.00'),
      credit: l.credit && y('1,800.00'),
      fundNature: l.fundNature,
      counterpart: l.counterpart,
    }))
    o.app.call('vouchers.update', { id: l3.id, date: l3.date, lines: changed }, o.tokens.kj)
    o.post(u3.id, l3.id)
    // 4: a pair whose 小二级 voucher has gone (only possible from outside the app).
    const { id: lost } = o.subsidy({ summary: '四季度补助', date: '2026-10-01', amount: 300 })
    o.app.core.sqlite.prepare('UPDATE transfers SET to_voucher_id = NULL WHERE id = ?').run(lost)
    // 5: booked by hand: the 街镇 paid 乙 a subsidy naming it, 乙 has not booked it; 甲 claims pool money the 街镇 does not owe.
    manual(o, o.ledgers.jz, '2026-05-05', [
      { code: '50801', debit: y('700.00'), extra: { fundNature: 'general', spendType: 'basic', counterpart: '乙联合会' } },
      { code: '102', credit: y('700.00') },
    ])
    manual(o, o.ledgers.a, '2026-05-06', [
      { code: '135', debit: y('90.00'), extra: { counterpart: '某某街道总工会' } },
      { code: '102', credit: y('90.00') },
    ])

    const r = o.app.call('transfers.reconcile', range(o), o.tokens.kj)
    expect(r.pairs.map((p) => [p.summary, p.state])).toEqual([
      ['一季度补助', 'mismatch'],
      ['二季度补助', 'partly_posted'],
      ['三季度补助', 'mismatch'],
      ['四季度补助', 'mismatch'],
    ])
    expect(r.pairs[0].to).toMatchObject({ status: 'posted', reversalLabel: '记-2', reversalPosted: true })
    const kinds = r.mismatches.map((m) => [m.kind, m.party])
    expect(kinds).toEqual([
      ['reversed', '甲联合会'],
      ['unposted', '甲联合会'],
      ['amount', '甲联合会'],
      ['missing', '甲联合会'],
      ['pool_balance', '甲联合会'],
      ['subsidy_year', '甲联合会'],
      ['subsidy_year', '乙联合会'],
      ['unlinked', '乙联合会'],
    ])
    expect(r.mismatches[2]).toMatchObject({ detail: '2026-07-01 三季度补助：“甲联合会”凭证金额 1,800.00 与划拨金额 2,000.00 不符', upper: y('2,000.00'), lower: y('1,800.00') })
    expect(r.mismatches[4]).toMatchObject({ upper: 0, lower: y('90.00') })
    // 508 paid to 甲: 20,000 + 1,000 + 2,000 = 23,000; 403 received: 20,000 − 20,000 + 1,800 = 1,800.
    expect(r.mismatches[5]).toMatchObject({ upper: y('23,000.00'), lower: y('1,800.00') })
    expect(r.mismatches[7].detail).toContain('50801 手工录入（往来单位：乙联合会）')
  })

  it('exports the pairs, the problems and the balances as a printable workbook', async () => {
    const o = streetOffice()
    o.subsidy()
    const { fileName, content } = await o.app.router.call('transfers.export', { report: 'reconciliation', ...range(o) }, { token: o.tokens.kj }, 'http').then((r) => {
      if (!r.ok) throw new Error(r.error.message)
      return r.data as { fileName: string; content: string }
    })
    expect(fileName).toBe('UnionDesk-内部往来核对-JZ-2026-01至2026-12.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(content, 'base64') as never)
    expect(book.worksheets.map((w) => w.name)).toEqual(['划拨配对', '不一致事项', '余额核对'])
    const pairs = book.getWorksheet('划拨配对')!
    expect(pairs.getCell('A1').value).toBe('上代下划拨配对表')
    expect(pairs.getRow(4).values).toEqual([
      undefined,
      '2026-03-10',
      '补助下级（508 ↔ 403）',
      '小二级自有银行账户',
      '拨付甲联合会经费',
      '甲联合会',
      20000,
      '记-1 草稿',
      20000,
      '记-1 草稿',
      20000,
      '待审核记账',
      '',
    ])
  })
})
