import { useMemo, useState, type ReactNode } from 'react'
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons'
import { Button, Space, Tag, Typography, type TablePaginationConfig } from 'antd'
import type { ColumnType } from 'antd/es/table'
import { Money } from '../../components/Money'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { useChart } from '../ledger/useChart'
import { VoucherViewModal } from '../ledger/vouchers/VoucherViewModal'
import type { Check } from './statements'

/** A money column: right-aligned #,##0.00; 借/贷 columns leave nil blank, as the printed books do. */
export function moneyColumn<T>(title: ReactNode, key: keyof T & string, { blankZero = true, width = 120 } = {}): ColumnType<T> {
  return { title, key, dataIndex: key, align: 'right', width, render: (fen: number) => <Money fen={fen} blankZero={blankZero} /> }
}

/** A voucher's 字号 in a book; clicking it opens the voucher (read-only) over the book. */
export function useVoucherViewer() {
  const ledger = useCurrentLedger()
  const { chart } = useChart(ledger.id)
  const fullNames = useMemo(() => new Map(chart.accounts.map((a) => [a.id, a.fullName])), [chart])
  const [viewing, setViewing] = useState<number | null>(null)
  const link = (voucherId: number | null, label: string) =>
    voucherId === null ? (
      label
    ) : (
      <Button type="link" size="small" className="ud-link-cell" onClick={() => setViewing(voucherId)}>
        {label}
      </Button>
    )
  const modal = viewing !== null && <VoucherViewModal voucherId={viewing} fullNames={fullNames} onClose={() => setViewing(null)} />
  return { link, modal }
}

/** An account code that opens its 明细账. */
export function AccountLink({ code, onOpen }: { code: string; onOpen?: (code: string) => void }) {
  if (!onOpen) return <>{code}</>
  return (
    <Button type="link" size="small" className="ud-link-cell" title="查看明细账" onClick={() => onOpen(code)}>
      {code}
    </Button>
  )
}

/** A report's built-in checks as green/red tags, each followed by what was compared. */
export function CheckTags({ checks }: { checks: Check[] }) {
  if (!checks.length) return null
  return (
    <div className="ud-report-checks">
      {checks.map((c) => (
        <Space key={c.label} size={4} className="ud-report-check">
          <Tag color={c.ok ? 'success' : 'error'} icon={c.ok ? <CheckCircleOutlined /> : <CloseCircleOutlined />}>
            {c.ok ? '通过' : '未通过'}：{c.label}
          </Tag>
          <Typography.Text type={c.ok ? 'secondary' : 'danger'} style={{ fontSize: 12 }}>
            {c.detail}
          </Typography.Text>
        </Space>
      ))}
    </div>
  )
}

/** The class of a totals line in a book (本日合计, 本月合计, 本年累计), for its bold print. */
export const bookRowClass = (row: { kind: string }) => (row.kind === 'line' ? '' : `ud-book-${row.kind}`)

/** Book rows have no identity of their own (a voucher may post two equal lines): their place is their key. */
const keyed = <T extends object>(rows: T[] | undefined) => rows?.map((r, i) => ({ ...r, key: i }))

/** Server paging of a long book: the page to ask for, and the table's rows and pagination from the answer. */
export function usePaging() {
  const [page, setPage] = useState({ page: 1, pageSize: 100 })
  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: page.page,
    pageSize: page.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [100, 500, 1000],
    showTotal: (n) => `共 ${n} 行`,
    onChange: (p, pageSize) => setPage({ page: pageSize === page.pageSize ? p : 1, pageSize }),
  })
  const paged = <T extends object>(state: { data?: { rows: T[]; total: number }; loading: boolean }) => ({
    dataSource: keyed(state.data?.rows),
    loading: state.loading,
    pagination: pagination(state.data?.total),
  })
  return { page, paged }
}
