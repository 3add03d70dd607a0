import type Database from 'better-sqlite3'
import type { StateAssetsReport } from '../../shared/contract/assets'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { prepared, type HandlerMap } from '../api/types'
import { printableWorkbook, SIGNATURES } from '../excel/printable'
import { assertStarted, ledgerFor } from '../ledger/access'
import { todayOf } from '../system/time'
import { assetRows } from './cards'
import { balance, STATE_DETAIL } from './register'

type Figures = Record<string, number>

/** The accounts each line of 工会附02表 reads; contra accounts (163, 172) print as positive figures. */
const SOURCES: [key: string, codes: string[], contra?: boolean][] = [
  ['cash', ['101', '102', '111']],
  ['refund', ['121']],
  ['stock', ['141']],
  ['wip', ['161']],
  ['fixed', ['162']],
  ['depreciation', ['163'], true],
  ['intangible', ['171']],
  ['amortisation', ['172'], true],
  ['prepaid', ['181']],
]

/** The official rows (reference §5.4): [label, how the figure is made from the sources, total row]. */
const ROWS: [string, (f: Figures) => number, boolean][] = [
  ['货币资金', (f) => f.cash, false],
  ['财政应返还额度', (f) => f.refund, false],
  ['库存物品', (f) => f.stock, false],
  ['流动资产合计', (f) => f.cash + f.refund + f.stock, true],
  ['在建工程', (f) => f.wip, false],
  ['固定资产原值', (f) => f.fixed, false],
  ['减：累计折旧', (f) => f.depreciation, false],
  ['固定资产净值', (f) => f.fixed - f.depreciation, false],
  ['无形资产原值', (f) => f.intangible, false],
  ['减：累计摊销', (f) => f.amortisation, false],
  ['无形资产净值', (f) => f.intangible - f.amortisation, false],
  ['长期待摊费用', (f) => f.prepaid, false],
  ['非流动资产合计', (f) => f.wip + f.fixed - f.depreciation + f.intangible - f.amortisation + f.prepaid, true],
  ['资产总计', (f) => f.cash + f.refund + f.stock + f.wip + f.fixed - f.depreciation + f.intangible - f.amortisation + f.prepaid, true],
]

const hasStateAccounts = (sqlite: Database.Database, ledgerId: number, code: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM accounts a WHERE a.ledger_id = ? AND a.code LIKE ? AND ${STATE_DETAIL}`).get(ledgerId, `${code}%`) as { n: number }).n > 0

/**
 * 工会附02表 国有资产情况表 for a year: 年初余额 (the year's opening) | 年末余额 (through December), from the
 * 国有资产 detail accounts (总说明三). Where 162/163 carry no such detail, the cards marked 国有资产 give
 * the 固定资产 lines, and a note says so.
 */
export function stateAssetsReport(sqlite: Database.Database, ledgerId: number, year: number): StateAssetsReport {
  const start = (sqlite.prepare('SELECT start_period AS p FROM ledgers WHERE id = ?').get(ledgerId) as { p: number }).p
  assertStarted(start, year * 100 + 12, { name: 'year', message: '早于启用年度' })
  const notes: string[] = []
  const cardsFor162 = !hasStateAccounts(sqlite, ledgerId, '162')
  const figuresAt = (period: number): Figures => {
    const f: Figures = {}
    for (const [key, codes, contra] of SOURCES) f[key] = codes.reduce((n, c) => n + (contra ? -1 : 1) * balance(sqlite, ledgerId, c, period, true), 0)
    if (cardsFor162) {
      const month = `${Math.floor(period / 100)}-${String(period % 100).padStart(2, '0')}`
      const state = assetRows({ sqlite }, ledgerId, month).filter((r) => r.ownership === 'state')
      f.fixed = state.reduce((n, r) => n + r.cost, 0)
      f.depreciation = state.reduce((n, r) => n + r.accumulated, 0)
    }
    return f
  }
  const opening = figuresAt((year - 1) * 100 + 12)
  const closing = figuresAt(year * 100 + 12)
  const anyAccount = SOURCES.some(([, codes]) => codes.some((c) => hasStateAccounts(sqlite, ledgerId, c)))
  const anyCard = (sqlite.prepare(`SELECT count(*) AS n FROM assets WHERE ledger_id = ? AND ownership = 'state'`).get(ledgerId) as { n: number }).n > 0
  if (cardsFor162 && anyCard) notes.push('162/163 未设“国有资产”明细科目，固定资产原值和累计折旧取自资产性质为“国有资产”的卡片')
  if (anyAccount) notes.push('其余各行取自名称含“国有资产”的明细科目（及其下级）余额')
  if (!anyAccount && !anyCard) notes.push('本账套没有“国有资产”明细科目，也没有资产性质为“国有资产”的卡片：本表各行为 0（工会附02表只由持有国有资产的县级以上工会编制）')
  return {
    year,
    hasDetail: anyAccount || anyCard,
    rows: ROWS.map(([label, of, total]) => ({ label, total, opening: of(opening), closing: of(closing) })),
    notes,
  }
}

export const stateReportHandlers: HandlerMap<'assets.stateReport' | 'assets.exportStateReport'> = {
  'assets.stateReport': (ctx, input) => stateAssetsReport(ctx.core.sqlite, ledgerFor(ctx, input.ledgerId, LEDGER_READERS).id, input.year),
  'assets.exportStateReport': prepared<'assets.exportStateReport', { fileName: string; buffer: Buffer }>(
    async (ctx, input) => {
      const ledger = ledgerFor(ctx, input.ledgerId, LEDGER_READERS)
      const report = stateAssetsReport(ctx.core.sqlite, ledger.id, input.year)
      const sheet = {
        name: '国有资产情况表',
        title: '国有资产情况表',
        headers: ['项目', '行次', '年初余额', '年末余额'],
        money: [2, 3],
        info: `工会附02表  ${input.year}年  单位：元`,
        orientation: 'portrait' as const,
        rows: report.rows.map((r, i) => [r.label, i + 1, r.opening, r.closing]),
        footer: [...report.notes, SIGNATURES],
      }
      const buffer = await printableWorkbook([sheet], ledger.orgName, todayOf(ctx.core))
      return { fileName: `UnionDesk-国有资产情况表-${ledger.code}-${input.year}.xlsx`, buffer }
    },
    (_ctx, _input, { fileName, buffer }) => ({ fileName, content: buffer.toString('base64') }),
  ),
}
