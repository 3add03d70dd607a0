import { Alert, App, Checkbox, Form, Input, Switch } from 'antd'
import { contract } from '../../../../electron/shared/contract'
import type { UserRow } from '../../../../electron/shared/contract/users'
import { call } from '../../api/client'
import { FormModal } from '../../components/FormModal'
import { rulesFor } from '../../forms'
import { AssignmentsField, toAssignmentValues, toAssignments, type AssignmentValue } from './AssignmentsField'
import { PASSWORD_HINT } from '../../components/NewPasswordFields'

const createFields = contract['users.create'].input.shape
const updateFields = contract['users.update'].input.shape
const resetFields = contract['users.resetPassword'].input.shape

interface ModalProps {
  open: boolean
  onClose: () => void
  /** Called after a successful change, to reload the list. */
  onDone: () => void
}

export function CreateUserModal({ open, onClose, onDone }: ModalProps) {
  const { message } = App.useApp()
  return (
    <FormModal<{ username: string; displayName: string; password: string; assignments: AssignmentValue[]; mustChangePassword: boolean }>
      title="新建用户"
      okText="创建"
      open={open}
      onClose={onClose}
      initialValues={{ assignments: [{ scope: 'all' } as AssignmentValue], mustChangePassword: true }}
      onSubmit={async ({ assignments, ...values }) => {
        await call('users.create', { ...values, assignments: toAssignments(assignments) })
        message.success(`已新建用户“${values.displayName}”`)
        onDone()
      }}
    >
      <Form.Item name="username" label="用户名" rules={rulesFor(createFields.username)} extra="登录时使用，创建后不能修改">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label="姓名" rules={rulesFor(createFields.displayName)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="password" label="初始密码" rules={rulesFor(createFields.password)} extra={`${PASSWORD_HINT}。请将初始密码告知本人。`}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="mustChangePassword" valuePropName="checked" extra="勾选后，该用户首次登录时必须先设置自己的新密码">
        <Checkbox>首次登录须修改密码</Checkbox>
      </Form.Item>
      <Form.Item label="角色" required extra="会计、审核、出纳、只读可限定在某个账套（如只做某个小二级的账）">
        <AssignmentsField />
      </Form.Item>
    </FormModal>
  )
}

interface UserModalProps extends ModalProps {
  user: UserRow
  /** The signed-in administrator, who may not disable their own account. */
  isSelf: boolean
}

export function EditUserModal({ user, isSelf, open, onClose, onDone }: UserModalProps) {
  const { message, modal } = App.useApp()
  return (
    <FormModal<{ displayName: string; active: boolean }>
      title={`编辑用户：${user.username}`}
      open={open}
      onClose={onClose}
      initialValues={{ displayName: user.displayName, active: user.active }}
      onSubmit={async (values) => {
        if (user.active && !values.active) {
          const confirmed = await modal.confirm({
            title: `停用用户“${user.displayName}”？`,
            content: '停用后该用户不能再登录，正在使用的会话也会立即失效。以后可以重新启用。',
            okText: '停用',
            okButtonProps: { danger: true },
          })
          if (!confirmed) return false
        }
        await call('users.update', { id: user.id, ...values })
        message.success('用户信息已保存')
        onDone()
      }}
    >
      <Form.Item name="displayName" label="姓名" rules={rulesFor(updateFields.displayName)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="active" label="账户状态" valuePropName="checked" extra={isSelf ? '不能停用自己的账户' : undefined}>
        <Switch checkedChildren="启用" unCheckedChildren="停用" disabled={isSelf} />
      </Form.Item>
    </FormModal>
  )
}

export function UserRolesModal({ user, open, onClose, onDone }: Omit<UserModalProps, 'isSelf'>) {
  const { message } = App.useApp()
  return (
    <FormModal<{ assignments: AssignmentValue[] }>
      title={`分配角色：${user.displayName}`}
      open={open}
      onClose={onClose}
      initialValues={{ assignments: toAssignmentValues(user) }}
      intro="角色决定该用户能看到哪些功能、能办理哪些业务。修改后，该用户下次操作时即按新角色生效。"
      onSubmit={async ({ assignments }) => {
        await call('users.setRoles', { id: user.id, assignments: toAssignments(assignments) })
        message.success('角色已更新')
        onDone()
      }}
    >
      <Form.Item label="角色" required>
        <AssignmentsField />
      </Form.Item>
    </FormModal>
  )
}

export function ResetPasswordModal({ user, open, onClose, onDone }: Omit<UserModalProps, 'isSelf'>) {
  const { message } = App.useApp()
  return (
    <FormModal<{ newPassword: string; mustChangePassword: boolean }>
      title={`重置密码：${user.displayName}`}
      initialValues={{ mustChangePassword: true }}
      okText="重置密码"
      danger
      open={open}
      onClose={onClose}
      intro={<Alert type="warning" showIcon title="重置后，该用户需使用新密码登录；其正在使用的会话会立即失效，账户锁定也会一并解除。" />}
      onSubmit={async (values) => {
        await call('users.resetPassword', { id: user.id, ...values })
        message.success(`已重置“${user.displayName}”的密码`)
        onDone()
      }}
    >
      <Form.Item name="newPassword" label="新密码" rules={rulesFor(resetFields.newPassword)} extra={PASSWORD_HINT}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="mustChangePassword" valuePropName="checked">
        <Checkbox>登录后须修改密码</Checkbox>
      </Form.Item>
    </FormModal>
  )
}
