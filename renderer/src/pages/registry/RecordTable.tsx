import { useState } from 'react'
import { App, Space, type TableColumnsType } from 'antd'
import { contract, type MethodName } from '../../../../electron/shared/contract'
import { call } from '../../api/client'
import { FormModal } from '../../components/FormModal'
import { Money } from '../../components/Money'
import { titleOf } from '../../forms'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { RegistryImportButton, useRegistryWriter } from './common'
import type { RecordSpec } from './recordKinds'
import { FieldGrid, toFormValues, toInput, type FieldKind, type Shape } from './SchemaField'
import { EditDeleteLinks, actionsColumn } from '../../components/RowLinks'
import { DataTable } from '../../components/DataTable'
import { AddButton } from '../../components/ToolbarButtons'

type Row = Record<string, unknown> & { id: number }

/**
 * The nine record kinds differ only in the calls' names and the fields they keep, so one untyped
 * caller is used here; the contract's schemas still check every value (form rules and server).
 */
const callLoose = call as unknown as (method: string, input: unknown) => Promise<unknown>

/** How a stored value reads in a table cell, by the field's kind. */
export function cellText(field: FieldKind | undefined, value: unknown) {
  if (value === null || value === undefined || value === '') return '—'
  if (!field) return String(value)
  if (field.kind === 'enum') return field.labels[value as string] ?? String(value)
  if (field.kind === 'multi') return (value as string[]).map((v) => field.labels[v] ?? v).join('、') || '—'
  if (field.kind === 'switch' || field.kind === 'yesno') return value ? '是' : '否'
  if (field.kind === 'fen') return <Money fen={value as number} />
  return String(value)
}

/** One record kind of one union: the table, 新增/编辑/删除 through the kind's form, and its import. */
export function RecordTable({ spec, unionId }: { spec: RecordSpec; unionId: number }) {
  const writer = useRegistryWriter()
  const { message } = App.useApp()
  const { run } = useAction()
  const list = useCall(`${spec.key}.list` as MethodName, { unionId } as never)
  const [editing, setEditing] = useState<Row | 'new' | null>(null)
  const shape = (contract[`${spec.key}.save` as MethodName].input as unknown as { shape: Shape }).shape
  const record = editing === 'new' ? null : editing
  const byName = new Map(spec.fields.map((f) => [f.name, f]))

  const columns: TableColumnsType<Row> = [
    ...spec.columns.map((name) => ({
      title: titleOf(shape[name]),
      dataIndex: name,
      render: (value: unknown) => cellText(byName.get(name), value),
    })),
    ...(writer
      ? [
          actionsColumn((row: Row) => (
            <EditDeleteLinks
              onEdit={() => setEditing(row)}
              title="确定删除这条记录吗？"
              onConfirm={() =>
                run(async () => {
                  await callLoose(`${spec.key}.delete`, { id: row.id })
                  list.reload()
                  return '已删除'
                })
              }
            />
          )),
        ]
      : []),
  ]

  // Editing keeps any fields this form does not show: start from the record.
  const kept = (row: Row | null) =>
    row
      ? Object.fromEntries(
          Object.keys(shape)
            .filter((k) => k !== 'id' && k in row)
            .map((k) => [k, row[k]]),
        )
      : {}

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {writer && <AddButton onClick={() => setEditing('new')}>新增</AddButton>}
        {spec.importKind && <RegistryImportButton kind={spec.importKind} onDone={list.reload} />}
      </Space>
      <DataTable<Row>
        load={list}
        columns={columns}
        dataSource={list.data as Row[] | undefined}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: `还没有${spec.label}记录` }}
      />
      <FormModal<Record<string, unknown>>
        title={`${record ? '编辑' : '新增'}${spec.label}`}
        width={720}
        open={editing !== null}
        onClose={() => setEditing(null)}
        initialValues={record ? toFormValues(record, spec.fields) : { fulltimeStaff: false, formed: false, facilities: [] }}
        onSubmit={async (values) => {
          const input = { ...kept(record), ...toInput(values, spec.fields, shape), unionId, id: record?.id }
          await callLoose(`${spec.key}.save`, input)
          message.success('已保存')
          list.reload()
        }}
      >
        <FieldGrid shape={shape} fields={spec.fields} />
      </FormModal>
    </>
  )
}
