import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Select, Space } from 'antd'
import type { UserRow } from '../../../../electron/shared/contract/users'
import { ROLE_LABELS, ROLES, type Role } from '../../../../electron/shared/roles'
import { useCall } from '../../hooks/useCall'
import { LEDGER_SCOPED_ROLES } from '../../../../electron/shared/roles'

/** Roles whose work happens inside one 账套, so an assignment may be limited to a single 账套. */
const LEDGER_ROLES: readonly Role[] = LEDGER_SCOPED_ROLES

/** Roles of a 小二级's own people (报账员, 审批人): an assignment may be limited to one union. */
const UNION_ROLES: readonly Role[] = ['clerk', 'approver']

/** One row of the editor: a role, and 'all' or the id of the 账套 (or, for union roles, the union) it is limited to. */
export interface AssignmentValue {
  role: Role
  scope: 'all' | number
}

export const toAssignmentValues = (user: UserRow): AssignmentValue[] =>
  user.assignments.map((a) => ({ role: a.role, scope: a.scopeType === (UNION_ROLES.includes(a.role) ? 'union' : 'ledger') && a.scopeId ? a.scopeId : 'all' }))

export const toAssignments = (values: AssignmentValue[]) =>
  values.map(({ role, scope }) =>
    scope === 'all' || ![...LEDGER_ROLES, ...UNION_ROLES].includes(role)
      ? { role, scopeType: null, scopeId: null }
      : { role, scopeType: UNION_ROLES.includes(role) ? ('union' as const) : ('ledger' as const), scopeId: scope },
  )

/** The 账套 names, for scope pickers and for role tags. */
export function useLedgerNames(): Map<number, string> {
  const { data } = useCall('ledgers.list', {})
  return new Map((data ?? []).map((l) => [l.id, `${l.code} ${l.name}`]))
}

/** The 街镇总工会 and its 小二级, for limiting a 报账员 or 审批人 to one union. */
export function useUnionNames(): Map<number, string> {
  const { data } = useCall('unions.list')
  return new Map((data ?? []).filter((u) => u.type === 'street' || u.type === 'xiaoerji').map((u) => [u.id, u.name]))
}

/** Edits a user's roles, each for all 账套 or for one (报账员 and 审批人: for all unions or one); one row per role and scope. */
export function AssignmentsField() {
  const ledgers = useLedgerNames()
  const unions = useUnionNames()
  const scopeOptions = [{ value: 'all', label: '全部账套' }, ...[...ledgers].map(([value, label]) => ({ value, label }))]
  const unionOptions = [{ value: 'all', label: '全部工会组织' }, ...[...unions].map(([value, label]) => ({ value, label }))]
  return (
    <Form.List
      name="assignments"
      rules={[
        {
          validator: async (_r, rows: unknown[]) => {
            if (!rows?.length) throw new Error('请至少添加一个角色')
          },
        },
      ]}
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
                  ) : UNION_ROLES.includes(getFieldValue(['assignments', field.name, 'role'])) ? (
                    <Form.Item name={[field.name, 'scope']} style={{ width: 220 }}>
                      <Select options={unionOptions} aria-label="适用工会组织" />
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
