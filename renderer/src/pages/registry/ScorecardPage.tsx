import { ReloadOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Skeleton, Space, Table, Typography } from 'antd'
import type { ScorecardCheck } from '../../../../electron/shared/contract/registry-reports'
import { CHECK_STATUSES, CHECK_STATUS_LABELS } from '../../../../electron/shared/registry-terms'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { ExportButton, StatusTag, YearSelect } from './common'

interface Props {
  year: number
  onYear: (year: number) => void
}

/** 达标评估: one card per 小二级, each rule with its verdict, figure, clause and why. */
export function ScorecardPage({ year, onYear }: Props) {
  const card = useCall('registry.scorecard', { year })
  const data = card.data

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <YearSelect value={year} onChange={onYear} />
        <ExportButton kind="scorecard" year={year} />
        <Button icon={<ReloadOutlined />} onClick={card.reload}>
          刷新
        </Button>
        {data && <Typography.Text type="secondary">按 {data.asAt} 的情况检查（沪工总基〔2019〕206号）</Typography.Text>}
      </Space>
      {card.error ? (
        <LoadError error={card.error} onRetry={card.reload} />
      ) : !data ? (
        <Skeleton active />
      ) : !data.rows.length ? (
        <Empty description="还没有小二级：先在“组织架构”中新增" />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {data.rows.map((row) => {
            const tally = CHECK_STATUSES.map((s) => [s, row.checks.filter((c) => c.status === s).length] as const).filter(([, n]) => n)
            return (
              <Card
                key={row.unionId}
                size="small"
                title={`${row.code} ${row.name}`}
                extra={<Typography.Text type="secondary">{tally.map(([s, n]) => `${CHECK_STATUS_LABELS[s]} ${n}`).join(' · ')}</Typography.Text>}
              >
                <Table<ScorecardCheck>
                  rowKey="rule"
                  size="small"
                  pagination={false}
                  dataSource={row.checks}
                  columns={[
                    { title: '检查项', dataIndex: 'label', width: 190 },
                    { title: '结果', dataIndex: 'status', width: 90, render: (s: ScorecardCheck['status']) => <StatusTag status={s} /> },
                    { title: '情况', dataIndex: 'figure', width: 260 },
                    { title: '依据', dataIndex: 'clause', width: 130 },
                    { title: '说明', dataIndex: 'explanation' },
                  ]}
                />
              </Card>
            )
          })}
        </Space>
      )}
    </>
  )
}
