import { formatPercent, basisPointsOf } from '../../shared/rate'
import type { BudgetExecution } from '../../shared/contract/budget'
import { DATA_NOTES, NOTE_KEYS, NOTE_TITLES, type FinalTexts, type NoteKey } from '../../shared/contract/yearend'
import type { Core } from '../app'
import type { LedgerRecord } from '../ledger/access'
import { rolledUp } from '../ledger/balances'
import { consolidated } from '../reports/consolidated'
import { yearFlows, yuan, type AccountFlow } from './final-figures'

/** The year's figures behind the 附注 and the 财务情况说明书, over one 账套 or a 汇总 (508/403 taken out once). */
export interface YearSummary {
  income: number
  expenditure: number
  lastIncome: number
  lastExpenditure: number
  internal: number
  /** Level-1 expenditure by code, after eliminations. */
  expense: { code: string; name: string; amount: number }[]
  balances: { code: string; name: string; category: string; start: number; end: number }[]
  assets: { code: string; name: string; cost: number; depreciation: number }[]
  disposals: string[]
  nominal: string[]
  priorYear: string[]
}

const net = (f: AccountFlow) => (f.category === 'income' ? f.credit - f.debit : f.debit - f.credit)
const level1 = (flows: AccountFlow[], category: string) => flows.filter((f) => f.code.length === 3 && f.category === category)

/** 508/403 pairs eliminated in a 汇总 for the year ending in `december` (0 for one 账套, or where a 账套 had not started). */
function internalOf(core: Core, ledgers: LedgerRecord[], december: number): number {
  if (ledgers.length < 2 || ledgers.some((l) => l.startPeriod > december)) return 0
  const c = consolidated(core, ledgers, december)
  const year = String(Math.floor(december / 100))
  return c.eliminations.filter((e) => e.pair === '508/403' && e.upper.period.startsWith(year)).reduce((n, e) => n + e.amount, 0)
}

export function yearSummary(core: Core, ledgers: LedgerRecord[], year: number): YearSummary {
  const flows = ledgers.map((l) => yearFlows(core, l, year))
  const lastFlows = ledgers.map((l) => (l.startPeriod <= (year - 1) * 100 + 12 ? yearFlows(core, l, year - 1) : []))
  const total = (sets: AccountFlow[][], category: string) => sets.reduce((n, fs) => n + level1(fs, category).reduce((m, f) => m + net(f), 0), 0)
  const internal = internalOf(core, ledgers, year * 100 + 12)
  const lastInternal = internalOf(core, ledgers, (year - 1) * 100 + 12)
  const expense = new Map<string, { code: string; name: string; amount: number }>()
  for (const f of flows.flat().filter((f) => f.code.length === 3 && f.category === 'expense')) {
    const e = expense.get(f.code) ?? expense.set(f.code, { code: f.code, name: f.name, amount: 0 }).get(f.code)!
    e.amount += net(f)
  }
  if (internal && expense.has('508')) expense.get('508')!.amount -= internal
  const balances = new Map<string, YearSummary['balances'][number]>()
  const assets = new Map<string, YearSummary['assets'][number]>()
  const disposals: string[] = []
  const nominal: string[] = []
  const priorYear: string[] = []
  for (const [i, ledger] of ledgers.entries()) {
    const prefix = ledgers.length > 1 ? `${ledger.code}：` : ''
    for (const { account, m } of rolledUp(core, ledger, year * 100 + 1, year * 100 + 12)) {
      const end = m.opening + m.yearDebit - m.yearCredit
      if (account.level === 1 && ['asset', 'liability', 'net_asset'].includes(account.category) && (m.opening || end)) {
        const sign = account.normalSide === 'debit' ? 1 : -1
        const b =
          balances.get(account.code) ?? balances.set(account.code, { code: account.code, name: account.name, category: account.category, start: 0, end: 0 }).get(account.code)!
        b.start += sign * m.opening
        b.end += sign * end
      }
      if ((account.code.startsWith('162') || account.code.startsWith('163')) && account.isLeaf && end) {
        const key = account.code.startsWith('162') ? account.code : `162${account.code.slice(3)}`
        const a =
          assets.get(key) ??
          assets
            .set(key, { code: key, name: account.code.startsWith('162') ? account.fullName : account.fullName.replace('累计折旧', '固定资产'), cost: 0, depreciation: 0 })
            .get(key)!
        if (account.code.startsWith('162')) a.cost += end
        else a.depreciation += -end
      }
    }
    for (const f of flows[i]) {
      if (f.code === '182' && (f.debit || f.credit)) disposals.push(`${prefix}待处理财产损溢本年借方 ${yuan(f.debit)}、贷方 ${yuan(f.credit)}`)
      if (f.code === '162' && f.credit) disposals.push(`${prefix}固定资产本年减少（处置、报废或盘亏）原值 ${yuan(f.credit)}`)
      if ((f.code === '32101' || f.code === '32201') && (f.debit || f.credit))
        priorYear.push(
          `${prefix}${f.code === '32101' ? '工会资金结转' : '工会资金结余'}—年初余额调整：借方 ${yuan(f.debit)}，贷方 ${yuan(f.credit)}，净调整 ${yuan(f.credit - f.debit)}`,
        )
    }
    const ones = core.sqlite
      .prepare(
        `SELECT a.code, a.name, l.summary FROM voucher_lines l JOIN accounts a ON a.id = l.account_id
         WHERE l.ledger_id = ? AND l.posted = 1 AND l.period BETWEEN ? AND ? AND l.debit = 100 AND (a.code LIKE '141%' OR a.code LIKE '162%' OR a.code LIKE '171%')`,
      )
      .all(ledger.id, year * 100 + 1, year * 100 + 12) as { code: string; name: string; summary: string }[]
    for (const o of ones) nominal.push(`${prefix}${o.code} ${o.name}：${o.summary}（按名义金额 1 元入账）`)
  }
  return {
    income: total(flows, 'income') - internal,
    expenditure: total(flows, 'expense') - internal,
    lastIncome: total(lastFlows, 'income') - lastInternal,
    lastExpenditure: total(lastFlows, 'expense') - lastInternal,
    internal,
    expense: [...expense.values()].filter((e) => e.amount).sort((a, b) => a.code.localeCompare(b.code)),
    balances: [...balances.values()].sort((a, b) => a.code.localeCompare(b.code)),
    assets: [...assets.values()].sort((a, b) => a.code.localeCompare(b.code)),
    disposals,
    nominal,
    priorYear,
  }
}

/** "比上年增加 12.34%" (half up, two places) or "上年无数据". */
export function changeText(now: number, last: number): string {
  if (last <= 0) return '上年无可比数据'
  const bp = basisPointsOf(now - last, last)!
  return `比上年${bp >= 0 ? '增加' : '减少'} ${formatPercent(Math.abs(bp))}`
}

const expenseRate = (exec: BudgetExecution | null) => exec?.rows.find((r) => r.key === 'expense-total')?.rate ?? null

/** The 附注 points filled from the books (§5.5 2, 4, 5, 6, 7): figures, then whatever the clerk added. */
export function noteFigures(s: YearSummary, exec: BudgetExecution | null): Record<NoteKey, string[]> {
  const surplus = s.income - s.expenditure
  const figures: Record<NoteKey, string[]> = { compliance: [], position: [], policies: [], items: [], disposals: [], nominal: [], priorYear: [], other: [] }
  figures.position = [
    `本年收入合计 ${yuan(s.income)}，${changeText(s.income, s.lastIncome)}；本年支出合计 ${yuan(s.expenditure)}，${changeText(s.expenditure, s.lastExpenditure)}；收支${surplus >= 0 ? '结余' : '差额'} ${yuan(surplus)}。`,
    ...(s.internal ? [`汇总时已抵销上下级之间的补助收支 ${yuan(s.internal)}。`] : []),
    exec && expenseRate(exec) !== null
      ? `本年支出预算执行率 ${formatPercent(expenseRate(exec))}（支出决算数 ${yuan(exec.rows.find((r) => r.key === 'expense-total')!.ytd)}，调整后支出预算 ${yuan(exec.rows.find((r) => r.key === 'expense-total')!.budget)}）。`
      : '本年未编制预算，无预算执行率。',
  ]
  figures.items = s.balances.map((b) => `${b.code} ${b.name}：年初 ${yuan(b.start)}，年末 ${yuan(b.end)}，增减 ${yuan(b.end - b.start)}。`)
  figures.disposals = s.disposals.length ? s.disposals : ['本年无重大资产处置和重大损失。']
  figures.nominal = s.nominal.length ? s.nominal : ['本年无以名义金额计量的资产。']
  figures.priorYear = s.priorYear.length ? s.priorYear : ['本年无以前年度结转结余调整事项。']
  return figures
}

/** Default texts of the policy points and the cover, before anything is saved for the year. */
export function defaultTexts(orgName: string): FinalTexts {
  return {
    notes: {
      compliance: `${orgName}按照《工会会计制度》（财会〔2021〕7号）的规定进行会计核算，编制的会计报表真实、完整地反映了本单位的财务状况和预算执行情况。`,
      position: '',
      policies: '本单位以收付实现制为基础进行预算会计核算；固定资产按取得时的实际成本计量，按年限平均法计提折旧；会计政策和会计估计本年未发生变更。',
      items: '',
      disposals: '',
      nominal: '',
      priorYear: '',
      other: '无其他需要说明的事项。',
    },
    statement: '',
    cover: { head: '', financeHead: '', preparer: '', reportDate: '' },
  }
}

/** The printed 附注: each point's figures from the books, then its saved text. */
export function noteLines(figures: Record<NoteKey, string[]>, texts: FinalTexts): { title: string; lines: string[] }[] {
  return NOTE_KEYS.map((key) => ({
    title: NOTE_TITLES[key],
    lines: [...(DATA_NOTES.includes(key) ? figures[key] : []), ...(texts.notes[key] ? [texts.notes[key]] : [])],
  }))
}

/**
 * The generated 财务情况说明书: the year's figures in sentences, the execution rate and the largest
 * variances with the reasons written in the budget's 说明 column.
 */
export function statementDraft(orgName: string, year: number, s: YearSummary, exec: BudgetExecution | null, reasons: Map<string, string>): string {
  const surplus = s.income - s.expenditure
  const share = (code: string) => {
    const e = s.expense.find((x) => x.code === code)
    return e && s.expenditure > 0 ? formatPercent(basisPointsOf(e.amount, s.expenditure)) : '0.00%'
  }
  const parts = [
    `${orgName}${year}年度财务情况说明书`,
    `一、收支情况：本年收入 ${yuan(s.income)}，${changeText(s.income, s.lastIncome)}；本年支出 ${yuan(s.expenditure)}，${changeText(s.expenditure, s.lastExpenditure)}，其中职工活动支出占 ${share('501')}、职工服务支出占 ${share('503')}、维权支出占 ${share('504')}、业务支出占 ${share('505')}；收支${surplus >= 0 ? '结余' : '差额'} ${yuan(surplus)}。`,
  ]
  const rate = expenseRate(exec)
  if (exec && rate !== null) {
    const rows = exec.rows.filter((r) => r.level > 0 && r.category === 'expense' && r.variance !== 0)
    const largest = [...rows].sort((a, b) => Math.abs(b.variance) - Math.abs(a.variance)).slice(0, 3)
    parts.push(`二、预算执行情况：本年支出预算执行率 ${formatPercent(rate)}。`)
    if (largest.length) {
      parts.push(
        `差异较大的项目：${largest
          .map(
            (r) =>
              `${r.accountCode} ${r.accountName}${r.detail ? `（${r.detail}）` : ''}预算 ${yuan(r.budget)}、决算 ${yuan(r.ytd)}，${r.variance > 0 ? '结余' : '超支'} ${yuan(Math.abs(r.variance))}${reasons.get(r.accountCode) ? `，原因：${reasons.get(r.accountCode)}` : ''}`,
          )
          .join('；')}。`,
      )
    }
  } else parts.push('二、预算执行情况：本年未编制预算。')
  parts.push(`三、资产情况：固定资产原值 ${yuan(s.assets.reduce((n, a) => n + a.cost, 0))}，累计折旧 ${yuan(s.assets.reduce((n, a) => n + a.depreciation, 0))}。`)
  parts.push('四、存在的问题和改进措施：（请补充）')
  return parts.join('\n')
}
