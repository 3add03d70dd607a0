import type { ReactNode } from 'react'
import { Card, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { MethodResult } from '../../../../electron/shared/contract'
import type { ExportKind } from '../../../../electron/shared/contract/registry-reports'
import { UNION_TYPE_LABELS } from '../../../../electron/shared/registry-terms'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { ExportButton, YearSelect } from './common'

type Lists = MethodResult<'registry.worklists'>
type Enterprise = Lists['uncovered'][number]

const enterpriseColumns: TableColumnsType<Enterprise> = [
  { title: '企业名称', dataIndex: 'name' },
  { title: '统一社会信用代码', dataIndex: 'uscc', width: 200, render: (v: string | null) => v ?? '—' },
  { title: '职工人数', dataIndex: 'workers', width: 100, align: 'right' },
  { title: '所属工会', dataIndex: 'unionName', width: 200, render: (v: string | null) => v ?? '—' },
  { title: '覆盖的小二级', dataIndex: 'xiaoerjiName', width: 200, render: (v: string | null) => v ?? '—' },
]

const certificateColumns: TableColumnsType<Lists['certificates'][number]> = [
  { title: '工会名称', dataIndex: 'name' },
  { title: '组织类型', dataIndex: 'type', width: 150, render: (t: keyof typeof UNION_TYPE_LABELS) => UNION_TYPE_LABELS[t] },
  { title: '证书编号', dataIndex: 'certNo', width: 180, render: (v: string | null) => v ?? '—' },
  { title: '有效期止', dataIndex: 'certTo', width: 120 },
  {
    title: '剩余天数',
    dataIndex: 'daysLeft',
    width: 110,
    render: (d: number) => (d < 0 ? <Tag color="error">已过期 {-d} 天</Tag> : <Tag color="warning">{d} 天</Tag>),
  },
]

const surveyColumns: TableColumnsType<Lists['withoutSurvey'][number]> = [
  { title: '工会编码', dataIndex: 'code', width: 140 },
  { title: '小二级', dataIndex: 'name' },
]

/** Each list's heading and why it is there (the 规定 it follows up). */
const LISTS = {
  uncovered: { title: '未被小二级覆盖的企业', hint: '街镇全域应由小二级覆盖（第五条）' },
  withoutUnion: { title: '未建会企业', hint: '建会率的分子之外，需推动建会的企业' },
  certificates: { title: '法人资格证书到期或将到期', hint: '按设置中的预警天数列出' },
  withoutSurvey: { title: '未完成年度调查的小二级', hint: '每年至少开展一次入驻企业和从业人员情况调查（第八条）' },
} satisfies Partial<Record<ExportKind, { title: string; hint: string }>>

function List<T extends object>(props: { kind: keyof typeof LISTS; year: number; rows: T[]; columns: TableColumnsType<T>; rowKey: keyof T & string }) {
  const extra: ReactNode = <ExportButton kind={props.kind} year={props.year} label="导出" />
  return (
    <Card size="small" title={`${LISTS[props.kind].title}（${props.rows.length}）`} extra={extra}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {LISTS[props.kind].hint}
      </Typography.Paragraph>
      <Table<T>
        rowKey={props.rowKey}
        size="small"
        columns={props.columns}
        dataSource={props.rows}
        pagination={props.rows.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: '无' }}
      />
    </Card>
  )
}

/** 工作清单: what the office should follow up this year, each list exportable for the field work. */
export function WorklistsPage({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const lists = useCall('registry.worklists', { year })
  const data = lists.data
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <YearSelect value={year} onChange={onYear} />
        {data && <Typography.Text type="secondary">截至 {data.asAt}</Typography.Text>}
      </Space>
      {lists.error ? (
        <LoadError error={lists.error} onRetry={lists.reload} />
      ) : !data ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <List kind="uncovered" year={year} rows={data.uncovered} columns={enterpriseColumns} rowKey="id" />
          <List kind="withoutUnion" year={year} rows={data.withoutUnion} columns={enterpriseColumns} rowKey="id" />
          <List kind="certificates" year={year} rows={data.certificates} columns={certificateColumns} rowKey="unionId" />
          <List kind="withoutSurvey" year={year} rows={data.withoutSurvey} columns={surveyColumns} rowKey="unionId" />
        </Space>
      )}
    </>
  )
}
