import { App } from 'antd'
import { contract, type MethodInput, type MethodResult } from '../../../../electron/shared/contract'
import { ACCOUNTING_MODE_LABELS, UNION_FORM_LABELS, UNION_SCOPE_LABELS, UNION_STATUS_LABELS, UNION_TYPE_LABELS, type UnionType } from '../../../../electron/shared/registry-terms'
import { call } from '../../api/client'
import { FormModal } from '../../components/FormModal'
import { FieldGrid, toFormValues, toInput, type FieldKind, type Shape } from './SchemaField'

type Union = MethodResult<'unions.list'>[number]
const shape = contract['unions.save'].input.shape as unknown as Shape

/** What a new union under a given parent usually is: 街镇 → 小二级 → 企业单独工会. */
export const CHILD_TYPE: Partial<Record<UnionType, UnionType>> = { street: 'xiaoerji', xiaoerji: 'enterprise' }

function fieldsFor(unions: Union[]): FieldKind[] {
  // Only the 街镇总工会 and 小二级 can be a parent; the core checks the exact pairing (第四条).
  const parents = unions.filter((u) => u.type === 'street' || u.type === 'xiaoerji').map((u) => ({ value: u.id, label: u.name }))
  return [
    { name: 'type', kind: 'enum', labels: UNION_TYPE_LABELS },
    { name: 'parentId', kind: 'select', options: parents, extra: '街镇总工会不填' },
    { name: 'name', kind: 'text' },
    { name: 'code', kind: 'text', extra: '本街镇内部编码，唯一，如 XEJ01' },
    { name: 'form', kind: 'enum', labels: UNION_FORM_LABELS },
    { name: 'scope', kind: 'enum', labels: UNION_SCOPE_LABELS },
    { name: 'uscc', kind: 'text', extra: '18 位，工会以 81 或 89 开头' },
    { name: 'foundedOn', kind: 'date' },
    { name: 'certNo', kind: 'text' },
    { name: 'certFrom', kind: 'date' },
    { name: 'certTo', kind: 'date' },
    { name: 'chairName', kind: 'text' },
    { name: 'chairPhone', kind: 'text' },
    { name: 'contactName', kind: 'text' },
    { name: 'contactPhone', kind: 'text' },
    { name: 'address', kind: 'text' },
    { name: 'hasPremises', kind: 'yesno' },
    { name: 'premisesArea', kind: 'int' },
    { name: 'accountingMode', kind: 'enum', labels: ACCOUNTING_MODE_LABELS },
    { name: 'status', kind: 'enum', labels: UNION_STATUS_LABELS },
    { name: 'deregisteredOn', kind: 'date' },
    { name: 'notes', kind: 'textarea' },
  ]
}

interface Props {
  /** The union being edited, or the starting values of a new one (type and parent when added under a row). */
  editing: Union | Partial<Union> | null
  unions: Union[]
  onClose: () => void
  onSaved: () => void
}

/** 新增/编辑 a union: every field of unions.save, checked by the contract (USCC check character included). */
export function UnionForm({ editing, unions, onClose, onSaved }: Props) {
  const { message } = App.useApp()
  const fields = fieldsFor(unions)
  const id = editing && 'id' in editing ? editing.id : undefined
  return (
    <FormModal<Record<string, unknown>>
      title={id ? `编辑工会组织：${(editing as Union).name}` : '新增工会组织'}
      width={760}
      open={editing !== null}
      onClose={onClose}
      initialValues={editing ? toFormValues({ status: 'active', ...editing }, fields) : undefined}
      onSubmit={async (values) => {
        await call('unions.save', { ...(toInput(values, fields, shape) as Omit<MethodInput<'unions.save'>, 'id'>), id })
        message.success(`“${values.name as string}”已保存`)
        onSaved()
      }}
    >
      <FieldGrid shape={shape} fields={fields} />
    </FormModal>
  )
}
