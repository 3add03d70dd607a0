import { useEffect, useState } from 'react'
import { SaveOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd'
import type { BackupStatus } from '../../../../electron/shared/contract/backup'
import { call } from '../../api/client'
import { formatDateTime } from '../../format'

/** 系统设置 → 第二备份位置: where every backup is also copied, how the last copy went, and the warning when it matters. */
export function SecondDirCard({ status, onSaved }: { status: BackupStatus | undefined; onSaved: () => void }) {
  const { message } = App.useApp()
  const [dir, setDir] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  useEffect(() => setDir(status?.secondDir ?? ''), [status?.secondDir])

  const save = async () => {
    setSaving(true)
    try {
      await call('backup.setSecondDir', { dir })
      setError(null)
      message.success(dir.trim() ? '已设置第二备份位置，之后的每份备份都会复制一份过去' : '已取消第二备份位置')
      onSaved()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const last = status?.lastCopy
  return (
    <Card title="第二备份位置（系统设置）" size="small" style={{ marginBottom: 16 }}>
      {status?.warning && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="备份没有安全地存到第二位置" description={status.warning} />}
      <Typography.Paragraph type="secondary">
        备份默认存放在数据文件夹内，与数据在同一块硬盘上。请再指定另一块硬盘、U
        盘或网络共享文件夹，系统会把每一份备份（含报账附件）复制一份过去；复制失败或那里最新的备份超过两天时，这里和页面顶部会提示。
      </Typography.Paragraph>
      {/* Editable once the saved folder has loaded: typed before, it would be replaced by the loaded value. */}
      <Form layout="inline" onFinish={save} disabled={!status}>
        <Form.Item label="文件夹" validateStatus={error ? 'error' : undefined} help={error} style={{ flex: 1, minWidth: 360 }}>
          <Input
            value={dir}
            onChange={(e) => setDir(e.target.value)}
            placeholder="例如 E:\UnionDesk备份 或 \\服务器\共享\UnionDesk备份（留空表示不复制）"
            allowClear
            aria-label="第二备份位置"
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" icon={<SaveOutlined />} loading={saving}>
            保存
          </Button>
        </Form.Item>
      </Form>
      {status?.secondDir && (
        <Descriptions
          size="small"
          style={{ marginTop: 12 }}
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'last',
              label: '最近一次复制',
              children: last ? (
                <Space>
                  {formatDateTime(last.at)}
                  {last.ok ? <Tag color="success">成功</Tag> : <Tag color="error">失败</Tag>}
                  {!last.ok && <Typography.Text type="danger">{last.message}</Typography.Text>}
                </Space>
              ) : (
                '尚未复制'
              ),
            },
            { key: 'newest', label: '该位置最新的备份', children: status.newestCopy ? `${status.newestCopy.name}（${formatDateTime(status.newestCopy.createdAt)}）` : '无' },
          ]}
        />
      )}
    </Card>
  )
}
