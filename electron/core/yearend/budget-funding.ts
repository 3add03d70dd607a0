import { FUNDING_BASIS_LABELS, type FundingBasis } from '../../shared/budget-terms'
import type { BudgetTableRow } from '../../shared/contract/yearend'
import type { Core } from '../app'
import type { LedgerRecord } from '../ledger/access'
import { namesOf, netDebit } from '../transfers/reconcile'
import { streetLedgers } from '../transfers/scope'
import { rowOf } from './table-row'

type Figures = Pick<BudgetTableRow, 'lastBudget' | 'lastActual' | 'budget'>

const planOf = (core: Core, ledgerId: number, year: number, unionId: number) =>
  core.sqlite.prepare('SELECT amount, basis, basis_note AS note FROM funding_plans WHERE ledger_id = ? AND year = ? AND union_id = ?').get(ledgerId, year, unionId) as
    { amount: number; basis: FundingBasis; note: string | null } | undefined

/** Plan this year and last, and what the 街镇 posted on 508 to this 小二级 last year. */
function figuresFor(core: Core, street: LedgerRecord, x: { unionId: number; name: string; ledgerId: number | null }, year: number): Figures & { basis: string } {
  const lower =
    x.ledgerId === null
      ? null
      : (core.sqlite.prepare('SELECT code, name, org_name AS orgName FROM ledgers WHERE id = ?').get(x.ledgerId) as { code: string; name: string; orgName: string })
  const plan = planOf(core, street.id, year, x.unionId)
  const lastActual = netDebit(core, {
    ledgerId: street.id,
    code: '508',
    fromPeriod: (year - 1) * 100 + 1,
    toPeriod: (year - 1) * 100 + 12,
    names: lower ? namesOf(lower, x.name) : [x.name],
  })
  return {
    budget: plan?.amount ?? 0,
    lastBudget: planOf(core, street.id, year - 1, x.unionId)?.amount ?? 0,
    lastActual,
    basis: plan ? [FUNDING_BASIS_LABELS[plan.basis], plan.note].filter(Boolean).join('：') : '',
  }
}

/** The 街镇's own block: 补助下级支出 by 小二级 (from the 经费保障 plans and the posted 508 lines); empty for any other 账套. */
export function fundingBlock(core: Core, ledger: LedgerRecord, year: number): BudgetTableRow[] {
  const street = streetLedgers(core).find((s) => s.ledgerId === ledger.id)
  if (!street) return []
  const rows = street.xiaoerji
    .map((x) => ({ x, f: figuresFor(core, ledger, x, year) }))
    .filter(({ f }) => f.budget || f.lastBudget || f.lastActual)
    .map(({ x, f }) => rowOf('detail', x.code, x.name, f, f.basis))
  if (!rows.length) return []
  const total = rows.reduce((t, r) => ({ lastBudget: t.lastBudget + r.lastBudget, lastActual: t.lastActual + r.lastActual, budget: t.budget + r.budget }), {
    lastBudget: 0,
    lastActual: 0,
    budget: 0,
  })
  return [...rows, rowOf('total', '', '补助下级支出合计', total)]
}

/** Funding between a chosen 街镇 and its chosen 小二级: counted once in the 汇总 (taken out of both 508 and 403). */
export function internalFunding(core: Core, ledgers: LedgerRecord[], year: number): Figures {
  const chosen = new Set(ledgers.map((l) => l.id))
  const total: Figures = { lastBudget: 0, lastActual: 0, budget: 0 }
  for (const s of streetLedgers(core).filter((s) => chosen.has(s.ledgerId))) {
    const street = ledgers.find((l) => l.id === s.ledgerId)!
    for (const x of s.xiaoerji.filter((x) => x.ledgerId !== null && chosen.has(x.ledgerId))) {
      const f = figuresFor(core, street, x, year)
      total.budget += f.budget
      total.lastBudget += f.lastBudget
      total.lastActual += f.lastActual
    }
  }
  return total
}
