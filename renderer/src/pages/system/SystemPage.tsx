import { Card, Tabs } from 'antd'
import { AuditPage } from './AuditPage'
import { BackupPage } from './BackupPage'
import { SystemSettingsPage } from './SystemSettingsPage'
import { UsersPage } from './UsersPage'

const TABS = [
  { key: 'users', label: '用户与角色', children: <UsersPage /> },
  { key: 'backup', label: '数据备份', children: <BackupPage /> },
  { key: 'audit', label: '操作日志', children: <AuditPage /> },
  { key: 'settings', label: '系统设置', children: <SystemSettingsPage /> },
]

/** 系统管理 (administrators only); the open tab is part of the address, e.g. #/system/backup. */
export function SystemPage({ tab, onTab }: { tab?: string; onTab: (tab: string) => void }) {
  const active = TABS.some((t) => t.key === tab) ? tab : TABS[0].key
  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
      <Tabs activeKey={active} onChange={onTab} items={TABS} destroyOnHidden />
    </Card>
  )
}
