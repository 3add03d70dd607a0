import { useMemo, useState } from 'react'
import { Button, Col, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { BookItem, StatementItem } from '../../../../../electron/shared/contract/bank'
import { formatFen } from '../../../../../electron/shared/money'
import { call } from '../../../api/client'
import { Money } from '../../../components/Money'
import { useAction } from '../../../hooks/useAction'

interface Props {
  bankAccountId: number
  statement: StatementItem[]
  book: BookItem[]
  canMatch: boolean
  onChanged: () => void
}

const groupTag = (g: number | null) => (g === null ? <Tag>未达</Tag> : <Tag color="green">已对 {g}</Tag>)
const bookKey = (b: BookItem) => `${b.kind}-${b.id}`

/**
 * 手工对账: the 对账单 (left) and the 银行日记账 (right) side by side. Pick rows on both sides whose totals
 * agree and 勾对; a matched group can be undone from either side.
 */
export function MatchPanel({ bankAccountId, statement, book, canMatch, onChanged }: Props) {
  const [left, setLeft] = useState<number[]>([])
  const [right, setRight] = useState<string[]>([])
  const { run, busy } = useAction()
  const leftNet = statement.filter((s) => left.includes(s.id)).reduce((n, s) => n + s.moneyIn - s.moneyOut, 0)
  const rightNet = book.filter((b) => right.includes(bookKey(b))).reduce((n, b) => n + b.debit - b.credit, 0)
  const picked = [...statement.filter((s) => left.includes(s.id)), ...book.filter((b) => right.includes(bookKey(b)))]
  const pickedGroup = picked.length && picked.every((p) => p.groupId !== null && p.groupId === picked[0].groupId) ? picked[0].groupId : null

  const match = () =>
    run(async () => {
      const chosen = book.filter((b) => right.includes(bookKey(b)))
      await call('bank.match', {
        bankAccountId,
        statementIds: left,
        lineIds: chosen.filter((b) => b.kind === 'line').map((b) => b.id),
        openingIds: chosen.filter((b) => b.kind === 'opening').map((b) => b.id),
      })
      setLeft([])
      setRight([])
      onChanged()
      return `已勾对 ${left.length} 笔对账单与 ${chosen.length} 笔日记账`
    })
  const unmatch = () =>
    run(async () => {
      await call('bank.unmatch', { bankAccountId, groupId: pickedGroup! })
      setLeft([])
      setRight([])
      onChanged()
      return '已取消勾对'
    })

  const statementColumns: TableColumnsType<StatementItem> = useMemo(
    () => [
      { title: '日期', dataIndex: 'date', width: 90 },
      { title: '摘要', render: (_, s) => `${s.opening ? '期初未达：' : ''}${s.summary || s.counterName || ''}${s.serial ? `（${s.serial}）` : ''}`, ellipsis: true },
      { title: '收入', dataIndex: 'moneyIn', align: 'right', width: 92, render: (v: number) => <Money fen={v} blankZero /> },
      { title: '支出', dataIndex: 'moneyOut', align: 'right', width: 92, render: (v: number) => <Money fen={v} blankZero /> },
      { title: '状态', dataIndex: 'groupId', width: 70, render: groupTag },
    ],
    [],
  )
  const bookColumns: TableColumnsType<BookItem> = useMemo(
    () => [
      { title: '日期', dataIndex: 'date', width: 90 },
      { title: '凭证', dataIndex: 'voucher', width: 52 },
      { title: '摘要', dataIndex: 'summary', ellipsis: true },
      { title: '借方', dataIndex: 'debit', align: 'right', width: 92, render: (v: number) => <Money fen={v} blankZero /> },
      { title: '贷方', dataIndex: 'credit', align: 'right', width: 92, render: (v: number) => <Money fen={v} blankZero /> },
      { title: '状态', dataIndex: 'groupId', width: 70, render: groupTag },
    ],
    [],
  )

  return (
    <>
      <Space className="no-print" style={{ marginBottom: 8 }} wrap>
        <Typography.Text>
          已选对账单 {left.length} 笔 合计 {formatFen(leftNet)}；日记账 {right.length} 笔 合计 {formatFen(rightNet)}
        </Typography.Text>
        {canMatch && (
          <>
            <Button type="primary" loading={busy} disabled={!left.length || !right.length || leftNet !== rightNet || pickedGroup !== null} onClick={match}>
              勾对
            </Button>
            <Button loading={busy} disabled={pickedGroup === null} onClick={unmatch}>
              取消勾对
            </Button>
          </>
        )}
      </Space>
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Title level={5}>银行对账单</Typography.Title>
          <Table<StatementItem>
            size="small"
            rowKey="id"
            dataSource={statement}
            columns={statementColumns}
            pagination={{ pageSize: 12, size: 'small' }}
            rowSelection={{ selectedRowKeys: left, onChange: (keys) => setLeft(keys as number[]) }}
            aria-label="银行对账单"
          />
        </Col>
        <Col span={12}>
          <Typography.Title level={5}>银行日记账</Typography.Title>
          <Table<BookItem>
            size="small"
            rowKey={bookKey}
            dataSource={book}
            columns={bookColumns}
            pagination={{ pageSize: 12, size: 'small' }}
            rowSelection={{ selectedRowKeys: right, onChange: (keys) => setRight(keys as string[]) }}
            aria-label="银行日记账"
          />
        </Col>
      </Row>
    </>
  )
}
