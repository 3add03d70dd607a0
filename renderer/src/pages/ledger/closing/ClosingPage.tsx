import { ReloadOutlined } from '@ant-design/icons'
import { App, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { MethodResult } from '../../../../../electron/shared/contract'
import { call } from '../../../api/client'
import { LoadError } from '../../../components/LoadError'
import { useAction } from '../../../hooks/useAction'
import { useCall } from '../../../hooks/useCall'
import { useLedgerPermissions } from '../access'
import { useCurrentLedger, useLedgers } from '../LedgerContext'
import { EXPLAIN } from './closingTexts'

type Period = MethodResult<'periods.list'>[number]
const count = (n: number) => (n ? n : <Typography.Text type="secondary">0</Typography.Text>)

/** 期末结账: each month's state, 断号整理, 结账 / 年度结转 of the current month, 反结账 of the last closed one. */
export function ClosingPage() {
  const ledger = useCurrentLedger()
  const { reload: reloadLedgers } = useLedgers()
  const { keeper, poster, admin } = useLedgerPermissions()
  const { modal } = App.useApp()
  const { run } = useAction()
  const periods = useCall('periods.list', { ledgerId: ledger.id })

  const confirm = (kind: keyof typeof EXPLAIN, period: string, action: () => Promise<string>) => {
    const text = EXPLAIN[kind](period)
    modal.confirm({
      title: text.title,
      content: text.content,
      width: 520,
      okText: text.ok,
      okButtonProps: { danger: kind === 'reopen' },
      onOk: () =>
        run(async () => {
          const done = await action()
          periods.reload()
          reloadLedgers()
          return done
        }),
    })
  }

  const renumber = (p: string) =>
    confirm('renumber', p, async () => `${p} 断号整理完成，重排 ${(await call('periods.renumber', { ledgerId: ledger.id, period: p })).renumbered} 张凭证`)
  const close = (p: string) =>
    confirm('close', p, async () => {
      const { closingVouchers, warnings } = await call('periods.close', { ledgerId: ledger.id, period: p })
      return `${p} 已结账${closingVouchers.length ? `，生成结转凭证 ${closingVouchers.join('、')}` : '（本月无需结转）'}${warnings.map((w) => `。提醒：${w}`).join('')}`
    })
  const closeYear = (p: string) =>
    confirm('year', p, async () => {
      const r = await call('years.close', { ledgerId: ledger.id, year: Number(p.slice(0, 4)) })
      return `${p.slice(0, 4)} 年度结转完成${r.vouchers.length ? `，生成 ${r.vouchers.join('、')}` : ''}，${r.nextYearOpeningAccounts} 个科目余额转入下年期初${r.warnings.map((w) => `。提醒：${w}`).join('')}`
    })
  const reopen = (p: string) =>
    confirm('reopen', p, async () => {
      await call('periods.reopen', { ledgerId: ledger.id, period: p })
      return `${p} 已反结账`
    })

  const actions = (row: Period) => {
    const isCurrent = row.period === ledger.currentPeriod
    const isDecember = row.period.endsWith('-12')
    return (
      <Space size={0}>
        {keeper && !row.closed && row.gaps.length > 0 && (
          <Button type="link" size="small" onClick={() => renumber(row.period)}>
            断号整理
          </Button>
        )}
        {poster && isCurrent && !isDecember && (
          <Button type="link" size="small" onClick={() => close(row.period)}>
            结账
          </Button>
        )}
        {poster && isCurrent && isDecember && (
          <Button type="link" size="small" onClick={() => closeYear(row.period)}>
            年度结转
          </Button>
        )}
        {admin && row.period === ledger.closedThrough && (
          <Button type="link" size="small" danger onClick={() => reopen(row.period)}>
            反结账
          </Button>
        )}
      </Space>
    )
  }

  const columns: TableColumnsType<Period> = [
    {
      title: '会计期间',
      dataIndex: 'period',
      width: 130,
      render: (p: string) => (
        <Space size={4}>
          {p}
          {p === ledger.currentPeriod && <Tag color="blue">当前</Tag>}
        </Space>
      ),
    },
    { title: '状态', dataIndex: 'closed', width: 90, render: (closed: boolean) => (closed ? <Tag color="success">已结账</Tag> : <Tag>未结账</Tag>) },
    { title: '草稿', dataIndex: 'drafts', width: 70, align: 'right', render: count },
    { title: '已审核', dataIndex: 'reviewed', width: 70, align: 'right', render: count },
    { title: '已记账', dataIndex: 'posted', width: 70, align: 'right', render: count },
    {
      title: '断号',
      dataIndex: 'gaps',
      render: (gaps: string[]) =>
        gaps.length ? (
          <Typography.Text type="warning">
            缺 {gaps.slice(0, 8).join('、')}
            {gaps.length > 8 ? ` 等 ${gaps.length} 个` : ''}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">无</Typography.Text>
        ),
    },
    { title: '操作', key: 'actions', width: 200, render: (_, row) => actions(row) },
  ]

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ReloadOutlined />} onClick={periods.reload}>
          刷新
        </Button>
        <Typography.Text type="secondary">按月份顺序结账：当前期间的凭证须全部审核、记账且编号连续。12 月通过“年度结转”完成结账并把余额结转到下一年。</Typography.Text>
      </Space>
      {periods.error ? (
        <LoadError error={periods.error} onRetry={periods.reload} />
      ) : (
        <Table rowKey="period" size="small" columns={columns} dataSource={periods.data} loading={periods.loading} pagination={false} />
      )}
    </>
  )
}
