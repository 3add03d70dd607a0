import { Alert, Button, Form, Input } from 'antd'
import { contract } from '../../../../electron/shared/contract'
import type { CurrentUser } from '../../../../electron/shared/contract/auth'
import { call } from '../../api/client'
import { NewPasswordFields } from '../../components/NewPasswordFields'
import { rulesFor, useSubmit } from '../../forms'
import { AuthShell } from './AuthShell'

const fields = contract['auth.setupAdmin'].input.shape

interface Values {
  username: string
  displayName: string
  password: string
  confirm: string
}

/** First run: the office creates its 系统管理员, who then creates everyone else. */
export function SetupPage({ appVersion, onDone }: { appVersion: string; onDone: (session: { token: string; user: CurrentUser }) => void }) {
  const [form] = Form.useForm<Values>()
  const { submit, submitting, error } = useSubmit(form, async ({ username, displayName, password }) => onDone(await call('auth.setupAdmin', { username, displayName, password })))

  return (
    <AuthShell title="首次使用：创建系统管理员" appVersion={appVersion}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="欢迎使用 UnionDesk" description="请先创建系统管理员账户。系统管理员负责新建其他用户、分配角色和备份数据。" />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="username" label="用户名" rules={rulesFor(fields.username)} extra="登录时使用，可以是字母、数字或汉字">
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={rulesFor(fields.displayName)}>
          <Input autoComplete="name" />
        </Form.Item>
        <NewPasswordFields name="password" label="密码" schema={fields.password} />
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          创建并登录
        </Button>
      </Form>
    </AuthShell>
  )
}
