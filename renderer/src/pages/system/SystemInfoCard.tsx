import { Card, Descriptions, Skeleton, Tag, Typography } from 'antd'
import { formatBytes } from '../../format'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'

/** Where the data lives and whether the database is healthy. */
export function SystemInfoCard() {
  const info = useCall('system.info')
  const data = info.data

  return (
    <Card title="数据库信息" size="small" style={{ marginBottom: 16 }}>
      {info.error ? (
        <LoadError error={info.error} onRetry={info.reload} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'dir', label: '数据文件夹', children: <Typography.Text copyable>{data.dataDir}</Typography.Text>, span: 2 },
            { key: 'size', label: '数据库大小', children: formatBytes(data.databaseBytes) },
            { key: 'sqlite', label: 'SQLite 版本', children: data.sqliteVersion },
            {
              key: 'migrations',
              label: '数据结构版本',
              children: `${data.appliedMigrations.at(-1) ?? '—'}（已应用 ${data.appliedMigrations.length} 个结构升级）`,
            },
            {
              key: 'integrity',
              label: '完整性检查',
              children: data.integrity === 'ok' ? <Tag color="success">正常</Tag> : <Tag color="error">{data.integrity}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  )
}
