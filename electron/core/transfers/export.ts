import { MONEY_PATTERN_LABELS, TRANSFER_KIND_LABELS } from '../../shared/budget-terms'
import type { MethodParsedInput } from '../../shared/contract'
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import { MISMATCH_LABELS, PAIR_STATE_LABELS, type TransferRow } from '../../shared/contract/transfers'
import { VOUCHER_STATUS_LABELS } from '../../shared/ledger-terms'
import { prepared } from '../api/types'
import type { Core } from '../app'
import { planVsActual } from '../funding/actual'
import { printableWorkbook, type PrintSheet } from '../excel/printable'
import { todayOf } from '../system/time'
import { reconcile } from './reconcile'
import { streetFor, type StreetScope } from './scope'

type ExportInput = MethodParsedInput<'transfers.export'>

const sideText = (s: TransferRow['from']) =>
  s.voucherId === null ? '无凭证' : `${s.label} ${VOUCHER_STATUS_LABELS[s.status!]}${s.reversalLabel ? `，冲销 ${s.reversalLabel}${s.reversalPosted ? '' : '（未记账）'}` : ''}`

/** 内部往来核对: the pairs, then the problems, then the balance checks, one sheet each. */
function reconciliationSheets(core: Core, scope: StreetScope, q: ExportInput): PrintSheet[] {
  const r = reconcile(core, scope, q.from, q.to)
  const period = `期间：${q.from} 至 ${q.to}    单位：元`
  return [
    {
      name: '划拨配对',
      title: '上代下划拨配对表',
      info: period,
      headers: ['日期', '类型', '资金存放', '摘要', '小二级账套', '划拨金额', '街镇凭证', '街镇金额', '小二级凭证', '小二级金额', '状态', '问题'],
      money: [5, 7, 9],
      rows: r.pairs.map((p) => [
        p.date,
        TRANSFER_KIND_LABELS[p.kind],
        MONEY_PATTERN_LABELS[p.moneyPattern],
        p.summary,
        p.to.ledgerName,
        p.amount,
        sideText(p.from),
        p.from.amount,
        sideText(p.to),
        p.to.amount,
        PAIR_STATE_LABELS[p.state],
        p.problems.join('；'),
      ]),
    },
    {
      name: '不一致事项',
      title: '内部往来不一致事项',
      info: period,
      headers: ['类别', '小二级', '说明', '街镇方', '小二级方'],
      money: [3, 4],
      rows: r.mismatches.map((m) => [MISMATCH_LABELS[m.kind], m.party, m.detail, m.upper, m.lower]),
    },
    {
      name: '余额核对',
      title: '内部往来余额核对',
      info: `截至 ${q.to}    单位：元`,
      headers: ['小二级账套', '街镇 215 其他应付款', '小二级 135 其他应收款', '差额', '本年街镇 508 补助下级', '本年小二级 403 上级补助', '差额'],
      money: [1, 2, 3, 4, 5, 6],
      rows: r.balances.map((b) => [b.ledgerName, b.payable215, b.receivable135, b.payable215 - b.receivable135, b.paid508, b.received403, b.paid508 - b.received403]),
    },
  ]
}

function planActualSheet(core: Core, scope: StreetScope, year: number): PrintSheet {
  const { rows, totals } = planVsActual(core, scope, year)
  return {
    name: '经费保障计划执行',
    title: `${year} 年小二级经费保障计划执行对比表`,
    info: `${year} 年度    单位：元`,
    headers: ['工会编码', '小二级', '账套', '计划金额', '已拨付（508）', '已收到（403）', '未拨付', '拨付与收到差额'],
    money: [3, 4, 5, 6, 7],
    rows: [
      ...rows.map((r) => [r.code, r.name, r.ledgerName, r.plan, r.transferred, r.received, r.unpaid, r.difference]),
      ['合计', null, null, totals.plan, totals.transferred, totals.received, totals.unpaid, totals.difference],
    ],
  }
}

/** Workbooks for the window, as `reports.export` returns them: file name and base64 content. */
export const exportTransfers = prepared<'transfers.export', { buffer: Buffer; fileName: string }>(
  async (ctx, input) => {
    const scope = streetFor(ctx, input.ledgerId, LEDGER_READERS)
    const year = Number(input.to.slice(0, 4))
    const reconciliation = input.report === 'reconciliation'
    const sheets = reconciliation ? reconciliationSheets(ctx.core, scope, input) : [planActualSheet(ctx.core, scope, year)]
    const buffer = await printableWorkbook(sheets, scope.ledger.orgName, todayOf(ctx.core))
    const fileName = reconciliation ? `UnionDesk-内部往来核对-${scope.ledger.code}-${input.from}至${input.to}.xlsx` : `UnionDesk-经费保障计划执行-${scope.ledger.code}-${year}.xlsx`
    return { buffer, fileName }
  },
  (_ctx, _input, { buffer, fileName }) => ({ fileName, content: buffer.toString('base64') }),
)
