import { useState } from 'react'
import { Button, DatePicker, Form, Popconfirm, Space, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import type { StreetLedger } from '../../../../../electron/shared/contract/funding'
import type { TransferRow } from '../../../../../electron/shared/contract/transfers'
import { call } from '../../../api/client'
import { FormModal } from '../../../components/FormModal'
import { LoadError } from '../../../components/LoadError'
import { useAction } from '../../../hooks/useAction'
import { useCall } from '../../../hooks/useCall'
import { useSession } from '../../../session'
import { pairColumns } from './pairColumns'
import { TransferModal } from './TransferModal'
import { officeTodayDayjs } from '../../../office-time'

interface Props {
  street: StreetLedger
  year: number
}

/** 上代下划拨: the year's transfers out of the 街镇 账套, each with both vouchers' state. */
export function TransfersPage({ street, year }: Props) {
  const { user } = useSession()
  const keeper = user.roles.includes('accountant')
  const list = useCall('transfers.list', { ledgerId: street.ledgerId, from: `${year}-01`, to: `${year}-12` })
  const [creating, setCreating] = useState(false)
  const [reversing, setReversing] = useState<TransferRow | null>(null)
  const { run } = useAction()

  const cancel = (t: TransferRow) =>
    run(async () => {
      await call('transfers.cancel', { id: t.id })
      list.reload()
      return '已撤销划拨，两张草稿凭证已删除'
    })

  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />
  const bothDraft = (t: TransferRow) => [t.from, t.to].every((s) => s.status === null || s.status === 'draft')
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {keeper && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建划拨
          </Button>
        )}
        <Typography.Text type="secondary">划拨在街镇和小二级账套各生成一张草稿凭证（来源“上代下划拨”），由审核人分别审核、记账。</Typography.Text>
      </Space>
      <Table<TransferRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: `${year} 年还没有上代下划拨` }}
        columns={[
          ...pairColumns,
          ...(keeper
            ? [
                {
                  title: '操作',
                  width: 90,
                  render: (_: unknown, t: TransferRow) =>
                    bothDraft(t) ? (
                      <Popconfirm title="撤销这笔划拨？两个账套的草稿凭证都将删除。" okText="撤销" okButtonProps={{ danger: true }} onConfirm={() => cancel(t)}>
                        <Button size="small" type="link" danger>
                          撤销
                        </Button>
                      </Popconfirm>
                    ) : t.state !== 'reversed' ? (
                      <Button size="small" type="link" onClick={() => setReversing(t)}>
                        冲销
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <TransferModal street={street} year={year} open={creating} onClose={() => setCreating(false)} onCreated={list.reload} />
      <FormModal<{ date: Dayjs }>
        title="冲销划拨"
        okText="冲销"
        danger
        open={reversing !== null}
        onClose={() => setReversing(null)}
        initialValues={{ date: officeTodayDayjs() }}
        intro={reversing && `为 ${reversing.date} “${reversing.summary}”在两个账套各生成一张红字冲销凭证（草稿），审核、记账后生效。已单独冲销的一方不再重复冲销。`}
        onSubmit={async ({ date }) => {
          await call('transfers.reverse', { id: reversing!.id, date: date.format('YYYY-MM-DD') })
          list.reload()
        }}
      >
        <Form.Item name="date" label="冲销日期" rules={[{ required: true, message: '请选择冲销日期' }]}>
          <DatePicker format="YYYY-MM-DD" allowClear={false} style={{ width: 200 }} />
        </Form.Item>
      </FormModal>
    </>
  )
}
