import { Space, Table, Typography } from 'antd'
import type { PlanActualRow, StreetLedger } from '../../../../../electron/shared/contract/funding'
import { call } from '../../../api/client'
import { LoadError } from '../../../components/LoadError'
import { Money } from '../../../components/Money'
import { useCall } from '../../../hooks/useCall'
import { ExcelButton } from '../../../components/ExcelButton'

const money = (fen: number) => <Money fen={fen} />

/** 经费保障计划执行对比: planned, paid out by the 街镇 (posted 508), received by the 小二级 (its 403). */
export function PlanActualTable({ street, year }: { street: StreetLedger; year: number }) {
  const data = useCall('funding.vsActual', { ledgerId: street.ledgerId, year })
  if (data.error) return <LoadError error={data.error} onRetry={data.reload} />
  const totals = data.data?.totals
  return (
    <>
      <Space style={{ margin: '24px 0 12px', width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          计划执行对比（已记账凭证）
        </Typography.Title>
        <ExcelButton workbook={() => call('transfers.export', { report: 'funding-vs-actual', ledgerId: street.ledgerId, from: `${year}-01`, to: `${year}-12` })} />
      </Space>
      <Table<PlanActualRow>
        rowKey="unionId"
        size="small"
        loading={data.loading}
        pagination={false}
        dataSource={data.data?.rows ?? []}
        columns={[
          { title: '小二级', render: (_, r) => `${r.code} ${r.name}` },
          { title: '计划金额', dataIndex: 'plan', align: 'right', render: money },
          { title: '已拨付（街镇 508）', dataIndex: 'transferred', align: 'right', render: money },
          { title: '已收到（小二级 403）', dataIndex: 'received', align: 'right', render: money },
          { title: '未拨付', dataIndex: 'unpaid', align: 'right', render: money },
          {
            title: '拨付与收到差额',
            dataIndex: 'difference',
            align: 'right',
            render: (fen: number) =>
              fen ? (
                <Typography.Text type="danger">
                  <Money fen={fen} />
                </Typography.Text>
              ) : (
                money(0)
              ),
          },
        ]}
        summary={() =>
          totals && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              {(['plan', 'transferred', 'received', 'unpaid', 'difference'] as const).map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 1} align="right">
                  <Money fen={totals[k]} strong />
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </>
  )
}
