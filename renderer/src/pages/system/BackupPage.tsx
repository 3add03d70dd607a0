import { useState } from 'react'
import { CloudDownloadOutlined, ReloadOutlined } from '@ant-design/icons'
import { App, Button, Card, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import { BACKUP_KIND_LABELS, KEEP_BACKUPS, type BackupRow } from '../../../../electron/shared/contract/backup'
import { call } from '../../api/client'
import { formatBytes, formatDateTime } from '../../format'
import { useCall } from '../../hooks/useCall'
import { useSession } from '../../session'
import { SecondDirCard } from './SecondDirCard'
import { SystemInfoCard } from './SystemInfoCard'
import { DataTable } from '../../components/DataTable'

/** 数据备份: database facts, the backup files, a manual backup and a restore. */
export function BackupPage() {
  const { expire } = useSession()
  const { message, modal } = App.useApp()
  const backups = useCall('backup.list')
  const status = useCall('backup.status')
  const [creating, setCreating] = useState(false)

  const create = async () => {
    setCreating(true)
    try {
      const row = await call('backup.create')
      message.success(`备份完成：${row.name}`)
      backups.reload()
      status.reload()
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setCreating(false)
    }
  }

  const restore = (row: BackupRow) =>
    modal.confirm({
      title: '从这个备份恢复数据？',
      width: 520,
      okText: '确认恢复',
      okButtonProps: { danger: true },
      content: (
        <>
          <Typography.Paragraph>
            将把全部数据恢复为 <Typography.Text strong>{formatDateTime(row.createdAt)}</Typography.Text> 的{BACKUP_KIND_LABELS[row.kind]}：
          </Typography.Paragraph>
          <ul style={{ paddingInlineStart: 20, margin: 0 }}>
            <li>恢复前，系统会先把当前数据自动备份一份（“恢复前自动备份”），需要时可以再恢复回来；</li>
            <li>备份中的报账附件会一并放回数据文件夹；</li>
            <li>该备份之后录入或修改的内容，在恢复后的数据中将不再出现；</li>
            <li>恢复完成后，所有用户（包括您）都需要重新登录。</li>
          </ul>
        </>
      ),
      onOk: async () => {
        try {
          await call('backup.restore', { name: row.name })
          expire('已从备份恢复，请重新登录')
        } catch (e) {
          message.error((e as Error).message)
        }
      },
    })

  const columns: TableColumnsType<BackupRow> = [
    { title: '文件名', dataIndex: 'name', render: (name: string) => <Typography.Text copyable={{ text: name }}>{name}</Typography.Text> },
    { title: '类型', dataIndex: 'kind', render: (kind: BackupRow['kind']) => BACKUP_KIND_LABELS[kind] },
    { title: '时间', dataIndex: 'createdAt', render: formatDateTime },
    { title: '大小', dataIndex: 'sizeBytes', align: 'right', render: formatBytes },
    { title: '附件', dataIndex: 'attachments', align: 'right', render: (n: number) => `${n} 个` },
    {
      title: '校验',
      dataIndex: 'verified',
      render: (verified: boolean, row) =>
        verified ? (
          <Tag color="success">已校验</Tag>
        ) : (
          <Tooltip title={row.problem}>
            <Tag color="error">未通过</Tag>
          </Tooltip>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Tooltip title={row.verified ? undefined : `不能恢复：${row.problem}`}>
          <Button type="link" size="small" danger disabled={!row.verified} onClick={() => restore(row)}>
            恢复
          </Button>
        </Tooltip>
      ),
    },
  ]

  return (
    <>
      <SystemInfoCard />
      <SecondDirCard status={status.data} onSaved={status.reload} />
      <Card
        title="备份文件"
        size="small"
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={backups.reload}>
              刷新
            </Button>
            <Button type="primary" icon={<CloudDownloadOutlined />} loading={creating} onClick={create}>
              立即备份
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          系统每天首次启动时自动备份，升级和恢复前也会自动备份，只保留最新的 {KEEP_BACKUPS}{' '}
          份，较早的备份会被自动清理。每份备份是一个文件，内含数据库和全部报账附件；“已校验”表示它通过了与恢复前相同的全部检查（文件完整、数据库完整性、版本、凭证借贷平衡、审计日志连续）。重要操作前建议手动备份一次。
        </Typography.Paragraph>
        <DataTable
          load={backups}
          rowKey="name"
          size="middle"
          columns={columns}
          dataSource={backups.data}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '还没有备份，点击“立即备份”创建第一份' }}
        />
      </Card>
    </>
  )
}
