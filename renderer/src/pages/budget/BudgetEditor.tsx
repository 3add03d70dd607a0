import { useState } from 'react'
import { CheckCircleOutlined, DeleteOutlined, EditOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons'
import { Alert, Button, Descriptions, Empty, Popconfirm, Select, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { APPROVING_BODY_LABELS, BUDGET_STATUS_LABELS } from '../../../../electron/shared/budget-terms'
import type { BudgetLineRow, BudgetView } from '../../../../electron/shared/contract/budget'
import { FUND_NATURE_LABELS, SPEND_TYPE_LABELS } from '../../../../electron/shared/ledger-terms'
import { formatFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { useBudgetPermissions } from './access'
import { AdjustModal } from './AdjustModal'
import { ApproveModal, BudgetHeaderModal } from './BudgetModals'
import { ImportBudgetButton } from './ImportBudgetButton'
import { LineModal } from './LineModal'
import { EditDeleteLinks, actionsColumn } from '../../components/RowLinks'
import { DataTable } from '../../components/DataTable'

type Modal = 'create' | 'header' | 'line' | 'approve' | 'adjust' | null

/** 预算编制: one year's budget of the current 账套 — its lines while a draft, its approval and adjustments after. */
export function BudgetEditor({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const ledger = useCurrentLedger()
  const { keeper, recorder } = useBudgetPermissions()
  const budget = useCall('budget.get', { ledgerId: ledger.id, year })
  const list = useCall('budget.list', { ledgerId: ledger.id })
  const [modal, setModal] = useState<Modal>(null)
  const [line, setLine] = useState<BudgetLineRow | null>(null)
  const { run } = useAction()
  const reload = () => {
    budget.reload()
    list.reload()
  }
  const close = () => setModal(null)

  const thisYear = Number(ledger.currentPeriod.slice(0, 4))
  const years = [...new Set([...(list.data ?? []).map((b) => b.year), thisYear - 1, thisYear, thisYear + 1, year])].sort()
  const view = budget.data ?? null
  const draft = view?.status === 'draft'

  const toolbar = (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select aria-label="预算年度" value={year} onChange={onYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} style={{ width: 110 }} />
      {view && <Tag color={draft ? 'processing' : 'success'}>{BUDGET_STATUS_LABELS[view.status]}</Tag>}
      {keeper && !view && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal('create')}>
          新建预算
        </Button>
      )}
      {keeper && (!view || draft) && <ImportBudgetButton year={year} onDone={reload} />}
      {keeper && draft && (
        <>
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              setLine(null)
              setModal('line')
            }}
          >
            新增预算项目
          </Button>
          <Button icon={<EditOutlined />} onClick={() => setModal('header')}>
            可动用上年结余
          </Button>
        </>
      )}
      {recorder && draft && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setModal('approve')}>
          登记批准
        </Button>
      )}
      {recorder && view?.status === 'approved' && (
        <Button type="primary" icon={<SwapOutlined />} onClick={() => setModal('adjust')}>
          预算调整
        </Button>
      )}
      {keeper && draft && (
        <Popconfirm
          title={`删除${year}年预算？`}
          description="编制中的预算及其全部项目将被删除。"
          okText="删除"
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            run(async () => {
              await call('budget.delete', { id: view.id })
              reload()
              return `${year}年预算已删除`
            })
          }
        >
          <Button danger icon={<DeleteOutlined />}>
            删除预算
          </Button>
        </Popconfirm>
      )}
    </Space>
  )

  let body
  if (budget.error) body = <LoadError error={budget.error} onRetry={budget.reload} />
  else if (budget.loading && !budget.data) body = <Skeleton active />
  else if (!view) body = <Empty style={{ padding: '48px 0' }} description={`${ledger.name}还没有${year}年预算`} />
  else {
    const edit = (l: BudgetLineRow) => {
      setLine(l)
      setModal('line')
    }
    const remove = (l: BudgetLineRow) =>
      run(async () => {
        await call('budget.deleteLine', { id: l.id })
        reload()
        return `已删除 ${l.accountCode} ${l.accountName}`
      })
    body = <BudgetBody view={view} editable={keeper && draft} onEdit={edit} onDelete={remove} />
  }

  return (
    <>
      {toolbar}
      {body}
      <BudgetHeaderModal mode={modal === 'create' ? 'create' : 'header'} open={modal === 'create' || modal === 'header'} onClose={close} year={year} view={view} onDone={reload} />
      {view && (
        <>
          <LineModal open={modal === 'line'} onClose={close} budgetId={view.id} line={line} onDone={reload} />
          <ApproveModal open={modal === 'approve'} onClose={close} view={view} onDone={reload} />
          <AdjustModal open={modal === 'adjust'} onClose={close} view={view} onDone={reload} />
        </>
      )}
    </>
  )
}

interface BodyProps {
  view: BudgetView
  editable: boolean
  onEdit: (line: BudgetLineRow) => void
  onDelete: (line: BudgetLineRow) => void
}

function BudgetBody({ view, editable, onEdit, onDelete }: BodyProps) {
  const label = (id: number) => {
    const l = view.lines.find((x) => x.id === id)
    return l ? `${l.accountCode} ${l.accountName}` : `#${id}`
  }
  const columns: TableColumnsType<BudgetLineRow> = [
    { title: '科目', key: 'account', render: (_, l) => `${l.accountCode} ${l.accountName}` },
    { title: '支出类型', dataIndex: 'spendType', width: 90, render: (v: BudgetLineRow['spendType']) => (v ? SPEND_TYPE_LABELS[v] : '') },
    { title: '项目', dataIndex: 'projectName', width: 120 },
    { title: '资金性质', dataIndex: 'fundNature', width: 80, render: (v: BudgetLineRow['fundNature']) => FUND_NATURE_LABELS[v] },
    { title: '年初预算数', dataIndex: 'original', width: 130, align: 'right', render: (v: number) => <Money fen={v} /> },
    { title: '调整数', dataIndex: 'adjusted', width: 120, align: 'right', render: (v: number) => <Money fen={v} blankZero /> },
    { title: '调整后预算数', dataIndex: 'budget', width: 140, align: 'right', render: (v: number) => <Money fen={v} strong /> },
    { title: '备注', dataIndex: 'notes', width: 140 },
    ...(editable
      ? [
          actionsColumn((l: BudgetLineRow) => (
            <EditDeleteLinks
              editText="修改"
              onEdit={() => onEdit(l)}
              title={`删除 ${l.accountCode} ${l.accountName}？`}
              okText="删除"
              okButtonProps={{ danger: true }}
              onConfirm={() => onDelete(l)}
            />
          )),
        ]
      : []),
  ]
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={4} bordered>
        <Descriptions.Item label="可动用上年结余">
          <Money fen={view.priorSurplus} />
        </Descriptions.Item>
        <Descriptions.Item label="经审会审查">{view.reviewedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="批准">{view.approvedBody ? `${APPROVING_BODY_LABELS[view.approvedBody]} ${view.approvedOn}` : '—'}</Descriptions.Item>
        <Descriptions.Item label="报街镇备案">{view.filedOn ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Alert type={view.balance.ok ? 'success' : 'error'} showIcon title={view.balance.ok ? '收支平衡' : '收支不平衡'} description={view.balance.message} />
      <Table rowKey="id" size="small" columns={columns} dataSource={view.lines} pagination={false} locale={{ emptyText: '还没有预算项目' }} />
      {view.adjustments.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            预算调整记录
          </Typography.Title>
          <DataTable
            pagination={false}
            dataSource={view.adjustments}
            columns={[
              { title: '调整日期', dataIndex: 'date', width: 110 },
              { title: '调整原因', dataIndex: 'reason' },
              { title: '批准', key: 'approved', width: 200, render: (_, a) => (a.approvedBody ? `${APPROVING_BODY_LABELS[a.approvedBody]} ${a.approvedOn}` : '') },
              {
                title: '调整明细',
                key: 'lines',
                render: (_, a) => a.lines.map((c) => <div key={c.budgetLineId}>{`${label(c.budgetLineId)}：${c.amount > 0 ? '+' : ''}${formatFen(c.amount)}`}</div>),
              },
              { title: '登记人', dataIndex: 'createdBy', width: 90 },
            ]}
          />
        </>
      )}
    </Space>
  )
}
