import { useMemo, useState } from 'react'
import { ReloadOutlined } from '@ant-design/icons'
import { Button, Input, Popconfirm, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { CATEGORY_LABELS, SIDE_LABELS } from '../../../../../electron/shared/ledger-terms'
import { call } from '../../../api/client'
import { LoadError } from '../../../components/LoadError'
import { useAction } from '../../../hooks/useAction'
import { nest, type Nested } from '../../../tree'
import { useLedgerPermissions } from '../access'
import { useCurrentLedger } from '../LedgerContext'
import { matchAccount, useChart } from '../useChart'
import { AddChildModal, RenameModal } from './AccountModals'

type Node = Nested<AccountRow>

/** Nests the chart by parent code; a filter keeps matching accounts with their parents. */
function treeOf(accounts: AccountRow[], keep: (a: AccountRow) => boolean): Node[] {
  const kept = new Set(accounts.filter(keep).flatMap((a) => accounts.filter((p) => a.code.startsWith(p.code)).map((p) => p.code)))
  return nest(
    accounts.filter((a) => kept.has(a.code)),
    (a) => a.code,
    (a) => a.parentCode,
  )
}

/** 科目设置: the 2021 chart as a tree; detail accounts can be added, renamed, switched off or deleted. */
export function AccountsPage() {
  const ledger = useCurrentLedger()
  const { keeper } = useLedgerPermissions()
  const { chart, data, error, loading, reload } = useChart(ledger.id)
  const { run } = useAction()
  const [search, setSearch] = useState('')
  const [dialog, setDialog] = useState<{ kind: 'add' | 'rename'; account: AccountRow } | null>(null)
  const options = useMemo(() => new Map(chart.allOptions.map((o) => [o.value, o])), [chart])
  const tree = useMemo(() => treeOf(chart.accounts, (a) => matchAccount(search, options.get(a.id))), [chart, options, search])

  const toggle = (a: AccountRow, enabled: boolean) =>
    run(async () => {
      await call('accounts.update', { id: a.id, name: a.name, enabled })
      reload()
      return `${a.code} ${a.name} 已${enabled ? '启用' : '停用'}`
    })
  const remove = (a: AccountRow) =>
    run(async () => {
      await call('accounts.delete', { id: a.id })
      reload()
      return `已删除科目 ${a.code} ${a.name}`
    })

  const columns: TableColumnsType<Node> = [
    { title: '科目编码', dataIndex: 'code', width: 150 },
    { title: '科目名称', dataIndex: 'name' },
    { title: '类别', dataIndex: 'category', width: 80, render: (c: AccountRow['category']) => CATEGORY_LABELS[c] },
    { title: '余额方向', dataIndex: 'normalSide', width: 80, align: 'center', render: (s: AccountRow['normalSide']) => SIDE_LABELS[s] },
    {
      title: '启用',
      dataIndex: 'enabled',
      width: 70,
      render: (on: boolean, a) => <Switch size="small" checked={on} disabled={!keeper} aria-label={`启用 ${a.code}`} onChange={(v) => toggle(a, v)} />,
    },
    {
      title: '助记码',
      dataIndex: 'mnemonic',
      width: 110,
      render: (m: string) => (
        <Typography.Text type="secondary" className="ud-mono">
          {m}
        </Typography.Text>
      ),
    },
    {
      title: '来源',
      dataIndex: 'official',
      width: 90,
      render: (official: boolean) =>
        official ? (
          <Tag color="blue" variant="outlined">
            制度科目
          </Tag>
        ) : (
          <Tag>自设明细</Tag>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 190,
      render: (_, a) =>
        keeper && (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'add', account: a })}>
              新增明细
            </Button>
            {!a.official && (
              <>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'rename', account: a })}>
                  改名
                </Button>
                <Popconfirm title={`删除科目 ${a.code} ${a.name}？`} okText="删除" okButtonProps={{ danger: true }} onConfirm={() => remove(a)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        ),
    },
  ]

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder="编码、名称或助记码" aria-label="查找科目" onChange={(e) => setSearch(e.target.value)} style={{ width: 260 }} />
        <Button icon={<ReloadOutlined />} onClick={reload}>
          刷新
        </Button>
        <Typography.Text type="secondary">《工会会计制度》（2021）规定的科目不能改名或删除，不用时可停用。</Typography.Text>
      </Space>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<Node>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={tree}
          loading={loading && !data}
          pagination={false}
          expandable={{ defaultExpandAllRows: true }}
          key={`${search}:${data ? 'loaded' : 'loading'}`}
          rowClassName={(a) => (a.enabled ? '' : 'ud-row-disabled')}
          locale={{ emptyText: '没有符合条件的科目' }}
        />
      )}
      {dialog?.kind === 'add' && <AddChildModal ledgerId={ledger.id} parent={dialog.account} accounts={chart.accounts} open onClose={() => setDialog(null)} onDone={reload} />}
      {dialog?.kind === 'rename' && <RenameModal account={dialog.account} open onClose={() => setDialog(null)} onDone={reload} />}
    </>
  )
}
