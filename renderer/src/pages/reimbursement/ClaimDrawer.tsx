import { useState } from 'react'
import { Alert, Button, Drawer, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd'
import { EditOutlined, PrinterOutlined } from '@ant-design/icons'
import { CLAIM_STATUS_LABELS } from '../../../../electron/shared/budget-terms'
import type { MethodResult } from '../../../../electron/shared/contract'
import type { BudgetCheckRow } from '../../../../electron/shared/contract/claims'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useCall } from '../../hooks/useCall'
import { useEscapeToClose } from '../../hooks/useEscapeToClose'
import { printPage } from '../../print'
import { AttachmentList } from './AttachmentList'
import { ClaimActions } from './ClaimActions'
import { ClaimForm } from './ClaimForm'
import { ClaimPaper } from './ClaimPaper'
import { STATUS_COLORS } from './terms'

interface Props {
  id: number | null
  ledgers: MethodResult<'claims.scope'>
  onClose: () => void
  onChanged: () => void
}

const money = (v: number) => <Money fen={v} />
const budgetColumns = [
  { title: '预算项目', dataIndex: 'label' },
  { title: '预算（调整后）', dataIndex: 'budget', align: 'right' as const, render: money },
  { title: '已用', dataIndex: 'used', align: 'right' as const, render: money },
  { title: '在途', dataIndex: 'pending', align: 'right' as const, render: money },
  { title: '本单', dataIndex: 'thisClaim', align: 'right' as const, render: money },
  {
    title: '剩余',
    dataIndex: 'remaining',
    align: 'right' as const,
    render: (v: number, r: BudgetCheckRow) => (r.over ? <Typography.Text type="danger">{money(v)} 超预算</Typography.Text> : money(v)),
  },
]

function print() {
  document.body.classList.add('ud-print-claim')
  printPage()
  document.body.classList.remove('ud-print-claim')
}

/** One claim: the paper (printable), budget control, rule findings, attachments, history, and the caller's next step. */
export function ClaimDrawer({ id, ledgers, onClose, onChanged }: Props) {
  const claim = useCall('claims.get', { id: id ?? 0 })
  const [editing, setEditing] = useState(false)
  useEscapeToClose(id !== null, onClose)
  const c = id ? claim.data : undefined
  const refresh = () => {
    claim.reload()
    onChanged()
  }
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      styles={{ wrapper: { width: 980 } }}
      title={
        c ? (
          <Space>
            {`报账单 ${c.number}`}
            <Tag color={STATUS_COLORS[c.status]}>{CLAIM_STATUS_LABELS[c.status]}</Tag>
          </Space>
        ) : (
          '报账单'
        )
      }
      extra={
        c && (
          <Space>
            {c.actions.includes('edit') && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                修改
              </Button>
            )}
            <ClaimActions claim={c} onDone={refresh} onDeleted={() => (onChanged(), onClose())} />
            <Button icon={<PrinterOutlined />} onClick={print}>
              打印
            </Button>
          </Space>
        )
      }
    >
      {claim.error && id !== null && <LoadError error={claim.error} onRetry={claim.reload} />}
      {!c ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <ClaimPaper claim={c} />
          {c.reversal && <Alert type="error" showIcon title={`已冲销：红字凭证 ${c.reversal.voucherLabel}，原因：${c.reversal.reason}`} />}
          {c.findings.map((f, i) => (
            <Alert key={i} type={f.severity === 'block' ? 'error' : 'warning'} showIcon title={`${f.severity === 'block' ? '禁止' : '警告'}：${f.message}`} />
          ))}
          {c.budget.length > 0 && (
            <>
              <Typography.Title level={5}>预算控制（超预算时{c.overBudgetMode === 'block' ? '禁止提交和审批' : '仅提示警告'}）</Typography.Title>
              <Table rowKey="budgetLineId" size="small" pagination={false} dataSource={c.budget} columns={budgetColumns} />
            </>
          )}
          <AttachmentList claim={c} onChanged={refresh} />
          <Typography.Title level={5}>办理记录</Typography.Title>
          <Timeline
            items={c.events.map((e) => ({
              color: e.action === 'return' || e.action === 'reverse' ? 'red' : 'blue',
              content: `${new Date(e.at).toLocaleString('zh-CN', { hour12: false })} ${e.user} → ${CLAIM_STATUS_LABELS[e.toStatus]}${e.comment ? `：${e.comment}` : ''}`,
            }))}
          />
          <ClaimForm open={editing} ledgers={ledgers} claim={c} onClose={() => setEditing(false)} onSaved={refresh} />
        </Space>
      )}
    </Drawer>
  )
}
