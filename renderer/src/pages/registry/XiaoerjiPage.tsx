import { Empty, Select, Space, Tabs, Typography } from 'antd'
import type { MethodResult } from '../../../../electron/shared/contract'
import { RECORD_SPECS } from './recordKinds'
import { RecordTable } from './RecordTable'

type Union = MethodResult<'unions.list'>[number]

interface Props {
  unions: Union[]
  /** The 小二级 in the address (#/registry/xiaoerji/<id>/<kind>), if any. */
  unionId: number | undefined
  kind: string | undefined
  navigate: (to: string) => void
}

/** 小二级台账: pick a 小二级, then one tab per record kind, all drawn by the one RecordTable. */
export function XiaoerjiPage({ unions, unionId, kind, navigate }: Props) {
  const xiaoerji = unions.filter((u) => u.type === 'xiaoerji')
  const current = xiaoerji.find((u) => u.id === unionId)
  const active = RECORD_SPECS.some((s) => s.key === kind) ? kind! : RECORD_SPECS[0].key
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text>小二级：</Typography.Text>
        <Select
          aria-label="选择小二级"
          style={{ width: 320 }}
          placeholder="选择一个小二级"
          value={current?.id}
          showSearch
          optionFilterProp="label"
          options={xiaoerji.map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }))}
          onChange={(id: number) => navigate(`registry/xiaoerji/${id}/${active}`)}
        />
      </Space>
      {!current ? (
        <Empty description={xiaoerji.length ? '请选择一个小二级' : '还没有小二级：先在“组织架构”中新增'} />
      ) : (
        <Tabs
          // A different 小二级 starts every table afresh.
          key={current.id}
          activeKey={active}
          onChange={(k) => navigate(`registry/xiaoerji/${current.id}/${k}`)}
          items={RECORD_SPECS.map((spec) => ({
            key: spec.key,
            label: spec.label,
            destroyOnHidden: true,
            children: <RecordTable spec={spec} unionId={current.id} />,
          }))}
        />
      )}
    </>
  )
}
