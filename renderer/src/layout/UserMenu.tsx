import { useState } from 'react'
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { Avatar, Dropdown, Space, Typography } from 'antd'
import { ROLE_LABELS } from '../../../electron/shared/roles'
import { useSession } from '../session'
import { ChangePasswordModal } from './ChangePasswordModal'

/** The signed-in user's name in the header, with 修改密码 and 退出登录. */
export function UserMenu() {
  const { user, logout } = useSession()
  const [changingPassword, setChangingPassword] = useState(false)
  const roles = user.roles.map((r) => ROLE_LABELS[r]).join('、')

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'roles', type: 'group', label: roles || '未分配角色' },
            { type: 'divider' },
            { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
          ],
          onClick: ({ key }) => (key === 'password' ? setChangingPassword(true) : void logout()),
        }}
      >
        <a role="button" aria-label="用户菜单" onClick={(e) => e.preventDefault()} style={{ color: 'inherit' }}>
          <Space>
            <Avatar size="small" icon={<UserOutlined />} />
            <Typography.Text>{user.displayName}</Typography.Text>
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </a>
      </Dropdown>
      <ChangePasswordModal username={user.username} open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  )
}
