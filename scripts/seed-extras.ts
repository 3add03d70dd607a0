/**
 * What the big 街镇 database needs beyond the books (scripts/seed-big.ts runs it last; it can also be run
 * alone on a database seeded before it existed): 508/403 funding between the 账套, approved budgets for
 * the last year, and a registry (400 unions, 20 小二级, 1,500 enterprises × 3 years).
 *
 *   npx tsx scripts/seed-extras.ts [--data /tmp/uniondesk-big]
 */
import { parseArgs } from 'node:util'
import { openCore, type Core, type Router } from '../electron/core'
import { appVersionOf, findAppRoot, migrationsFolderOf } from '../electron/core/paths'

export async function seedExtras(core: Core, router: Router, LEDGERS: number) {
  const db = core.sqlite
  const kj = { localUser: 'kj' }
  const as = { localUser: 'admin' }
  const call = (method: string, input: unknown, caller: object) => {
    const res = router.callSync(method, input, caller as never, 'cli')
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`)
    return res.data as never
  }
  const FIRST_YEAR = Math.floor((db.prepare('SELECT min(start_period) AS p FROM ledgers').get() as { p: number }).p / 100)
  const YEARS = Math.floor((db.prepare('SELECT max(period) AS p FROM vouchers').get() as { p: number }).p / 100) - FIRST_YEAR + 1
  const insertVoucher = db.prepare(
    `INSERT INTO vouchers (ledger_id, period, word, number, date, attachments, status, origin, created_by, created_at)
     VALUES (?, ?, '记', ?, ?, 1, 'draft', 'manual', 2, ?) RETURNING id`,
  )
  // L01 is the 街镇's own 账套: in the open December it subsidises every other 账套 (508 ↔ 403, each side
  // naming the other as 往来单位), so the 汇总 and the 预算执行汇总 have real pairs to eliminate.
  const lastYear = FIRST_YEAR + YEARS - 1
  const december = lastYear * 100 + 12
  const accountOf = (ledgerId: number, code: string) => (db.prepare('SELECT id FROM accounts WHERE ledger_id = ? AND code = ?').get(ledgerId, code) as { id: number }).id
  const fundingLine = db.prepare(
    `INSERT INTO voucher_lines (voucher_id, ledger_id, period, line_no, summary, account_id, debit, credit, fund_nature, spend_type, counterpart)
     VALUES (?, ?, ?, ?, '拨付下级补助', ?, ?, ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    for (let l = 2; l <= LEDGERS; l++) {
      const value = 100 * (10_000 + l * 100)
      const date = `${lastYear}-12-${String(l).padStart(2, '0')}`
      const up = (insertVoucher.get(1, december, 900 + l, date, date) as { id: number }).id
      fundingLine.run(up, 1, december, 1, accountOf(1, '50801'), value, 0, 'general', 'basic', `L${String(l).padStart(2, '0')}`)
      fundingLine.run(up, 1, december, 2, accountOf(1, '102'), 0, value, null, null, null)
      const down = (insertVoucher.get(l, december, 900, date, date) as { id: number }).id
      fundingLine.run(down, l, december, 1, accountOf(l, '102'), value, 0, null, null, null)
      fundingLine.run(down, l, december, 2, accountOf(l, '40301'), 0, value, 'general', null, 'L01')
    }
    db.prepare(`UPDATE vouchers SET status = 'posted', reviewed_by = 1, posted_by = 2, posted_at = date WHERE period = ? AND number >= 900`).run(december)
  })()

  // Approved budgets for the last year in every 账套, so 预算执行表 and its 汇总 have lines to fill.
  const BUDGET_LINES: [string, number, object][] = [
    ['401', 2_000_000, {}],
    ['402', 1_500_000, {}],
    ['403', 3_000_000, {}],
    ['501', 2_500_000, { spendType: 'basic' }],
    ['503', 500_000, { spendType: 'basic' }],
    ['504', 1_000_000, { fundNature: 'special', spendType: 'basic' }],
    ['505', 800_000, { spendType: 'basic' }],
    ['508', 1_500_000, { spendType: 'basic' }],
  ]
  for (let l = 1; l <= LEDGERS; l++) {
    const { id: budgetId } = call('budget.create', { ledgerId: l, year: lastYear }, kj) as { id: number }
    for (const [code, yuan, extra] of BUDGET_LINES) {
      call('budget.saveLine', { budgetId, accountId: accountOf(l, code), original: yuan * 100, fundNature: 'general', ...extra }, kj)
    }
    call('budget.approve', { id: budgetId, reviewedOn: `${lastYear}-01-05`, approvedBody: 'committee', approvedOn: `${lastYear}-01-08`, filedOn: `${lastYear}-01-10` }, kj)
  }

  // The registry of a large 街镇: 400 unions (20 小二级 over 379 enterprise unions) and 1,500 enterprises
  // for each of three years, through the published import templates.
  async function importSheet(kind: string, rows: (string | number)[][]) {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet(kind)
    for (const row of rows) sheet.addRow(row)
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    const res = await router.call('import.registry', { kind, fileName: `${kind}.xlsx`, content }, as, 'cli')
    if (!res.ok) throw new Error(`import ${kind}: ${res.error.message}`)
  }
  const code = (prefix: string, n: number, width: number) => `${prefix}${String(n).padStart(width, '0')}`
  await importSheet('unions', [
    ['工会编码', '工会名称', '组织类型', '上级工会编码'],
    ['JZ00', '某某街道总工会', '街镇总工会', ''],
    ...Array.from({ length: 20 }, (_, i) => [code('XEJ', i + 1, 2), `第${i + 1}片区工会联合会`, '小二级工会联合会', 'JZ00']),
    ...Array.from({ length: 379 }, (_, i) => [code('QY', i + 1, 3), `企业${i + 1}工会`, '企业单独工会', code('XEJ', (i % 20) + 1, 2)]),
  ])
  for (const year of [lastYear - 2, lastYear - 1, lastYear]) {
    await importSheet('enterprises', [
      ['年度', '企业名称', '职工人数', '是否建会', '所属工会编码', '覆盖小二级编码'],
      ...Array.from({ length: 1500 }, (_, i) => [
        year,
        `某某企业${i + 1}有限公司`,
        10 + ((i * 37) % 400),
        i < 379 ? '是' : '否',
        i < 379 ? code('QY', i + 1, 3) : '',
        code('XEJ', (i % 20) + 1, 2),
      ]),
    ])
  }
  linkLedgers(db, call, LEDGERS)
  console.log('registry, budgets and internal funding added')
}

/**
 * L01 keeps the 街镇总工会's books and L02… those of the 小二级 in code order, so the 上代下, 经费保障 and
 * 经费收缴 screens have a 街镇 账套 to open (ledgers beyond the 小二级 stay unlinked).
 */
export function linkLedgers(db: Core['sqlite'], call: (method: string, input: unknown, caller: object) => unknown, count: number) {
  const unionIds = (db.prepare(`SELECT id FROM unions WHERE type IN ('street', 'xiaoerji') ORDER BY type = 'xiaoerji', code`).all() as { id: number }[]).map((u) => u.id)
  const list = db.prepare('SELECT id, name FROM ledgers ORDER BY code LIMIT ?').all(Math.min(count, unionIds.length)) as { id: number; name: string }[]
  list.forEach((l, i) => call('ledgers.update', { id: l.id, name: l.name, unionId: unionIds[i] }, { localUser: 'admin' }))
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { data: { type: 'string', default: '/tmp/uniondesk-big' } } })
  const root = findAppRoot(import.meta.dirname)
  const { core, router } = openCore({ dataDir: values.data!, migrationsFolder: migrationsFolderOf(root), appVersion: appVersionOf(root) })
  const ledgers = (core.sqlite.prepare('SELECT count(*) AS n FROM ledgers').get() as { n: number }).n
  await seedExtras(core, router, ledgers)
  core.sqlite.exec('ANALYZE')
  core.close()
}
