import { Alert, Table, Tag, type TableColumnsType } from 'antd'
import { ASSET_OWNERSHIP_LABELS } from '../../../../../electron/shared/asset-terms'
import type { AssetRegister, AssetRow, TieOut } from '../../../../../electron/shared/contract/assets'
import { Money } from '../../../components/Money'

type Total = AssetRegister['total']
const money = (title: string, dataIndex: string) => ({ title, dataIndex, align: 'right' as const, width: 130, render: (v: number) => <Money fen={v} /> })

/** 资产台账 按类别 / 按部门: counts and figures per group with the total line. */
export function TotalsTable({ rows, total, first }: { rows: Total[]; total: Total; first: string }) {
  return (
    <Table<Total>
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      dataSource={[...rows, total]}
      aria-label={first}
      columns={[
        { title: first, dataIndex: 'label' },
        { title: '数量（项）', dataIndex: 'count', align: 'right', width: 100 },
        money('原值', 'cost'),
        money('累计折旧', 'accumulated'),
        money('净值', 'net'),
        money('本月折旧', 'monthDepreciation'),
      ]}
    />
  )
}

/** 折旧计提表: this month's depreciation per asset, grouped by class. */
export function DepreciationTable({ reg }: { reg: AssetRegister }) {
  const rows = reg.rows.filter((r) => r.monthDepreciation > 0)
  const columns: TableColumnsType<AssetRow> = [
    { title: '资产编号', dataIndex: 'code', width: 120 },
    { title: '资产名称', dataIndex: 'name' },
    { title: '资产分类', dataIndex: 'item', width: 120 },
    money('原值', 'cost'),
    { title: '使用年限（月）', dataIndex: 'lifeMonths', align: 'right', width: 110 },
    money('本月折旧', 'monthDepreciation'),
    money('累计折旧', 'accumulated'),
    { title: '使用部门', dataIndex: 'department', width: 110 },
  ]
  return (
    <>
      {reg.byCategory
        .filter((c) => c.monthDepreciation > 0)
        .map((c) => (
          <Table<AssetRow>
            key={c.key}
            title={() => `${c.label}：本月折旧 ${(c.monthDepreciation / 100).toFixed(2)} 元`}
            size="small"
            bordered
            rowKey="id"
            pagination={false}
            dataSource={rows.filter((r) => r.category === c.key)}
            columns={columns}
            style={{ marginBottom: 12 }}
          />
        ))}
      {!rows.length && <Alert type="info" showIcon title={`${reg.period} 尚未计提折旧`} />}
    </>
  )
}

/** 账实核对: register against 162/163, and the 资产基金 identity. */
export function TieOutView({ t }: { t: TieOut }) {
  return (
    <>
      <Alert
        type={t.ok ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={t.ok ? `${t.period} 资产台账与账簿一致` : `${t.period} 资产台账与账簿不一致，请按下表核查`}
      />
      <Table
        size="small"
        bordered
        rowKey="label"
        pagination={false}
        dataSource={t.checks}
        aria-label="账实核对"
        columns={[
          { title: '核对项目', dataIndex: 'label' },
          money('台账/资产', 'register'),
          money('账簿', 'ledger'),
          { title: '结果', dataIndex: 'ok', width: 80, render: (ok: boolean) => (ok ? <Tag color="green">一致</Tag> : <Tag color="red">不一致</Tag>) },
          { title: '说明', dataIndex: 'note' },
        ]}
      />
      <Table
        style={{ marginTop: 12 }}
        size="small"
        bordered
        rowKey="ownership"
        pagination={false}
        dataSource={t.byOwnership}
        title={() => '按资产性质（国有资产情况）'}
        columns={[
          { title: '资产性质', dataIndex: 'ownership', render: (o: keyof typeof ASSET_OWNERSHIP_LABELS) => ASSET_OWNERSHIP_LABELS[o] },
          money('原值', 'cost'),
          money('累计折旧', 'accumulated'),
        ]}
      />
    </>
  )
}
