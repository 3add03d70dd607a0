import { useState } from 'react'
import { Button, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../../electron/shared/budget-terms'
import { CLAIM_STEP_ROLES, holdsClaimRole } from '../../../../electron/shared/claim-access'
import type { ClaimRow } from '../../../../electron/shared/contract/claims'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useCall } from '../../hooks/useCall'
import { useSession } from '../../session'
import { ClaimDrawer } from './ClaimDrawer'
import { ClaimForm } from './ClaimForm'
import { STATUS_COLORS, statusOptions } from './terms'
import { ExcelButton } from '../../components/ExcelButton'

interface Props {
  openId: number | null
  onOpen: (id: number | null) => void
  /** The 状态 filter to start with (a 工作台 link). */
  initialStatus?: ClaimStatus
}

/** 报账登记簿: every claim the user's roles cover, filtered, totalled and exported; a row opens the claim. */
export function ClaimsPage({ openId, onOpen, initialStatus }: Props) {
  const { user } = useSession()
  const scope = useCall('claims.scope')
  const [ledgerId, setLedgerId] = useState<number | null>(null)
  const [status, setStatus] = useState<ClaimStatus | null>(initialStatus ?? null)
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null)
  const [text, setText] = useState('')
  const [creating, setCreating] = useState(false)
  const filter = {
    ledgerId,
    status,
    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
    text,
  }
  const list = useCall('claims.list', filter)
  const ledgers = scope.data ?? []
  const canCreate = ledgers.some((l) =>
    [null, ...l.unions.map((u) => u.id)].some((unionId) => holdsClaimRole(user.assignments, { ledgerId: l.id, unionId }, CLAIM_STEP_ROLES.edit)),
  )

  if (scope.error) return <LoadError error={scope.error} onRetry={scope.reload} />
  const columns = [
    { title: '报账单号', dataIndex: 'number', width: 120 },
    { title: '日期', dataIndex: 'createdOn', width: 110 },
    { title: '工会组织', dataIndex: 'unionName', render: (v: string | null, r: ClaimRow) => v ?? r.ledgerName },
    { title: '事由', dataIndex: 'title' },
    { title: '状态', dataIndex: 'status', width: 90, render: (s: ClaimStatus) => <Tag color={STATUS_COLORS[s]}>{CLAIM_STATUS_LABELS[s]}</Tag> },
    { title: '金额', dataIndex: 'total', width: 130, align: 'right' as const, render: (v: number) => <Money fen={v} /> },
    { title: '附件', dataIndex: 'attachmentCount', width: 60, align: 'right' as const },
    { title: '凭证', dataIndex: 'voucherLabel', width: 80 },
    { title: '经办人', dataIndex: 'createdBy', width: 100 },
  ]
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部账套"
          aria-label="账套"
          style={{ width: 200 }}
          value={ledgerId}
          onChange={(v) => setLedgerId(v ?? null)}
          options={ledgers.map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))}
        />
        <Select allowClear placeholder="全部状态" aria-label="状态" style={{ width: 120 }} value={status} onChange={(v) => setStatus(v ?? null)} options={statusOptions} />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} aria-label="日期" />
        <Input.Search allowClear placeholder="单号、事由、工会" aria-label="关键字" style={{ width: 200 }} onSearch={setText} />
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建报账单
          </Button>
        )}
        <ExcelButton workbook={() => call('claims.export', filter)} />
      </Space>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <Table
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              <Typography.Text strong>合计 {list.data?.count ?? 0} 张</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <Money fen={list.data?.total ?? 0} strong />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} colSpan={3} />
          </Table.Summary.Row>
        )}
      />
      <ClaimForm
        open={creating}
        ledgers={ledgers}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          list.reload()
          onOpen(id)
        }}
      />
      <ClaimDrawer id={openId} ledgers={ledgers} onClose={() => onOpen(null)} onChanged={list.reload} />
    </>
  )
}
