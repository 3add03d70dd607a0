import { App, Form, Input } from 'antd'
import { contract } from '../../../electron/shared/contract'
import { call } from '../api/client'
import { FormModal } from '../components/FormModal'
import { NewPasswordFields } from '../components/NewPasswordFields'
import { rulesFor } from '../forms'

const fields = contract['auth.changePassword'].input.shape

interface Values {
  oldPassword: string
  newPassword: string
  confirm: string
}

export function ChangePasswordModal({ username, open, onClose }: { username: string; open: boolean; onClose: () => void }) {
  const { message } = App.useApp()
  return (
    <FormModal<Values>
      title="修改密码"
      open={open}
      onClose={onClose}
      onSubmit={async ({ oldPassword, newPassword }) => {
        await call('auth.changePassword', { oldPassword, newPassword })
        message.success('密码已修改，下次登录请使用新密码')
      }}
    >
      {/* Lets password managers tell whose password this is. */}
      <input type="text" autoComplete="username" value={username} readOnly hidden />
      <Form.Item name="oldPassword" label="原密码" rules={rulesFor(fields.oldPassword)}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" label="新密码" schema={fields.newPassword} />
    </FormModal>
  )
}
