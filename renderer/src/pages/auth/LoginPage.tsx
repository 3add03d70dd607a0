import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input } from 'antd'
import type { CurrentUser } from '../../../../electron/shared/contract/auth'
import { call } from '../../api/client'
import { useSubmit } from '../../forms'
import { AuthShell } from './AuthShell'

interface Props {
  appVersion: string
  /** Why the user is here again, e.g. an expired session or a restore. */
  notice?: string
  onDone: (session: { token: string; user: CurrentUser }) => void
}

interface Values {
  username: string
  password: string
}

export function LoginPage({ appVersion, notice, onDone }: Props) {
  const [form] = Form.useForm<Values>()
  const { submit, submitting, error } = useSubmit(form, async (values) => onDone(await call('auth.login', values)))

  return (
    <AuthShell title="登录" appVersion={appVersion}>
      {notice && !error && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          登录
        </Button>
      </Form>
    </AuthShell>
  )
}
