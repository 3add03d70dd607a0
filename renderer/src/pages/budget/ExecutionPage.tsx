import { useState } from 'react'
import { Alert, DatePicker, Space, Tag, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { formatPercent } from '../../../../electron/shared/rate'
import type { ExecutionRow } from '../../../../electron/shared/contract/budget'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { LedgerPicker } from '../yearend/LedgerPicker'
import { ExcelButton } from '../../components/ExcelButton'
import { DataTable } from '../../components/DataTable'

const money = (title: string, key: keyof ExecutionRow, width = 108) => ({
  title,
  dataIndex: key,
  width,
  align: 'right' as const,
  render: (fen: number, row: ExecutionRow) => <Money fen={fen} strong={row.level === 0} />,
})

const columns: TableColumnsType<ExecutionRow> = [
  {
    title: '科目',
    key: 'account',
    fixed: 'left',
    width: 210,
    render: (_, r) =>
      r.level === 0 ? (
        <Typography.Text strong>{r.accountName}</Typography.Text>
      ) : (
        <>
          <div>{`${r.accountCode} ${r.accountName}`}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.detail}
          </Typography.Text>
        </>
      ),
  },
  money('年初预算', 'original'),
  money('调整后预算', 'budget'),
  money('本月执行', 'month'),
  money('累计执行', 'ytd'),
  { title: '执行率', dataIndex: 'rate', width: 80, align: 'right', render: (bp: number | null) => formatPercent(bp) },
  money('上年同期', 'priorYtd'),
  money('差异（预算−执行）', 'variance', 130),
  {
    title: '提示',
    dataIndex: 'flags',
    width: 150,
    render: (flags: string[]) =>
      flags.map((f) => (
        <Tag key={f} color="error">
          {f}
        </Tag>
      )),
  },
]

/** 预算执行表 of the current 账套 for a month, or the 汇总 of several 账套; exported as a printable workbook. */
export function ExecutionPage() {
  const ledger = useCurrentLedger()
  const [period, setPeriod] = useState(ledger.currentPeriod)
  const [ledgerIds, setLedgerIds] = useState([ledger.id])
  const input = { ledgerIds: ledgerIds.length ? ledgerIds : [ledger.id], period }
  const table = useCall('budget.execution', input)

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker picker="month" aria-label="月份" allowClear={false} value={dayjs(`${period}-01`)} onChange={(d) => d && setPeriod(d.format('YYYY-MM'))} />
        <LedgerPicker value={ledgerIds} onChange={setLedgerIds} placeholder="选择多个账套即为汇总" />
        <ExcelButton workbook={() => call('budget.exportExecution', input)} />
      </Space>
      {table.error ? (
        <LoadError error={table.error} onRetry={table.reload} />
      ) : (
        <>
          {table.data && (
            <Typography.Title level={5} style={{ margin: 0 }}>
              {table.data.title}（{table.data.orgName}，{table.data.periodLabel}，单位：元）
            </Typography.Title>
          )}
          {table.data?.notes.map((n) => (
            <Alert key={n} type="warning" showIcon title={n} />
          ))}
          <DataTable load={table} rowKey="key" columns={columns} dataSource={table.data?.rows} pagination={false} scroll={{ x: 1220 }} locale={{ emptyText: '没有预算' }} />
        </>
      )}
    </Space>
  )
}
