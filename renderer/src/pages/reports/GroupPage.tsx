import { useState } from 'react'
import { Empty, Segmented, Select, Skeleton, Table, Typography, type TableColumnsType } from 'antd'
import type { Consolidation, InternalLine } from '../../../../electron/shared/contract/reports'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useCall } from '../../hooks/useCall'
import { useLedgers } from '../ledger/LedgerContext'
import { MonthPicker } from './controls'
import { ReportFrame } from './ReportFrame'
import type { ReportProps } from './routes'
import { StatementBody, StatementNotes } from './StatementTable'
import { trialTotals } from './statements'
import { TrialTable } from './TrialTable'

const VIEWS = [
  { value: 'trial-balance', label: '科目余额表' },
  { value: 'balance-sheet', label: '资产负债表' },
  { value: 'income-statement', label: '收入支出表' },
  { value: 'eliminations', label: '内部往来抵销' },
] as const
type View = (typeof VIEWS)[number]['value']

/** 汇总报表: the chosen 账套 (all the user may read, by default) summed for a month, internal transfers taken out. */
export function GroupPage({ route, go }: ReportProps) {
  const { ledgers } = useLedgers()
  const [ids, setIds] = useState(() => ledgers.map((l) => l.id))
  const [view, setView] = useState<View>('trial-balance')
  const period = route.to
  const title = view === 'eliminations' ? '内部往来抵销明细' : `${VIEWS.find((v) => v.value === view)!.label}（汇总）`
  const report = view === 'eliminations' ? 'trial-balance' : view
  return (
    <ReportFrame
      title={title}
      tableNo={view === 'balance-sheet' ? '工会01表' : view === 'income-statement' ? '工会02表' : undefined}
      orgName={`${ledgers.find((l) => l.id === ids[0])?.orgName ?? ''}（汇总）`}
      period={`${period.slice(0, 4)}年${Number(period.slice(5))}月`}
      orientation={view === 'balance-sheet' || view === 'income-statement' ? 'portrait' : 'landscape'}
      exportInput={ids.length ? { report, ledgerIds: ids, from: period, to: period } : undefined}
      controls={
        <>
          <Select
            mode="multiple"
            aria-label="汇总账套"
            placeholder="选择要汇总的账套"
            value={ids}
            onChange={setIds}
            options={ledgers.map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))}
            maxTagCount="responsive"
            style={{ minWidth: 280, maxWidth: 480 }}
          />
          <MonthPicker value={period} onChange={(to) => go({ from: to, to })} />
          <Segmented aria-label="汇总报表" value={view} onChange={setView} options={[...VIEWS]} />
        </>
      }
    >
      {ids.length ? <GroupReport ids={ids} period={period} view={view} /> : <Empty style={{ padding: 48 }} description="请选择至少一个账套" />}
    </ReportFrame>
  )
}

function GroupReport({ ids, period, view }: { ids: number[]; period: string; view: View }) {
  const group = useCall('reports.consolidated', { ledgerIds: ids, period })
  const c = group.data
  if (group.error) return <LoadError error={group.error} onRetry={group.reload} />
  if (!c) return <Skeleton active paragraph={{ rows: 12 }} />
  if (view === 'trial-balance') {
    return (
      <>
        <TrialTable rows={c.trial} totals={trialTotals(c.trial)} loading={group.loading} />
        <StatementNotes notes={c.notes} />
      </>
    )
  }
  if (view === 'eliminations') return <Eliminations group={c} loading={group.loading} />
  return <StatementBody statement={view === 'balance-sheet' ? c.balanceSheet : c.incomeStatement} />
}

interface PairRow {
  key: string
  kind: string
  amount: number
  upper: InternalLine
  lower?: InternalLine
}

const side = (line?: InternalLine) =>
  line ? (
    <>
      {line.ledgerCode} {line.voucherLabel} <Typography.Text type="secondary">{line.accountCode}</Typography.Text>
    </>
  ) : null

/** The internal pairs taken out of the 汇总, then the lines naming another 账套 that found no partner (left in). */
function Eliminations({ group, loading }: { group: Consolidation; loading: boolean }) {
  const rows: PairRow[] = [
    ...group.eliminations.map((e, i) => ({
      key: `e${i}`,
      kind: e.pair === '212/402' ? '已核对 212/402（转拨）' : `已抵销 ${e.pair}`,
      amount: e.amount,
      upper: e.upper,
      lower: e.lower,
    })),
    ...group.unmatched.map((u, i) => ({ key: `u${i}`, kind: '未抵销', amount: Math.abs(u.net), upper: u })),
  ]
  const columns: TableColumnsType<PairRow> = [
    { title: '类别', dataIndex: 'kind', width: 120, render: (k: string) => (k === '未抵销' ? <Typography.Text type="danger">{k}</Typography.Text> : k) },
    { title: '期间', key: 'period', width: 88, render: (_, r) => r.upper.period },
    { title: '金额', dataIndex: 'amount', width: 128, align: 'right', render: (fen: number) => <Money fen={fen} /> },
    { title: '上级（或本方）分录', key: 'upper', width: 200, render: (_, r) => side(r.upper) },
    { title: '下级（对方）分录', key: 'lower', width: 200, render: (_, r) => side(r.lower) ?? r.upper.counterpart },
    { title: '摘要', key: 'summary', render: (_, r) => r.upper.summary },
  ]
  return (
    <>
      <Table<PairRow> size="small" bordered columns={columns} dataSource={rows} loading={loading} pagination={false} locale={{ emptyText: '所选账套之间本月没有内部往来' }} />
      <StatementNotes notes={group.notes} />
    </>
  )
}
