import { useState } from 'react'
import { Alert, DatePicker, Space, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { MethodResult } from '../../../../../electron/shared/contract'
import type { StreetLedger } from '../../../../../electron/shared/contract/funding'
import { MISMATCH_LABELS, type MismatchRow, type TransferRow } from '../../../../../electron/shared/contract/transfers'
import { call } from '../../../api/client'
import { LoadError } from '../../../components/LoadError'
import { Money } from '../../../components/Money'
import { useCall } from '../../../hooks/useCall'
import { pairColumns } from './pairColumns'
import { RefreshButton } from '../../../components/ToolbarButtons'
import { ExcelButton } from '../../../components/ExcelButton'
import { DataTable } from '../../../components/DataTable'

type Balance = MethodResult<'transfers.reconcile'>['balances'][number]

const amount = (fen: number | null) => (fen === null ? '—' : <Money fen={fen} />)
const diff = (a: number, b: number) =>
  a === b ? (
    <Tag color="green">相符</Tag>
  ) : (
    <Typography.Text type="danger">
      差 <Money fen={a - b} />
    </Typography.Text>
  )

/** 内部往来核对: every pair, every problem, and the per-小二级 balance checks, for a range of months. */
export function ReconcilePage({ street, year }: { street: StreetLedger; year: number }) {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs(`${year}-01-01`), dayjs(`${year}-12-01`)])
  const input = { ledgerId: street.ledgerId, from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM') }
  const result = useCall('transfers.reconcile', input)
  const data = result.data
  // The three tables show one load (its error once, above them), each in full.
  const tableOf = { loading: result.loading, pagination: false as const }

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker picker="month" format="YYYY-MM" allowClear={false} value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} aria-label="核对期间" />
        <RefreshButton onClick={result.reload} />
        <ExcelButton workbook={() => call('transfers.export', { report: 'reconciliation', ...input })} />
      </Space>
      {result.error && <LoadError error={result.error} onRetry={result.reload} />}
      {data && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={data.mismatches.length ? 'warning' : 'success'}
          title={data.mismatches.length ? `发现 ${data.mismatches.length} 项不一致，请逐项核实` : `${input.from} 至 ${input.to} 内部往来全部相符`}
        />
      )}
      <Typography.Title level={5}>不一致事项</Typography.Title>
      <DataTable<MismatchRow>
        {...tableOf}
        rowKey={(m) => `${m.kind}|${m.transferId}|${m.detail}`}
        dataSource={data?.mismatches ?? []}
        locale={{ emptyText: '没有不一致事项' }}
        columns={[
          { title: '类别', dataIndex: 'kind', width: 220, render: (k: MismatchRow['kind']) => <Tag color="red">{MISMATCH_LABELS[k]}</Tag> },
          { title: '小二级', dataIndex: 'party', width: 150 },
          { title: '说明', dataIndex: 'detail' },
          { title: '街镇方', dataIndex: 'upper', align: 'right', width: 130, render: amount },
          { title: '小二级方', dataIndex: 'lower', align: 'right', width: 130, render: amount },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        余额核对（截至 {input.to}）
      </Typography.Title>
      <DataTable<Balance>
        {...tableOf}
        rowKey="ledgerId"
        dataSource={data?.balances ?? []}
        columns={[
          { title: '小二级账套', dataIndex: 'ledgerName' },
          { title: '街镇 215 其他应付款', dataIndex: 'payable215', align: 'right', render: amount },
          { title: '小二级 135 其他应收款', dataIndex: 'receivable135', align: 'right', render: amount },
          { title: '代管资金', render: (_, b) => diff(b.payable215, b.receivable135) },
          { title: '本年街镇 508', dataIndex: 'paid508', align: 'right', render: amount },
          { title: '本年小二级 403', dataIndex: 'received403', align: 'right', render: amount },
          { title: '补助', render: (_, b) => diff(b.paid508, b.received403) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        划拨配对
      </Typography.Title>
      <DataTable<TransferRow> {...tableOf} dataSource={data?.pairs ?? []} columns={pairColumns} locale={{ emptyText: '期间内没有划拨' }} />
    </>
  )
}
