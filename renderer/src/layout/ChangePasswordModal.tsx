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

interface Props {
  username: string
  open: boolean
  /** 取消 / Esc; on the first login it signs out, since nothing else works until the password changes. */
  onClose: () => void
  /** First login with a password the 系统管理员 set: the dialog says why and cannot be skipped. */
  forced?: boolean
  onChanged?: () => void
}

export function ChangePasswordModal({ username, open, onClose, forced, onChanged }: Props) {
  const { message } = App.useApp()
  return (
    <FormModal<Values>
      title={forced ? '首次登录：请修改密码' : '修改密码'}
      okText={forced ? '修改密码并进入' : '保存'}
      cancelText={forced ? '退出登录' : undefined}
      open={open}
      onClose={onClose}
      intro={forced ? '您的密码由系统管理员设置。为了账户安全，请先设置只有您自己知道的新密码，然后才能继续使用。' : undefined}
      onSubmit={async ({ oldPassword, newPassword }) => {
        await call('auth.changePassword', { oldPassword, newPassword })
        message.success(forced ? '密码已修改' : '密码已修改，下次登录请使用新密码')
        onChanged?.()
        // The first-login dialog goes away with the phase it belongs to; closing it would mean 退出登录.
        if (forced) return false
      }}
    >
      {/* Lets password managers tell whose password this is. */}
      <input type="text" autoComplete="username" value={username} readOnly hidden />
      <Form.Item name="oldPassword" label={forced ? '当前密码（管理员告知的）' : '原密码'} rules={rulesFor(fields.oldPassword)}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" label="新密码" schema={fields.newPassword} />
    </FormModal>
  )
}
