import { useState } from 'react'
import { Alert, Button, Space, Switch, Table, Tag } from 'antd'
import { LIMIT_KIND_LABELS, RULE_SEVERITY_LABELS, type LimitKind } from '../../../../electron/shared/budget-terms'
import type { SpendingRuleRow } from '../../../../electron/shared/contract/rules'
import { formatFen } from '../../../../electron/shared/money'
import { formatPercent } from '../../../../electron/shared/rate'
import { call } from '../../api/client'
import { ImportButton } from '../../components/ImportDialog'
import { LoadError } from '../../components/LoadError'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'
import { useSession } from '../../session'
import { CollectiveThreshold } from './CollectiveThreshold'
import { RuleForm } from './RuleForm'
import { ExcelButton } from '../../components/ExcelButton'
import { AddButton } from '../../components/ToolbarButtons'

function limitText(r: SpendingRuleRow): string {
  if (r.amount !== null) return `¥${formatFen(r.amount)}`
  if (r.shareBp !== null) return formatPercent(r.shareBp)
  return r.forms?.join('、') ?? ''
}

/** 支出标准: the rules claims are checked against; the shipped ones are examples for the office to replace. */
export function RulesPage() {
  const { user } = useSession()
  const keeper = user.roles.includes('accountant') || user.roles.includes('admin')
  const list = useCall('rules.list')
  const { run, busy } = useAction()
  const [editing, setEditing] = useState<SpendingRuleRow | 'new' | null>(null)
  const save = (r: SpendingRuleRow, changes: Partial<SpendingRuleRow>) =>
    run(async () => {
      await call('rules.save', { ...r, ...changes })
      list.reload()
    })
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />
  const columns = [
    { title: '事项类型', dataIndex: 'eventType', width: 100, fixed: 'left' as const, render: (v: string | null) => v ?? '全部' },
    { title: '科目', dataIndex: 'accountPrefix', width: 70, render: (v: string | null) => v ?? '全部' },
    { title: '限额类型', dataIndex: 'limitKind', width: 170, render: (k: LimitKind) => LIMIT_KIND_LABELS[k] },
    { title: '限额', key: 'limit', width: 110, render: (_: unknown, r: SpendingRuleRow) => limitText(r) },
    { title: '处理', dataIndex: 'severity', width: 70, render: (s: 'warn' | 'block') => <Tag color={s === 'block' ? 'red' : 'orange'}>{RULE_SEVERITY_LABELS[s]}</Tag> },
    {
      title: '说明',
      dataIndex: 'description',
      width: 380,
      render: (v: string, r: SpendingRuleRow) => (
        <>
          {r.isExample && <Tag color="purple">示例</Tag>}
          {v}
        </>
      ),
    },
    { title: '适用范围', dataIndex: 'jurisdiction', width: 180, ellipsis: true },
    { title: '有效期', key: 'dates', width: 180, render: (_: unknown, r: SpendingRuleRow) => `${r.effectiveFrom} 起${r.effectiveTo ? ` 至 ${r.effectiveTo}` : ''}` },
    {
      title: '启用',
      dataIndex: 'enabled',
      width: 70,
      render: (v: boolean, r: SpendingRuleRow) => (
        <Switch size="small" checked={v} disabled={!keeper || busy} onChange={(enabled) => save(r, { enabled })} aria-label={`启用：${r.description}`} />
      ),
    },
    ...(keeper
      ? [
          {
            title: '',
            key: 'edit',
            width: 60,
            fixed: 'right' as const,
            render: (_: unknown, r: SpendingRuleRow) => (
              <Button type="link" onClick={() => setEditing(r)}>
                修改
              </Button>
            ),
          },
        ]
      : []),
  ]
  const examples = (list.data?.rules ?? []).some((r) => r.isExample && r.enabled)
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={`系统内置：${list.data?.builtin ?? ''}`} />
      {examples && <Alert type="warning" showIcon title="标“示例”的标准取自外地指引，仅供参考；请按本市、本区现行文件修改或停用。" />}
      <CollectiveThreshold editable={keeper} />
      <Space>
        {keeper && <AddButton onClick={() => setEditing('new')}>新增标准</AddButton>}
        {keeper && (
          <ImportButton
            label="从 Excel 导入"
            title="从 Excel 导入支出标准"
            templateKind="spending-rules"
            intro="填了“编号”的行修改该条标准，编号空白的行新增。可先导出现有标准，在 Excel 中修改后再导入。"
            onImport={async (upload) => {
              const r = await call('rules.import', upload)
              list.reload()
              return `已导入 ${r.rows} 条支出标准（新增 ${r.created}，修改 ${r.updated}）`
            }}
          />
        )}
        <ExcelButton workbook={() => call('rules.export', {})} />
      </Space>
      <Table rowKey="id" size="small" loading={list.loading} dataSource={list.data?.rules ?? []} columns={columns} pagination={false} scroll={{ x: 1400 }} />
      <RuleForm rule={editing} onClose={() => setEditing(null)} onSaved={list.reload} />
    </Space>
  )
}
