import { Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd'
import type { IntegrityCheck } from '../../../../electron/shared/contract/system'
import { call } from '../../api/client'
import { formatBytes, formatDateTime } from '../../format'
import { LoadError } from '../../components/LoadError'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'

const CHECK_LABELS: Record<IntegrityCheck['kind'], string> = { quick_check: '快速检查', integrity_check: '完整检查' }

/** The last check's outcome and when; the check itself reads the whole file, so it runs on the button, not on every view. */
function IntegrityStatus({ check }: { check: IntegrityCheck | null }) {
  if (!check) return <Tag>尚未检查</Tag>
  return (
    <Space size={4} wrap>
      {check.result === 'ok' ? <Tag color="success">正常</Tag> : <Tag color="error">{check.result}</Tag>}
      <Typography.Text type="secondary">
        {CHECK_LABELS[check.kind]}于 {formatDateTime(check.checkedAt)}
      </Typography.Text>
    </Space>
  )
}

/** Where the data lives and whether the database is healthy. */
export function SystemInfoCard() {
  const info = useCall('system.info')
  const data = info.data
  const { run, busy } = useAction()
  const checkNow = () =>
    run(async () => {
      const check = await call('system.checkIntegrity')
      info.reload()
      return check.result === 'ok' ? '完整性检查通过' : undefined
    })

  return (
    <Card
      title="数据库信息"
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        <Button size="small" loading={busy} onClick={checkNow}>
          立即检查
        </Button>
      }
    >
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
              children: <IntegrityStatus check={data.integrity} />,
            },
          ]}
        />
      )}
    </Card>
  )
}
