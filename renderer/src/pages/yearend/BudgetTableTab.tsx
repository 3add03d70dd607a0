import { useState } from 'react'
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons'
import { Alert, Button, DatePicker, Table, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { formatPercent } from '../../../../electron/shared/rate'
import type { BudgetTableRow } from '../../../../electron/shared/contract/yearend'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { downloadBase64 } from '../../download'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { ReportFrame } from '../reports/ReportFrame'
import { LedgerPicker } from './LedgerPicker'
import './yearend.css'

const strong = (r: BudgetTableRow) => r.kind !== 'account' && r.kind !== 'detail'
const money = (title: string, key: keyof BudgetTableRow) => ({
  title,
  dataIndex: key,
  width: 110,
  align: 'right' as const,
  render: (fen: number, r: BudgetTableRow) => (r.kind === 'section' ? null : <Money fen={fen} strong={strong(r)} />),
})

const columns: TableColumnsType<BudgetTableRow> = [
  { title: '科目编码', dataIndex: 'code', width: 90 },
  {
    title: '科目名称',
    dataIndex: 'name',
    width: 210,
    render: (name: string, r) => (
      <Typography.Text strong={strong(r)} style={{ paddingLeft: r.kind === 'detail' ? 24 : r.kind === 'account' ? 12 : 0 }}>
        {name}
      </Typography.Text>
    ),
  },
  money('上年预算数', 'lastBudget'),
  money('上年决算数', 'lastActual'),
  money('本年预算数', 'budget'),
  money('增减额', 'change'),
  { title: '增减率', dataIndex: 'rate', width: 76, align: 'right', render: (bp: number | null, r) => (r.kind === 'section' ? null : formatPercent(bp)) },
  { title: '说明', dataIndex: 'notes', width: 150 },
]

/** 工会经费收支预算表 (or the 预算汇总表 of several 账套) on screen, printed, and as Excel/PDF; the 预算调整表 beside it. */
export function BudgetTableTab() {
  const ledger = useCurrentLedger()
  const [year, setYear] = useState(Number(ledger.currentPeriod.slice(0, 4)))
  const [ledgerIds, setLedgerIds] = useState([ledger.id])
  const input = { ledgerIds: ledgerIds.length ? ledgerIds : [ledger.id], year }
  const table = useCall('yearend.budgetTable', input)
  const { run, busy } = useAction()
  const save = (format: 'xlsx' | 'pdf') =>
    run(async () => {
      const { fileName, content } = await call('yearend.exportBudgetTable', { ...input, format })
      downloadBase64(fileName, content)
    })
  const adjustments = () =>
    run(async () => {
      const { fileName, content } = await call('yearend.exportBudgetAdjustments', { ledgerId: ledger.id, year, format: 'xlsx' })
      downloadBase64(fileName, content)
    })
  const t = table.data
  const controls = (
    <>
      <DatePicker picker="year" aria-label="预算年度" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(d) => d && setYear(d.year())} />
      <LedgerPicker value={ledgerIds} onChange={setLedgerIds} placeholder="选择多个账套即为预算汇总表" />
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => save('xlsx')}>
        导出 Excel
      </Button>
      <Button icon={<FilePdfOutlined />} loading={busy} onClick={() => save('pdf')}>
        导出 PDF
      </Button>
      <Button loading={busy} onClick={adjustments} disabled={ledgerIds.length > 1}>
        预算调整表
      </Button>
    </>
  )
  if (table.error)
    return (
      <>
        <div className="no-print">{controls}</div>
        <LoadError error={table.error} onRetry={table.reload} />
      </>
    )
  return (
    <ReportFrame title={t ? `${year}年${t.title}` : '工会经费收支预算表'} orgName={t?.orgName ?? ledger.orgName} period={`${year}年度`} controls={controls} orientation="portrait">
      {t && (
        <Alert
          className={t.balance.ok ? 'no-print' : undefined}
          type={t.balance.ok ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 8 }}
          title={t.balance.ok ? '收支平衡' : '预算不平衡（收支平衡、不列赤字）'}
          description={t.balance.message}
        />
      )}
      <Table rowKey={(r) => `${r.kind}|${r.code}|${r.name}`} size="small" columns={columns} dataSource={t?.rows} loading={table.loading} pagination={false} scroll={{ x: 960 }} />
      {t && t.funding.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            补助下级支出（按小二级）
          </Typography.Title>
          <Table
            rowKey={(r) => `${r.code}|${r.name}`}
            size="small"
            columns={[{ ...columns[0], title: '工会编码' }, { ...columns[1], title: '小二级工会' }, ...columns.slice(2, 7), { title: '分配依据', dataIndex: 'notes', width: 180 }]}
            dataSource={t.funding}
            pagination={false}
            scroll={{ x: 960 }}
          />
        </>
      )}
      {t?.notes.map((n) => (
        <Typography.Paragraph key={n} type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {n}
        </Typography.Paragraph>
      ))}
    </ReportFrame>
  )
}
