import { useEffect, useMemo, useRef, useState } from 'react'
import { EyeOutlined } from '@ant-design/icons'
import { App, Button, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import { call } from '../../../api/client'
import { overlayOpen } from '../../../components/ShortcutHelp'
import type { VoucherHeader } from '../../../../../electron/shared/contract/vouchers'
import { VOUCHER_ORIGIN_LABELS, VOUCHER_STATUS_LABELS, type VoucherOrigin, type VoucherStatus } from '../../../../../electron/shared/ledger-terms'
import { Money } from '../../../components/Money'
import { useCall } from '../../../hooks/useCall'
import { useLedgerPermissions } from '../access'
import { LedgerImportButton } from '../ImportButtons'
import { useCurrentLedger } from '../LedgerContext'
import { useChart } from '../useChart'
import { BatchActions } from './BatchActions'
import { PrintSelected } from './PrintSelected'
import { RowActions } from './RowActions'
import { STATUS_COLORS } from './statusColors'
import { VoucherFilters, queryOfPreset, type VoucherPreset, type VoucherQuery } from './VoucherFilters'
import { VoucherViewModal } from './VoucherViewModal'
import { RefreshButton } from '../../../components/ToolbarButtons'
import { DataTable } from '../../../components/DataTable'

const name = (n: string | null) => n ?? <Typography.Text type="secondary">—</Typography.Text>

/** 凭证管理: search with server paging, batch 审核/记账, and each voucher's own actions. */
export function VoucherListPage({ onEdit, preset }: { onEdit: (id: number) => void; preset?: VoucherPreset }) {
  const ledger = useCurrentLedger()
  const { keeper } = useLedgerPermissions()
  const { message } = App.useApp()
  const { chart } = useChart(ledger.id)
  const [query, setQuery] = useState<VoucherQuery>(() => queryOfPreset(preset))
  const [page, setPage] = useState({ page: 1, pageSize: 20 })
  const [selected, setSelected] = useState<number[]>([])
  const [viewing, setViewing] = useState<{ id: number; ids: number[] } | null>(null)
  const list = useCall('vouchers.search', { ledgerId: ledger.id, ...query, ...page })
  const fullNames = useMemo(() => new Map(chart.accounts.map((a) => [a.id, a.fullName])), [chart])

  const changed = () => {
    setSelected([])
    list.reload()
  }

  /** 查看 walks the whole filtered list, not only the page shown: fetch its ids in list order. */
  const view = async (id?: number) => {
    const ids: number[] = []
    try {
      for (let p = 1; p <= 20; p++) {
        const chunk = await call('vouchers.search', { ledgerId: ledger.id, ...query, page: p, pageSize: 500 })
        ids.push(...chunk.rows.map((r) => r.id))
        if (ids.length >= chunk.total) break
      }
    } catch (e) {
      return void message.error((e as Error).message)
    }
    if (!ids.length) return void message.info('没有符合条件的凭证')
    setViewing({ id: id ?? ids[0], ids })
  }
  const viewRef = useRef(view)
  viewRef.current = view
  // F3: 逐张查看 from the first voucher of the filter (the reviewer's month starts here).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F3' || overlayOpen()) return
      e.preventDefault()
      void viewRef.current()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const columns: TableColumnsType<VoucherHeader> = [
    { title: '日期', dataIndex: 'date', width: 96 },
    { title: '凭证号', dataIndex: 'label', width: 72 },
    { title: '摘要', dataIndex: 'summary', ellipsis: true },
    { title: '金额', dataIndex: 'total', width: 120, align: 'right', render: (fen: number) => <Money fen={fen} /> },
    {
      title: '状态',
      dataIndex: 'status',
      width: 72,
      render: (s: VoucherStatus) => <Tag color={STATUS_COLORS[s]}>{VOUCHER_STATUS_LABELS[s]}</Tag>,
    },
    {
      title: '来源',
      dataIndex: 'origin',
      width: 104,
      render: (o: VoucherOrigin, row) => (
        <Space size={2} wrap>
          <span style={o === 'reversal' ? { color: '#cf1322' } : undefined}>{VOUCHER_ORIGIN_LABELS[o]}</span>
          {row.reversedBy && (
            <Tag color="error" variant="outlined">
              已冲销
            </Tag>
          )}
        </Space>
      ),
    },
    { title: '制单', dataIndex: 'createdBy', width: 64, render: name },
    { title: '审核', dataIndex: 'reviewedBy', width: 64, render: name },
    { title: '记账', dataIndex: 'postedBy', width: 64, render: name },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, row) => <RowActions voucher={row} onView={(id) => void view(id)} onEdit={onEdit} onChanged={changed} />,
    },
  ]

  return (
    <>
      <VoucherFilters
        accounts={chart.allOptions}
        preset={preset}
        onSearch={(q) => {
          setQuery(q)
          setPage((p) => ({ ...p, page: 1 }))
          setSelected([])
        }}
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 8 }}>
        <BatchActions ids={selected} onDone={changed} />
        <Space>
          <PrintSelected ids={selected} fullNames={fullNames} />
          <Tooltip title="F3：从第一张开始逐张查看、审核">
            <Button icon={<EyeOutlined />} onClick={() => void view()}>
              逐张查看
            </Button>
          </Tooltip>
          {keeper && <LedgerImportButton kind="vouchers" onDone={changed} />}
          <RefreshButton onClick={list.reload} />
        </Space>
      </div>
      <DataTable
        load={list}
        columns={columns}
        dataSource={list.data?.rows}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
        scroll={{ x: 960 }}
        locale={{ emptyText: '没有符合条件的凭证' }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => <Typography.Text type="secondary">共 {total} 张</Typography.Text>,
          onChange: (p, pageSize) => setPage({ page: pageSize === page.pageSize ? p : 1, pageSize }),
        }}
      />
      {viewing !== null && <VoucherViewModal voucherId={viewing.id} ids={viewing.ids} fullNames={fullNames} onChanged={list.reload} onClose={() => setViewing(null)} />}
    </>
  )
}
