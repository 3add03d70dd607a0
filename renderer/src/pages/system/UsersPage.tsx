import { useState } from 'react'
import { App, Button, Popconfirm, Space, Tag, type TableColumnsType } from 'antd'
import type { UserRow } from '../../../../electron/shared/contract/users'
import { ROLE_LABELS, SCOPE_LABELS } from '../../../../electron/shared/roles'
import { call } from '../../api/client'
import { formatDateTime } from '../../format'
import { useCall } from '../../hooks/useCall'
import { useSession } from '../../session'
import { CreateUserModal, EditUserModal, ResetPasswordModal, UserRolesModal } from './UserModals'
import { useLedgerNames, useUnionNames } from './AssignmentsField'
import { formatOfficeTime } from '../../office-time'
import { DataTable } from '../../components/DataTable'
import { AddButton, RefreshButton } from '../../components/ToolbarButtons'

type Dialog = 'create' | 'edit' | 'roles' | 'password'

function StatusTags({ user }: { user: UserRow }) {
  return (
    <>
      {user.active ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>}
      {user.lockedUntil && <Tag color="warning">锁定至 {formatOfficeTime(user.lockedUntil, 'HH:mm')}</Tag>}
    </>
  )
}

function RoleTags({ user, ledgers, unions }: { user: UserRow; ledgers: Map<number, string>; unions: Map<number, string> }) {
  return (
    <Space size={[4, 4]} wrap>
      {user.assignments.map((a) => (
        <Tag key={`${a.role}-${a.scopeType}-${a.scopeId}`} color={a.role === 'admin' ? 'geekblue' : 'blue'} variant="outlined">
          {ROLE_LABELS[a.role]}
          {a.scopeType && `（${SCOPE_LABELS[a.scopeType]} ${(a.scopeType === 'ledger' ? ledgers : unions).get(a.scopeId!) || `#${a.scopeId}`}）`}
        </Tag>
      ))}
    </Space>
  )
}

/** 用户与角色: who may sign in, with which roles. */
export function UsersPage() {
  const { user: me } = useSession()
  const { message } = App.useApp()
  const users = useCall('users.list')
  const ledgers = useLedgerNames()
  const unions = useUnionNames()
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [target, setTarget] = useState<UserRow | null>(null)

  const openDialog = (kind: Dialog, user: UserRow | null = null) => {
    setTarget(user)
    setDialog(kind)
  }
  const close = () => setDialog(null)

  const unlock = async (user: UserRow) => {
    try {
      await call('users.unlock', { id: user.id })
      message.success(`已解除“${user.displayName}”的登录锁定`)
      users.reload()
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  const columns: TableColumnsType<UserRow> = [
    {
      title: '用户名',
      dataIndex: 'username',
      render: (name: string, row) => (
        <Space size={4}>
          {name}
          {row.id === me.id && <Tag>我</Tag>}
        </Space>
      ),
    },
    { title: '姓名', dataIndex: 'displayName' },
    { title: '角色', key: 'roles', render: (_, row) => <RoleTags user={row} ledgers={ledgers} unions={unions} /> },
    { title: '状态', key: 'status', render: (_, row) => <StatusTags user={row} /> },
    { title: '最近登录', dataIndex: 'lastLoginAt', render: formatDateTime },
    { title: '创建时间', dataIndex: 'createdAt', render: formatDateTime },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => openDialog('edit', row)}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => openDialog('roles', row)}>
            分配角色
          </Button>
          <Button type="link" size="small" onClick={() => openDialog('password', row)}>
            重置密码
          </Button>
          {row.lockedUntil && (
            <Popconfirm title={`解除“${row.displayName}”的登录锁定？`} okText="解锁" onConfirm={() => unlock(row)}>
              <Button type="link" size="small">
                解锁
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ]

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <AddButton onClick={() => openDialog('create')}>新建用户</AddButton>
        <RefreshButton onClick={users.reload} />
      </Space>
      <DataTable load={users} size="large" columns={columns} dataSource={users.data} pagination={false} />
      <CreateUserModal open={dialog === 'create'} onClose={close} onDone={users.reload} />
      {target && (
        <>
          <EditUserModal user={target} isSelf={target.id === me.id} open={dialog === 'edit'} onClose={close} onDone={users.reload} />
          <UserRolesModal user={target} open={dialog === 'roles'} onClose={close} onDone={users.reload} />
          <ResetPasswordModal user={target} open={dialog === 'password'} onClose={close} onDone={users.reload} />
        </>
      )}
    </>
  )
}
