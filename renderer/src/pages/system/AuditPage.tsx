import { useState } from 'react'
import { DatePicker, Form, Select, Tag, Typography, type TableColumnsType } from 'antd'
import type { Dayjs } from 'dayjs'
import { contract, type MethodInput, type MethodName } from '../../../../electron/shared/contract'
import type { AuditRow } from '../../../../electron/shared/contract/audit'
import { CHANNEL_LABELS, formatDateTime } from '../../format'
import { useCall } from '../../hooks/useCall'
import { DataTable } from '../../components/DataTable'

const PAGE_SIZE = 20
const methodOptions = (Object.keys(contract) as MethodName[]).map((name) => ({ value: name, label: contract[name].title }))

interface Filters {
  userId?: number
  method?: string
  range?: [Dayjs, Dayjs] | null
}

/** 操作日志: who did what and when, newest first. */
export function AuditPage() {
  const [filters, setFilters] = useState<Filters>({})
  const [page, setPage] = useState(1)
  const users = useCall('users.list')
  const query: MethodInput<'audit.list'> = {
    userId: filters.userId,
    method: filters.method,
    from: filters.range?.[0].format('YYYY-MM-DD'),
    to: filters.range?.[1].format('YYYY-MM-DD'),
    page,
    pageSize: PAGE_SIZE,
  }
  const log = useCall('audit.list', query)

  const userOptions = users.data?.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))

  const columns: TableColumnsType<AuditRow> = [
    { title: '时间', dataIndex: 'at', width: 170, render: formatDateTime },
    {
      title: '用户',
      key: 'user',
      width: 120,
      render: (_, row) => row.userName ?? '—',
    },
    { title: '操作', dataIndex: 'title', width: 180 },
    { title: '摘要', dataIndex: 'summary' },
    { title: '渠道', dataIndex: 'channel', width: 80, render: (c: string) => <Tag>{CHANNEL_LABELS[c] ?? c}</Tag> },
    {
      title: '对象',
      dataIndex: 'targets',
      width: 200,
      render: (targets: string[]) => (targets.length ? targets.join('、') : '—'),
    },
  ]

  return (
    <>
      <Form<Filters>
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onValuesChange={(_, all) => {
          setFilters(all)
          setPage(1)
        }}
      >
        <Form.Item name="userId" label="用户">
          <Select allowClear showSearch optionFilterProp="label" placeholder="全部用户" options={userOptions} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="method" label="操作">
          <Select allowClear showSearch optionFilterProp="label" placeholder="全部操作" options={methodOptions} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="range" label="日期">
          <DatePicker.RangePicker allowClear />
        </Form.Item>
      </Form>
      <DataTable
        load={log}
        size="middle"
        columns={columns}
        dataSource={log.data?.rows}
        locale={{ emptyText: '没有符合条件的操作记录' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: log.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => <Typography.Text type="secondary">共 {total} 条</Typography.Text>,
          onChange: setPage,
        }}
      />
    </>
  )
}
