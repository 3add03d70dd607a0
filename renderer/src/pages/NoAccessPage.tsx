import { Result, Tag, Typography } from 'antd'
import { ROLE_LABELS, ROLES } from '../../../electron/shared/roles'

/** Shown to a signed-in user whose roles open no section at all. */
export function NoAccessPage() {
  return (
    <Result status="info" title="您的账户还没有可用的功能" subTitle="UnionDesk 按角色开放功能。请联系系统管理员，为您分配与工作相符的角色。" style={{ paddingTop: 80 }}>
      <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 8 }}>系统中的角色：</Typography.Paragraph>
      <div style={{ textAlign: 'center' }}>
        {ROLES.map((role) => (
          <Tag key={role} style={{ marginBottom: 8 }}>
            {ROLE_LABELS[role]}
          </Tag>
        ))}
      </div>
    </Result>
  )
}
