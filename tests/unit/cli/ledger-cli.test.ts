import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers'
import { run, xlsxFile } from './cli-helpers'

describe('ledger commands', () => {
  it('sets up a 账套, imports opening balances and audited books, closes the year', async () => {
    const data = tempDir()
    const d = (...argv: string[]) => run('--data', data, ...argv)
    await d('init', '--admin', 'admin', '--name', '王管理', '--password', 'Admin2026')
    expect((await d('ledgers', 'add', '--code', 'XEJ1', '--name', '第一联合工会', '--start', '2026-12')).code).toBe(0)
    expect((await d('ledgers', 'list')).out).toContain('XEJ1\t第一联合工会\t启用 2026-12\t当前期间 2026-12')

    // 会计 is needed for opening balances; the admin alone may not.
    await d('users', 'add', '--username', 'kj', '--name', '李会计', '--roles', '会计', '--password', 'Kuaiji2026')
    const opening = await xlsxFile(data, 'opening.xlsx', [
      ['科目编码', '借方余额', '贷方余额'],
      ['102', 1000, null],
      ['32205', null, 1000],
    ])
    expect((await d('--user', 'kj', 'import', 'opening-balances', opening, '--ledger', 'XEJ1')).out).toBe('已导入 2 个科目的期初余额；合计借方 1000.00，贷方 1000.00')

    const books = await xlsxFile(data, 'books.xlsx', [
      ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '项目', '资金性质', '附件数'],
      ['2026-12-05', '记', 1, '收取会费', '102', 300, null, null, null, 1],
      ['2026-12-05', '记', 1, '收取会费', '401', null, 300, null, '非专项', null],
    ])
    const imported = await d('import', 'vouchers', books, '--ledger', 'XEJ1', '--post')
    expect(imported.out).toBe('已导入 1 张凭证（2 行，2026-12 记-1 至 2026-12 记-1），已记账')

    const closed = await d('--user', 'kj', 'close-year', '--ledger', 'XEJ1', '--year', '2026')
    expect(closed.err).toBe('')
    expect(closed.out).toMatch(/^2026 年度结转完成：凭证 记-2、记-3，2 个科目余额结转下年$/)
  })

  it('prints each bad row of a failed import and exits 1', async () => {
    const data = tempDir()
    const d = (...argv: string[]) => run('--data', data, ...argv)
    await d('init', '--admin', 'admin', '--name', '王管理', '--password', 'Admin2026')
    await d('ledgers', 'add', '--code', 'JZ', '--name', '街道总工会', '--start', '2026-01')
    const books = await xlsxFile(data, 'bad.xlsx', [
      ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额'],
      ['2026-01-05', '记', 1, '收取会费', '102', 300, null],
      ['2026-01-05', '记', 1, '收取会费', '4010', null, 300],
    ])
    const result = await d('import', 'vouchers', books, '--ledger', 'JZ')
    expect(result.code).toBe(1)
    expect(result.out).toBe('第 3 行：科目编码“4010”不存在')
    expect(result.err).toBe('错误：导入失败，共 1 处错误，未导入任何凭证')
    expect((await d('import', 'vouchers', books, '--ledger', 'NOPE')).err).toContain('账套“NOPE”不存在')
  })
})
