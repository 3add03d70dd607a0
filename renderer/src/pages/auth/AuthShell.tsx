import type { ReactNode } from 'react'
import { Card, Typography } from 'antd'
import { AppLogo } from '../../components/AppLogo'

/** The centred card shared by the first-run and the login page. */
export function AuthShell({ title, appVersion, children }: { title: string; appVersion: string; children: ReactNode }) {
  return (
    <div style={{ minHeight: '100%', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <div style={{ marginBottom: 8 }}>
        <AppLogo size={28} />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
        街镇总工会及小二级工会的组织台账与工会会计
      </Typography.Paragraph>
      <Card title={title} style={{ width: 420, boxShadow: '0 2px 12px rgba(0, 0, 0, 0.06)' }}>
        {children}
      </Card>
      {appVersion && (
        <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
          版本 {appVersion}
        </Typography.Text>
      )}
    </div>
  )
}
