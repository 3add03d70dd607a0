import { useState } from 'react'
import { Button, Space, Tag, type TableColumnsType } from 'antd'
import type { LedgerRow } from '../../../../../electron/shared/contract/ledgers'
import { useLedgers } from '../LedgerContext'
import { LedgerFormModal } from './LedgerFormModal'
import { DataTable } from '../../../components/DataTable'
import { AddButton, RefreshButton } from '../../../components/ToolbarButtons'

/** 账套管理 (系统管理员、会计): the 账套 list, 新建账套 and 修改. */
export function LedgersPage() {
  const { ledgers, loading, error, reload, select, current } = useLedgers()
  const [editing, setEditing] = useState<LedgerRow | 'new' | null>(null)

  const columns: TableColumnsType<LedgerRow> = [
    {
      title: '账套编码',
      dataIndex: 'code',
      width: 110,
      render: (code: string, row) => (
        <Space size={4}>
          {code}
          {row.id === current?.id && <Tag color="blue">当前</Tag>}
        </Space>
      ),
    },
    { title: '账套名称', dataIndex: 'name' },
    { title: '编制单位', dataIndex: 'orgName' },
    { title: '启用期间', dataIndex: 'startPeriod', width: 100 },
    { title: '当前期间', dataIndex: 'currentPeriod', width: 100 },
    { title: '已结账至', dataIndex: 'closedThrough', width: 100, render: (p: string | null) => p ?? '—' },
    { title: '凭证字', dataIndex: 'voucherWords', width: 140, render: (words: string[]) => words.join('、') },
    { title: '出纳签字', dataIndex: 'cashierSignRequired', width: 90, render: (on: boolean) => (on ? '需要' : '不需要') },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(row)}>
            修改
          </Button>
          {row.id !== current?.id && (
            <Button type="link" size="small" onClick={() => select(row.id)}>
              设为当前
            </Button>
          )}
        </Space>
      ),
    },
  ]

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <AddButton onClick={() => setEditing('new')}>新建账套</AddButton>
        <RefreshButton onClick={reload} />
      </Space>
      <DataTable load={{ loading, error, reload }} columns={columns} dataSource={ledgers} pagination={false} locale={{ emptyText: '还没有账套，点击“新建账套”开始' }} />
      <LedgerFormModal
        open={editing !== null}
        ledger={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
        onDone={(id) => {
          reload()
          if (editing === 'new') select(id)
        }}
      />
    </>
  )
}
