import { describe, expect, it } from 'vitest'
import { ln, office, type Office } from '../ledger/ledger-helpers'

const dues = (o: Office) => [ln(o, '102', '借', '100.00', '收会费'), ln(o, '401', '贷', '100.00', '收会费', { fundNature: 'general' })]
const item = <T extends { key: string }>(items: T[], key: string) => items.find((i) => i.key === key)

describe('工作台 home.todo', () => {
  it('counts each role’s to-dos in the 账套 it covers, with a link', () => {
    const o = office('2026-01', { cashierSignRequired: true })
    const a = o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-03', lines: dues(o) }, o.tokens.kj).id
    o.app.call('vouchers.create', { ledgerId: o.ledgerId, date: '2026-01-04', lines: dues(o) }, o.tokens.zg)
    o.app.call('vouchers.review', { ids: [a] }, o.tokens.sh)
    const kj = o.app.call('home.todo', {}, o.tokens.kj).items
    expect(item(kj, `drafts:${o.ledgerId}`)).toMatchObject({ label: '待审核凭证', count: 1, path: 'ledger/vouchers/draft', ledgerId: o.ledgerId })
    expect(item(kj, `toPost:${o.ledgerId}`)).toMatchObject({ count: 1, path: 'ledger/vouchers/reviewed' })
    expect(item(kj, `unclosed:${o.ledgerId}`)!.count).toBeGreaterThan(0)
    expect(item(kj, 'backup')).toBeUndefined()
    // 王主管 made the draft: it is not "to review" for him, but it is for 张审核.
    expect(item(o.app.call('home.todo', {}, o.tokens.zg).items, `toReview:${o.ledgerId}`)!.count).toBe(0)
    expect(item(o.app.call('home.todo', {}, o.tokens.sh).items, `toReview:${o.ledgerId}`)!.count).toBe(1)
    expect(item(o.app.call('home.todo', {}, o.tokens.cn).items, `toSign:${o.ledgerId}`)).toMatchObject({ count: 2, path: 'ledger/vouchers/unsigned' })
  })

  it('shows the 系统管理员 the last backup and locked users', () => {
    const o = office()
    for (let i = 0; i < 5; i++) o.app.fail('auth.login', { username: 'cn', password: 'wrong-password' })
    const home = o.app.call('home.todo', {}, o.app.adminToken)
    expect(home.lockedUsers.map((u) => u.displayName)).toEqual(['陈出纳'])
    expect(item(home.items, 'locked')).toMatchObject({ count: 1, detail: '陈出纳', level: 'warning' })
    expect(item(home.items, 'backup')).toMatchObject({ path: 'system/backup' })
  })

  it('tells the 会计 when the opening balances do not balance, and which months are not closed', () => {
    const o = office('2026-09')
    const unbalanced = () => item(o.app.call('home.todo', {}, o.tokens.kj).items, `opening:${o.ledgerId}`)
    expect(unbalanced()).toBeUndefined()
    o.app.call('opening.set', { ledgerId: o.ledgerId, entries: [{ accountCode: '102', debit: 500000 }] }, o.tokens.kj)
    expect(unbalanced()).toMatchObject({ label: '期初余额不平衡', level: 'warning', path: 'ledger/opening' })
    // The test clock is 2026-11-24: September and October are past and not closed; November is still being entered.
    expect(item(o.app.call('home.todo', {}, o.tokens.kj).items, `unclosed:${o.ledgerId}`)).toMatchObject({ count: 2, detail: '某某街道总工会：2026-09、2026-10' })
  })
})
