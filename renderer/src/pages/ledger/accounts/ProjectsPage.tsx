import { useState } from 'react'
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { App, Button, Form, Input, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { contract, type MethodResult } from '../../../../../electron/shared/contract'
import { call } from '../../../api/client'
import { FormModal } from '../../../components/FormModal'
import { LoadError } from '../../../components/LoadError'
import { rulesFor } from '../../../forms'
import { useCall } from '../../../hooks/useCall'
import { useLedgerPermissions } from '../access'
import { useCurrentLedger } from '../LedgerContext'

type Project = MethodResult<'projects.list'>[number]
const fields = contract['projects.save'].input.shape

/** 项目: what 项目支出 lines are charged to; a project in use is switched off rather than removed. */
export function ProjectsPage() {
  const ledger = useCurrentLedger()
  const { keeper } = useLedgerPermissions()
  const { message } = App.useApp()
  const projects = useCall('projects.list', { ledgerId: ledger.id })
  const [editing, setEditing] = useState<Project | 'new' | null>(null)
  const project = editing === 'new' ? null : editing

  const columns: TableColumnsType<Project> = [
    { title: '项目编码', dataIndex: 'code', width: 140 },
    { title: '项目名称', dataIndex: 'name' },
    { title: '状态', dataIndex: 'enabled', width: 90, render: (on: boolean) => (on ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>) },
    {
      title: '操作',
      key: 'actions',
      width: 100,
      render: (_, p) =>
        keeper && (
          <Button type="link" size="small" onClick={() => setEditing(p)}>
            修改
          </Button>
        ),
    },
  ]

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {keeper && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增项目
          </Button>
        )}
        <Button icon={<ReloadOutlined />} onClick={projects.reload}>
          刷新
        </Button>
        <Typography.Text type="secondary">支出科目选择“项目支出”时，须指明所属项目。</Typography.Text>
      </Space>
      {projects.error ? (
        <LoadError error={projects.error} onRetry={projects.reload} />
      ) : (
        <Table rowKey="id" size="small" columns={columns} dataSource={projects.data} loading={projects.loading} pagination={false} locale={{ emptyText: '还没有项目' }} />
      )}
      <FormModal<{ code: string; name: string; enabled: boolean }>
        title={project ? `修改项目：${project.code}` : '新增项目'}
        open={editing !== null}
        onClose={() => setEditing(null)}
        initialValues={project ?? { enabled: true }}
        onSubmit={async (values) => {
          await call('projects.save', { ledgerId: ledger.id, id: project?.id, ...values })
          message.success(`项目“${values.name}”已保存`)
          projects.reload()
        }}
      >
        <Form.Item name="code" label="项目编码" rules={rulesFor(fields.code)}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="项目名称" rules={rulesFor(fields.name)}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="enabled" label="状态" valuePropName="checked">
          <Switch checkedChildren="启用" unCheckedChildren="停用" />
        </Form.Item>
      </FormModal>
    </>
  )
}
