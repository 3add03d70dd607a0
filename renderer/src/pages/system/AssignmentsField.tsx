import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Select, Space } from 'antd'
import type { UserRow } from '../../../../electron/shared/contract/users'
import { ROLE_LABELS, ROLES, type Role } from '../../../../electron/shared/roles'
import { useCall } from '../../hooks/useCall'

/** Roles whose work happens inside one 账套, so an assignment may be limited to a single 账套. */
const LEDGER_ROLES: readonly Role[] = ['accountant', 'reviewer', 'cashier', 'viewer']

/** One row of the editor: a role, and 'all' or the id of the 账套 it is limited to. */
export interface AssignmentValue {
  role: Role
  scope: 'all' | number
}

export const toAssignmentValues = (user: UserRow): AssignmentValue[] =>
  user.assignments.map((a) => ({ role: a.role, scope: a.scopeType === 'ledger' && a.scopeId ? a.scopeId : 'all' }))

export const toAssignments = (values: AssignmentValue[]) =>
  values.map(({ role, scope }) =>
    scope === 'all' || !LEDGER_ROLES.includes(role)
      ? { role, scopeType: null, scopeId: null }
      : { role, scopeType: 'ledger' as const, scopeId: scope },
  )

/** The 账套 names, for scope pickers and for role tags. */
export function useLedgerNames(): Map<number, string> {
  const { data } = useCall('ledgers.list', {})
  return new Map((data ?? []).map((l) => [l.id, `${l.code} ${l.name}`]))
}

/** Edits a user's roles, each for all 账套 or for one; one row per role and scope. */
export function AssignmentsField() {
  const ledgers = useLedgerNames()
  const scopeOptions = [{ value: 'all', label: '全部账套' }, ...[...ledgers].map(([value, label]) => ({ value, label }))]
  return (
    <Form.List
      name="assignments"
      rules={[{ validator: async (_r, rows: unknown[]) => { if (!rows?.length) throw new Error('请至少添加一个角色') } }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: '请选择角色' }]} style={{ width: 200 }}>
                <Select options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} placeholder="角色" aria-label="角色" />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) =>
                  LEDGER_ROLES.includes(getFieldValue(['assignments', field.name, 'role'])) ? (
                    <Form.Item name={[field.name, 'scope']} style={{ width: 220 }}>
                      <Select options={scopeOptions} aria-label="适用账套" />
                    </Form.Item>
                  ) : (
                    <span style={{ display: 'inline-block', width: 220, color: 'rgba(0,0,0,0.45)' }}>适用于全部</span>
                  )
                }
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label="删除该角色" onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ scope: 'all' })}>
            添加角色
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  )
}
