import { useState } from 'react'
import { App, Button, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd'
import { contract, type MethodInput, type MethodResult } from '../../../../electron/shared/contract'
import { ENTERPRISE_SIZE_LABELS } from '../../../../electron/shared/registry-terms'
import { call } from '../../api/client'
import { FormModal } from '../../components/FormModal'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { ExportButton, RegistryImportButton, useRegistryWriter, useRemoveNamed, YearSelect } from './common'
import { FieldGrid, toFormValues, toInput, type FieldKind, type Shape } from './SchemaField'
import { EditDeleteLinks, actionsColumn } from '../../components/RowLinks'
import { DataTable } from '../../components/DataTable'
import { AddButton } from '../../components/ToolbarButtons'

type Enterprise = MethodResult<'enterprises.list'>[number]
type Union = MethodResult<'unions.list'>[number]
const shape = contract['enterprises.save'].input.shape as unknown as Shape

function fieldsFor(unions: Union[]): FieldKind[] {
  const pick = (types: Union['type'][]) => unions.filter((u) => types.includes(u.type)).map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }))
  return [
    { name: 'name', kind: 'text' },
    { name: 'uscc', kind: 'text' },
    { name: 'industry', kind: 'text' },
    { name: 'size', kind: 'enum', labels: ENTERPRISE_SIZE_LABELS },
    { name: 'address', kind: 'text' },
    { name: 'workers', kind: 'int' },
    { name: 'hasUnion', kind: 'switch' },
    { name: 'unionId', kind: 'select', options: pick(['enterprise', 'small_federation', 'joint']), extra: '企业自己的工会或覆盖它的联合工会' },
    { name: 'xiaoerjiId', kind: 'select', options: pick(['xiaoerji']), extra: '不填即未被小二级覆盖' },
  ]
}

interface Props {
  year: number
  onYear: (year: number) => void
  unions: Union[]
}

/** 企业: the year's enterprise list, the 建会率 denominator; 结转上年 starts a year from the last one. */
export function EnterprisesPage({ year, onYear, unions }: Props) {
  const writer = useRegistryWriter()
  const { message } = App.useApp()
  const { run, busy } = useAction()
  const list = useCall('enterprises.list', { year })
  const [editing, setEditing] = useState<Enterprise | 'new' | null>(null)
  const record = editing === 'new' ? null : editing
  const fields = fieldsFor(unions)

  const copy = () =>
    run(async () => {
      const { copied } = await call('enterprises.copyYear', { from: year - 1, to: year })
      list.reload()
      return `已从 ${year - 1} 年结转 ${copied} 家企业`
    })
  const remove = useRemoveNamed('enterprises.delete', list.reload)

  const columns: TableColumnsType<Enterprise> = [
    { title: '企业名称', dataIndex: 'name', width: 240, fixed: 'left' },
    { title: '统一社会信用代码', dataIndex: 'uscc', width: 190, render: (v: string | null) => v ?? '—' },
    { title: '职工人数', dataIndex: 'workers', width: 90, align: 'right' },
    {
      title: '是否建会',
      dataIndex: 'hasUnion',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="success">已建会</Tag> : <Tag color="warning">未建会</Tag>),
    },
    { title: '所属工会', dataIndex: 'unionName', width: 180, render: (v: string | null) => v ?? '—' },
    { title: '覆盖的小二级', dataIndex: 'xiaoerjiName', width: 180, render: (v: string | null) => v ?? <Typography.Text type="danger">未覆盖</Typography.Text> },
    { title: '计入建会率', dataIndex: 'counted', width: 100, render: (v: boolean) => (v ? '是' : '否') },
    ...(writer
      ? [
          {
            ...actionsColumn((e: Enterprise) => <EditDeleteLinks onEdit={() => setEditing(e)} title={`确定删除“${e.name}”吗？`} onConfirm={() => remove(e)} />),
            fixed: 'right' as const,
          },
        ]
      : []),
  ]

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <YearSelect value={year} onChange={onYear} />
        {writer && <AddButton onClick={() => setEditing('new')}>新增企业</AddButton>}
        {writer && (
          <Popconfirm title={`把 ${year - 1} 年的企业名单结转到 ${year} 年？`} onConfirm={copy}>
            <Button loading={busy}>结转上年</Button>
          </Popconfirm>
        )}
        <RegistryImportButton kind="enterprises" onDone={list.reload} />
        <ExportButton kind="enterprises" year={year} />
      </Space>
      <DataTable<Enterprise>
        load={list}
        columns={columns}
        dataSource={list.data}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: `还没有 ${year} 年的企业名单` }}
      />
      <FormModal<Record<string, unknown>>
        title={record ? `编辑企业：${record.name}` : `新增 ${year} 年企业`}
        width={720}
        open={editing !== null}
        onClose={() => setEditing(null)}
        initialValues={record ? toFormValues(record, fields) : { hasUnion: false }}
        onSubmit={async (values) => {
          const input = { ...(toInput(values, fields, shape) as Omit<MethodInput<'enterprises.save'>, 'id' | 'year'>), year, id: record?.id }
          await call('enterprises.save', input)
          message.success(`“${values.name as string}”已保存`)
          list.reload()
        }}
      >
        <FieldGrid shape={shape} fields={fields} />
      </FormModal>
    </>
  )
}
