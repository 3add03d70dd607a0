import { describe, expect, it } from 'vitest'
import { general, ln, office, postVoucher } from '../ledger/ledger-helpers'
import { levyOffice } from '../levy/levy-helpers'

describe('audit log reads by name', () => {
  it('names the user and each object (账套, voucher 字号, user) instead of raw ids, resolved in the query', () => {
    const o = office()
    const id = postVoucher(o, '2026-01-15', [ln(o, '102', '借', '100.00', '收会费'), ln(o, '401', '贷', '100.00', '收会费', general)])
    const { rows } = o.app.call('audit.list', { method: 'vouchers.post' }, o.app.adminToken)
    expect(rows[0]).toMatchObject({ userName: '李会计', targetIds: expect.arrayContaining([`voucher:${id}`]) })
    expect(rows[0].targets).toContain('凭证 2026-01 记-1')
    const created = o.app.call('audit.list', { method: 'ledgers.create' }, o.app.adminToken).rows[0]
    expect(created.targets).toEqual(['账套 JZ 某某街道总工会'])
    const user = o.app.call('audit.list', { method: 'users.create' }, o.app.adminToken).rows.at(-1)!
    expect(user.userName).toBe('王管理')
    expect(user.targets[0]).toMatch(/^用户 (李会计|张审核|陈出纳|王主管)$/)
  })

  it('keeps the id of a target whose row it cannot find, and the kinds that have no row', () => {
    const o = office()
    o.app.core.sqlite
      .prepare(`INSERT INTO audit_log (at, user_id, username, method, title, channel, target_ids, summary) VALUES (?, NULL, 'gone', 'x', 'x', 'cli', ?, 'x')`)
      .run('2099-01-01T00:00:00.000Z', JSON.stringify(['voucher:99999', 'backup:2026-01-01.zip', 'budget:settings']))
    const row = o.app.call('audit.list', {}, o.app.adminToken).rows[0]
    expect(row).toMatchObject({ userName: 'gone', targets: ['voucher:99999', '备份 2026-01-01.zip', 'budget:settings'] })
  })
})

describe('audit log names the levy and spending-rule objects', () => {
  it('reads 经费分成比例 and 经费导入 by their date and file, not levy_rule:<id>', async () => {
    const o = levyOffice()
    o.app.call('levy.setRule', { ledgerId: o.ledgers.jz, effectiveFrom: '2026-05-01', upper: '30', street: '20', lower: '48', fee: '2' }, o.tokens.kj)
    const rule = o.app.call('audit.list', { method: 'levy.setRule' }, o.app.adminToken).rows[0]
    expect(rule.targets).toContain('经费分成比例 2026-05-01 起')
    expect(rule.targets.join()).not.toMatch(/levy_rule:/)
  })
})
