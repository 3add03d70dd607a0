import { Space, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { TRANSFER_KIND_LABELS } from '../../../../../electron/shared/budget-terms'
import { PAIR_STATE_LABELS, type PairState, type TransferRow } from '../../../../../electron/shared/contract/transfers'
import { VOUCHER_STATUS_LABELS } from '../../../../../electron/shared/ledger-terms'
import { Money } from '../../../components/Money'

const STATE_COLORS: Record<PairState, string> = { pending: 'default', partly_posted: 'gold', matched: 'green', reversed: 'default', mismatch: 'red' }

export const PairStateTag = ({ state }: { state: PairState }) => <Tag color={STATE_COLORS[state]}>{PAIR_STATE_LABELS[state]}</Tag>

/** One side's voucher: label, status, amount when it differs, and its red copy. */
function Side({ side, amount }: { side: TransferRow['from']; amount: number }) {
  if (side.voucherId === null) return <Typography.Text type="danger">无凭证</Typography.Text>
  return (
    <Space size={4} wrap>
      <span>{side.label}</span>
      <Tag>{VOUCHER_STATUS_LABELS[side.status!]}</Tag>
      {side.amount !== amount && (
        <Typography.Text type="danger">
          金额 <Money fen={side.amount ?? 0} />
        </Typography.Text>
      )}
      {side.reversalLabel && (
        <Typography.Text type="secondary">
          冲销 {side.reversalLabel}
          {side.reversalPosted ? '' : '（未记账）'}
        </Typography.Text>
      )}
    </Space>
  )
}

/** The columns the transfer list and the reconciliation share. */
export const pairColumns: TableColumnsType<TransferRow> = [
  { title: '日期', dataIndex: 'date', width: 105 },
  { title: '类型', dataIndex: 'kind', width: 130, render: (k: TransferRow['kind']) => TRANSFER_KIND_LABELS[k].replace(/（.*）/, '') },
  { title: '小二级', width: 120, render: (_, r) => r.to.ledgerName },
  { title: '摘要', dataIndex: 'summary' },
  { title: '金额', dataIndex: 'amount', align: 'right', width: 130, render: (fen: number) => <Money fen={fen} /> },
  { title: '街镇凭证', width: 150, render: (_, r) => <Side side={r.from} amount={r.amount} /> },
  { title: '小二级凭证', width: 150, render: (_, r) => <Side side={r.to} amount={r.amount} /> },
  {
    title: '状态',
    width: 200,
    render: (_, r) => (
      <Space direction="vertical" size={0}>
        <PairStateTag state={r.state} />
        {r.problems.map((p) => (
          <Typography.Text key={p} type="danger" style={{ fontSize: 12 }}>
            {p}
          </Typography.Text>
        ))}
      </Space>
    ),
  },
]
