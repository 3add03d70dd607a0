import type Database from 'better-sqlite3'
import { ASSET_CATEGORY_LABELS, ASSET_OWNERSHIPS, ASSET_OWNERSHIP_LABELS, ASSET_STATUS_LABELS } from '../../shared/asset-terms'
import type { AssetRegister, AssetRow, TieOut } from '../../shared/contract/assets'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { FUND_NATURE_LABELS, parsePeriodText } from '../../shared/ledger-terms'
import { formatFen } from '../../shared/money'
import { prepared, type HandlerMap } from '../api/types'
import { printableWorkbook, SIGNATURES, type PrintSheet } from '../excel/printable'
import { ledgerFor } from '../ledger/access'
import { todayOf } from '../system/time'
import { assetRows } from './cards'

type Total = AssetRegister['total']

function totals(rows: AssetRow[], keyOf: (r: AssetRow) => string, labelOf: (key: string) => string): Total[] {
  const map = new Map<string, Total>()
  for (const r of rows) {
    const key = keyOf(r)
    const t = map.get(key) ?? { key, label: labelOf(key), count: 0, cost: 0, accumulated: 0, net: 0, monthDepreciation: 0 }
    t.count += 1
    t.cost += r.cost
    t.accumulated += r.accumulated
    t.net += r.net
    t.monthDepreciation += r.monthDepreciation
    map.set(key, t)
  }
  return [...map.values()]
}

/** 资产台账 at a month end: the cards on hand with subtotals by class and by 使用部门. */
export function assetRegister(sqlite: Database.Database, ledgerId: number, period: string): AssetRegister {
  const rows = assetRows({ sqlite }, ledgerId, period)
  return {
    period,
    rows,
    byCategory: totals(
      rows,
      (r) => r.category,
      (k) => ASSET_CATEGORY_LABELS[k as AssetRow['category']],
    ),
    byDepartment: totals(
      rows,
      (r) => r.department || '（未填部门）',
      (k) => k,
    ),
    total: totals(
      rows,
      () => 'all',
      () => '合计',
    )[0] ?? { key: 'all', label: '合计', count: 0, cost: 0, accumulated: 0, net: 0, monthDepreciation: 0 },
  }
}

/** Accounts named 国有资产 (总说明三's detail) and everything under them. */
export const STATE_DETAIL = `EXISTS (SELECT 1 FROM accounts g WHERE g.ledger_id = a.ledger_id AND a.code LIKE g.code || '%' AND g.name LIKE '%国有资产%')`

/**
 * Posted balance (debit − credit) of the accounts under a code through a month, with the start year's
 * openings (before the start month, less that year's 本年累计: a mid-year 账套's 年初); `stateOnly` keeps the 国有资产 detail alone. The posted lines come summed by month
 * (account_month_totals), not line by line over the 账套's whole history.
 */
export function balance(sqlite: Database.Database, ledgerId: number, code: string, period: number, stateOnly = false): number {
  const only = stateOnly ? `AND ${STATE_DETAIL}` : ''
  const row = sqlite
    .prepare(
      `SELECT coalesce((SELECT sum(o.debit - o.credit - CASE WHEN @p < (SELECT start_period FROM ledgers WHERE id = @l) THEN o.ytd_debit - o.ytd_credit ELSE 0 END)
                        FROM opening_balances o JOIN accounts a ON a.id = o.account_id
                        WHERE o.ledger_id = @l AND o.year = (SELECT start_period / 100 FROM ledgers WHERE id = @l) AND a.code LIKE @c ${only}), 0)
            + coalesce((SELECT sum(t.debit - t.credit) FROM account_month_totals t JOIN accounts a ON a.id = t.account_id
                        WHERE t.ledger_id = @l AND t.period <= @p AND a.code LIKE @c ${only}), 0) AS b`,
    )
    .get({ l: ledgerId, c: `${code}%`, p: period }) as { b: number }
  return row.b
}

/**
 * 账实核对: the register's 原值 and 累计折旧 against the posted 162 and 163 balances, and the identity of
 * reference §5.2 — 301 资产基金 = 库存物品 + 投资 + 在建工程 + 固定资产净值 + 无形资产净值 + 长期待摊费用.
 */
export function assetTieOut(sqlite: Database.Database, ledgerId: number, period: string): TieOut {
  const p = parsePeriodText(period)
  const reg = assetRegister(sqlite, ledgerId, period)
  const b = (code: string) => balance(sqlite, ledgerId, code, p)
  const fund = -b('301')
  const nonMonetary = b('141') + b('151') + b('161') + b('162') + b('163') + b('171') + b('172') + b('181')
  const unposted = (
    sqlite
      .prepare(`SELECT count(*) AS n FROM depreciation_runs r JOIN vouchers v ON v.id = r.voucher_id WHERE r.ledger_id = ? AND r.period <= ? AND v.status <> 'posted'`)
      .get(ledgerId, p) as { n: number }
  ).n
  const check = (label: string, register: number, ledger: number, hint: string) => ({
    label,
    register,
    ledger,
    ok: register === ledger,
    note: register === ledger ? '' : `差额 ${formatFen(register - ledger)} 元：${hint}`,
  })
  const checks = [
    check('固定资产原值 = 162 固定资产余额', reg.total.cost, b('162'), '核对卡片与购入、处置凭证（导入的卡片不记账，须与期初余额一致）'),
    check('累计折旧 = 163 累计折旧余额', reg.total.accumulated, -b('163'), unposted ? `有 ${unposted} 张折旧凭证尚未记账` : '核对已提折旧与折旧凭证'),
    check('资产基金 = 非货币性资产（141+151+161+162−163+171−172+181）', nonMonetary, fund, '每项非货币性资产都应同时记入 301 资产基金'),
  ]
  const byOwnership = ASSET_OWNERSHIPS.map((ownership) => {
    const rows = reg.rows.filter((r) => r.ownership === ownership)
    return { ownership, cost: rows.reduce((n, r) => n + r.cost, 0), accumulated: rows.reduce((n, r) => n + r.accumulated, 0) }
  })
  return { period, checks, ok: checks.every((c) => c.ok), byOwnership }
}

const CARD_HEADERS = [
  '资产编号',
  '资产名称',
  '资产类别',
  '资产分类',
  '资产性质',
  '数量',
  '原值',
  '入账日期',
  '使用年限（月）',
  '累计折旧',
  '净值',
  '本月折旧',
  '使用部门',
  '使用人',
  '存放地点',
  '资金性质',
  '项目',
  '状态',
]

export function registerSheets(reg: AssetRegister): PrintSheet[] {
  const info = `${reg.period}  单位：元`
  const sums = (list: Total[]) => list.map((t) => [t.label, t.count, t.cost, t.accumulated, t.net, t.monthDepreciation])
  const depreciated = reg.rows.filter((r) => r.monthDepreciation > 0)
  return [
    {
      name: '资产台账',
      title: '固定资产台账',
      headers: CARD_HEADERS,
      money: [6, 9, 10, 11],
      info,
      rows: [
        ...reg.rows.map((r) => [
          r.code,
          r.name,
          ASSET_CATEGORY_LABELS[r.category],
          r.item,
          ASSET_OWNERSHIP_LABELS[r.ownership],
          r.quantity,
          r.cost,
          r.acquiredOn,
          r.lifeMonths,
          r.accumulated,
          r.net,
          r.monthDepreciation,
          r.department,
          r.keeper,
          r.location,
          FUND_NATURE_LABELS[r.fundNature],
          r.project,
          ASSET_STATUS_LABELS[r.status],
        ]),
        ['合计', '', '', '', '', reg.total.count, reg.total.cost, '', '', reg.total.accumulated, reg.total.net, reg.total.monthDepreciation, '', '', '', '', '', ''],
      ],
      footer: [SIGNATURES],
    },
    {
      name: '按类别',
      title: '资产台账（按类别汇总）',
      headers: ['资产类别', '数量（项）', '原值', '累计折旧', '净值', '本月折旧'],
      money: [2, 3, 4, 5],
      info,
      orientation: 'portrait',
      rows: [...sums(reg.byCategory), ...sums([reg.total])],
    },
    {
      name: '按部门',
      title: '资产台账（按使用部门汇总）',
      headers: ['使用部门', '数量（项）', '原值', '累计折旧', '净值', '本月折旧'],
      money: [2, 3, 4, 5],
      info,
      orientation: 'portrait',
      rows: [...sums(reg.byDepartment), ...sums([reg.total])],
    },
    {
      name: '折旧计提表',
      title: '固定资产折旧计提表',
      headers: ['资产类别', '资产编号', '资产名称', '原值', '使用年限（月）', '本月折旧', '累计折旧', '使用部门'],
      money: [3, 5, 6],
      info,
      rows: [
        ...reg.byCategory.flatMap((c) => [
          ...depreciated.filter((r) => r.category === c.key).map((r) => [c.label, r.code, r.name, r.cost, r.lifeMonths, r.monthDepreciation, r.accumulated, r.department]),
          ...(c.monthDepreciation ? [[`${c.label} 小计`, '', '', c.cost, '', c.monthDepreciation, c.accumulated, '']] : []),
        ]),
        ['合计', '', '', reg.total.cost, '', reg.total.monthDepreciation, reg.total.accumulated, ''],
      ],
      footer: [SIGNATURES],
    },
  ]
}

export const registerHandlers: HandlerMap<'assets.register' | 'assets.check' | 'assets.export'> = {
  'assets.register': (ctx, input) => assetRegister(ctx.core.sqlite, ledgerFor(ctx, input.ledgerId, LEDGER_READERS).id, input.period),
  'assets.check': (ctx, input) => assetTieOut(ctx.core.sqlite, ledgerFor(ctx, input.ledgerId, LEDGER_READERS).id, input.period),
  'assets.export': prepared<'assets.export', { fileName: string; buffer: Buffer }>(
    async (ctx, input) => {
      const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
      const buffer = await printableWorkbook(registerSheets(assetRegister(ctx.core.sqlite, ledger.id, input.period)), ledger.orgName, todayOf(ctx.core))
      return { fileName: `UnionDesk-资产台账-${ledger.code}-${input.period}.xlsx`, buffer }
    },
    (_ctx, _input, { fileName, buffer }) => ({ fileName, content: buffer.toString('base64') }),
  ),
}
