import { useMemo, useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Space, Tag, Typography, type TableColumnsType } from 'antd'
import type { MethodResult } from '../../../../electron/shared/contract'
import { UNION_FORM_LABELS, UNION_STATUS_LABELS, UNION_TYPE_LABELS, type UnionForm as Form } from '../../../../electron/shared/registry-terms'
import { nest, type Nested } from '../../tree'
import type { CallState } from '../../hooks/useCall'
import { ExportButton, RegistryImportButton, useRegistryWriter, useRemoveNamed } from './common'
import { CHILD_TYPE, UnionForm } from './UnionForm'
import { RefreshButton } from '../../components/ToolbarButtons'
import { DeleteLink } from '../../components/RowLinks'
import { DataTable } from '../../components/DataTable'

type Union = MethodResult<'unions.list'>[number]
type Node = Nested<Union>

interface Props {
  unions: CallState<Union[]>
  /** Opens a 小二级's records. */
  onOpen: (id: number) => void
}

/** 组织架构: 街镇总工会 → 小二级 → member unions, with 新增下级/编辑/删除. */
export function UnionTreePage({ unions, onOpen }: Props) {
  const writer = useRegistryWriter()
  const [editing, setEditing] = useState<Union | Partial<Union> | null>(null)
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set())
  const rows = useMemo(() => unions.data ?? [], [unions.data])
  // unions.list comes in tree order with parent ids; the Table wants nested children.
  const tree = useMemo(
    () =>
      nest(
        rows,
        (u) => u.id,
        (u) => u.parentId,
      ),
    [rows],
  )

  const remove = useRemoveNamed('unions.delete', unions.reload)

  const columns: TableColumnsType<Node> = [
    {
      title: '工会名称',
      dataIndex: 'name',
      width: 320,
      // No wrapping: the indent, the expander and the name stay on one line, or a name drops below its level.
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (name: string, u) => (u.type === 'xiaoerji' ? <a onClick={() => onOpen(u.id)}>{name}</a> : name),
    },
    { title: '工会编码', dataIndex: 'code', width: 110 },
    { title: '组织类型', dataIndex: 'type', width: 160, render: (t: Union['type']) => UNION_TYPE_LABELS[t] },
    { title: '组织形态', dataIndex: 'form', width: 110, render: (f: Form | null) => (f ? UNION_FORM_LABELS[f] : '—') },
    { title: '主席', dataIndex: 'chairName', width: 90, render: (v: string | null) => v ?? '—' },
    {
      title: '状态',
      dataIndex: 'status',
      width: 120,
      render: (s: Union['status']) => <Tag color={s === 'active' ? 'success' : s === 'changing' ? 'warning' : 'default'}>{UNION_STATUS_LABELS[s]}</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, u) => (
        <Space size={0}>
          {u.type === 'xiaoerji' && (
            <Button type="link" size="small" onClick={() => onOpen(u.id)}>
              台账
            </Button>
          )}
          {writer && CHILD_TYPE[u.type] && (
            <Button type="link" size="small" onClick={() => setEditing({ parentId: u.id, type: CHILD_TYPE[u.type] })}>
              新增下级
            </Button>
          )}
          {writer && (
            <Button type="link" size="small" onClick={() => setEditing(u)}>
              编辑
            </Button>
          )}
          {writer && <DeleteLink title={`确定删除“${u.name}”吗？`} onConfirm={() => remove(u)} />}
        </Space>
      ),
    },
  ]

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        {writer && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(rows.length ? { parentId: rows.find((u) => u.type === 'street')?.id ?? null, type: 'xiaoerji' } : { type: 'street' })}
          >
            {rows.length ? '新增工会组织' : '新增街镇总工会'}
          </Button>
        )}
        <RegistryImportButton kind="unions" onDone={unions.reload} />
        <ExportButton kind="unions" />
        <RefreshButton onClick={unions.reload} />
        <Typography.Text type="secondary">点小二级名称查看其委员会、专职工作者、站点和调查等台账。</Typography.Text>
      </Space>
      <DataTable<Node>
        load={unions}
        columns={columns}
        dataSource={tree}
        pagination={false}
        // Every level open unless closed by hand, also for unions added later: the clerk looks for one by eye.
        expandable={{
          expandedRowKeys: rows.filter((u) => !collapsed.has(u.id)).map((u) => u.id),
          onExpand: (open, u) =>
            setCollapsed((c) => {
              const next = new Set(c)
              if (open) next.delete(u.id)
              else next.add(u.id)
              return next
            }),
        }}
        locale={{ emptyText: '还没有登记工会组织：先新增本街镇总工会' }}
      />
      <UnionForm editing={editing} unions={rows} onClose={() => setEditing(null)} onSaved={unions.reload} />
    </>
  )
}
