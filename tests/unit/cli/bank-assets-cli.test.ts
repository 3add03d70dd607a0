import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { tempDir, testApp } from '../helpers'
import { run, xlsxFile } from './cli-helpers'

/** A 账套 JZ with 102 100,000.00 and 162/163/30104 for one old computer, set up through the CLI. */
async function setUp() {
  const data = tempDir()
  const d = (...argv: string[]) => run('--data', data, ...argv)
  await d('init', '--admin', 'admin', '--name', '王管理', '--password', 'Admin2026')
  await d('ledgers', 'add', '--code', 'JZ', '--name', '街道总工会', '--start', '2026-01')
  await d('users', 'add', '--username', 'kj', '--name', '李会计', '--roles', '会计', '--password', 'Kuaiji2026')
  const opening = await xlsxFile(data, 'opening.xlsx', [
    ['科目编码', '借方余额', '贷方余额'],
    ['102', 100000, null],
    ['162', 6000, null],
    ['163', null, 1000],
    ['30104', null, 5000],
    ['32205', null, 100000],
  ])
  await d('--user', 'kj', 'import', 'opening-balances', opening, '--ledger', 'JZ')
  const books = await xlsxFile(data, 'books.xlsx', [
    ['日期', '凭证字', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '项目', '资金性质', '附件数'],
    ['2026-01-05', '记', 1, '收取会费', '102', 5000, null, null, null, 1],
    ['2026-01-05', '记', 1, '收取会费', '401', null, 5000, null, '非专项', null],
  ])
  await d('import', 'vouchers', books, '--ledger', 'JZ', '--post')
  const app = testApp(data)
  const { token } = app.call('auth.login', { username: 'kj', password: 'Kuaiji2026' })
  const ledgerId = app.call('ledgers.list', {}, token)[0].id
  app.call('bank.saveAccount', { ledgerId, accountCode: '102', bankName: '工商银行', number: '100123456789', openingBalance: 10_000_000 }, token)
  app.core.close()
  return { data, d: (...argv: string[]) => run('--data', data, '--user', 'kj', ...argv) }
}

describe('bank and asset commands', () => {
  it('imports a statement, exports the 调节表, imports cards, depreciates and exports the register', async () => {
    const { data, d } = await setUp()
    const csv = join(data, 'jan.csv')
    writeFileSync(csv, '交易日期,摘要,收入金额,支出金额,余额,对方户名,对方账号,交易流水号\n2026-01-05,会费,5000.00,,105000.00,,,T1\n2026-01-31,结息,12.00,,105012.00,,,T2\n')
    const imported = await d('import', 'bank-statement', csv, '--ledger', 'JZ', '--account', '102')
    expect(imported).toMatchObject({ code: 0, out: '已导入对账单 2 行（2026-01-05 至 2026-01-31），跳过已导入 0 行，自动勾对 1 组' })
    expect((await d('import', 'bank-statement', csv, '--ledger', 'JZ', '--account', '10201')).err).toContain('科目 10201 没有关联银行账户')
    const out = join(data, 'rec.xlsx')
    const rec = await d('export', 'bank-reconciliation', '--ledger', 'JZ', '--account', '102', '--period', '2026-01', '--out', out)
    expect(rec.out).toBe(`已导出 2026-01 银行存款余额调节表到 ${out}\n调节后余额：银行 105,012.00，单位 105,012.00，相等`)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['余额调节表', '未达账项'])

    const cards = await xlsxFile(data, 'assets.xlsx', [
      ['资产编号', '资产名称', '资产类别', '资产分类', '数量', '原值', '入账日期', '使用年限（月）', '已提折旧', '使用部门', '使用人', '存放地点', '资金性质', '项目', '资产性质'],
      ['TY-1', '电脑', '通用设备', '计算机设备', 1, 6000, '2025-01-10', 72, 1000, '办公室', '', '', '非专项', '', '工会资产'],
    ])
    expect((await d('import', 'assets', cards, '--ledger', 'JZ')).out).toBe(
      '已导入固定资产卡片 1 张，原值 6,000.00 元，已提折旧 1,000.00 元（不生成凭证，请用 uniondesk check 核对 162/163）',
    )
    expect((await d('depreciate', '--ledger', 'JZ', '--month', '2026-01')).out).toBe('2026-01 计提折旧 1 项资产，合计 83.33 元，凭证 记-2（草稿，请审核记账）')
    const twice = await d('depreciate', '--ledger', 'JZ', '--month', '2026-01')
    expect(twice).toMatchObject({ code: 1, err: '错误：2026-01 已计提折旧（凭证 记-2），不能重复计提' })
    const reg = join(data, 'reg.xlsx')
    expect((await d('export', 'asset-register', '--ledger', 'JZ', '--period', '2026-01', '--out', reg)).code).toBe(0)
    const rw = new ExcelJS.Workbook()
    await rw.xlsx.readFile(reg)
    expect(rw.worksheets.map((w) => w.name)).toEqual(['资产台账', '按类别', '按部门', '折旧计提表'])
    // check reads the file: the draft depreciation is not posted yet, so 163 disagrees with the register.
    const check = await run('--data', data, 'check')
    expect(check.out).toContain('JZ 街道总工会')
    expect(check.out).toContain('固定资产原值 = 162 固定资产余额：一致')
    expect(check.out).toContain('累计折旧 = 163 累计折旧余额：不一致，台账 1,083.33，账簿 1,000.00；差额 83.33 元：有 1 张折旧凭证尚未记账')
    expect(check).toMatchObject({ code: 1, err: '错误：固定资产台账与账簿不一致，见上面的核对结果' })
  })
})
