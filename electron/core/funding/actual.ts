import type { MethodResult } from '../../shared/contract'
import type { PlanActualRow } from '../../shared/contract/funding'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { namesOf, netCredit, netDebit } from '../transfers/reconcile'
import { streetFor, type StreetScope } from '../transfers/scope'
import { fundingRows } from './plan'

/**
 * 经费保障计划执行对比 for a year: plan, transferred (the 街镇's posted 508 naming the 小二级's 账套 or union),
 * received (the 小二级's posted 403 — its only 上级 is the 街镇), and the two differences.
 */
export function planVsActual(core: Core, scope: StreetScope, year: number): MethodResult<'funding.vsActual'> {
  const months = { fromPeriod: year * 100 + 1, toPeriod: year * 100 + 12 }
  const ledgerOf = core.sqlite.prepare('SELECT code, name, org_name AS orgName FROM ledgers WHERE id = ?')
  const rows: PlanActualRow[] = fundingRows(core, scope, year).map((r) => {
    const lower = r.ledgerId === null ? null : (ledgerOf.get(r.ledgerId) as { code: string; name: string; orgName: string })
    const names = lower ? namesOf(lower, r.name) : [r.name]
    const transferred = netDebit(core, { ...months, ledgerId: scope.ledger.id, code: '508', names })
    const received = r.ledgerId === null ? 0 : netCredit(core, { ...months, ledgerId: r.ledgerId, code: '403', names: null })
    return {
      unionId: r.unionId,
      code: r.code,
      name: r.name,
      ledgerName: r.ledgerName,
      plan: r.amount,
      transferred,
      received,
      unpaid: r.amount - transferred,
      difference: transferred - received,
    }
  })
  const sum = (k: 'plan' | 'transferred' | 'received' | 'unpaid' | 'difference') => rows.reduce((s, r) => s + r[k], 0)
  return { rows, totals: { plan: sum('plan'), transferred: sum('transferred'), received: sum('received'), unpaid: sum('unpaid'), difference: sum('difference') } }
}

export const fundingActualHandlers: HandlerMap<'funding.vsActual'> = {
  'funding.vsActual': (ctx, input) => planVsActual(ctx.core, streetFor(ctx, input.ledgerId, LEDGER_READERS), input.year),
}
