import { useEffect, useMemo, useState } from 'react'
import { SaveOutlined } from '@ant-design/icons'
import { Alert, Button, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { ACCOUNT_CATEGORIES, CATEGORY_LABELS, SIDE_LABELS, type AccountCategory } from '../../../../../electron/shared/ledger-terms'
import { formatFen } from '../../../../../electron/shared/money'
import { call } from '../../../api/client'
import { AmountInput, amountText, fenOf } from '../../../components/AmountInput'
import { LoadError } from '../../../components/LoadError'
import { Money } from '../../../components/Money'
import { useAction } from '../../../hooks/useAction'
import { useCall } from '../../../hooks/useCall'
import { useLedgerPermissions } from '../access'
import { LedgerImportButton } from '../ImportButtons'
import { useCurrentLedger } from '../LedgerContext'
import { useChart } from '../useChart'

type Side = 'debit' | 'credit' | 'ytdDebit' | 'ytdCredit'
type Amounts = Record<number, Partial<Record<Side, string>>>
type Row = { key: string; group?: AccountCategory; account?: AccountRow }

const SIDE_TITLES: Record<Side, string> = { debit: '期初借方', credit: '期初贷方', ytdDebit: '本年累计借方', ytdCredit: '本年累计贷方' }

const sum = (texts: string[]) => texts.reduce((s, t) => s + (fenOf(t) ?? 0), 0)

/** 期初余额: leaf accounts by category with a live 试算平衡; read-only once a month is closed. */
export function OpeningPage() {
  const ledger = useCurrentLedger()
  const { keeper } = useLedgerPermissions()
  const { chart, error: chartError, reload: reloadChart } = useChart(ledger.id)
  const opening = useCall('opening.get', { ledgerId: ledger.id })
  const { run, busy } = useAction()
  const [amounts, setAmounts] = useState<Amounts>({})

  const saved = useMemo(() => {
    const map: Amounts = {}
    for (const r of opening.data?.rows ?? []) {
      map[r.accountId] = { debit: amountText(r.debit), credit: amountText(r.credit), ytdDebit: amountText(r.ytdDebit), ytdCredit: amountText(r.ytdCredit) }
    }
    return map
  }, [opening.data])
  useEffect(() => setAmounts(saved), [saved])

  const leaves = chart.accounts.filter((a) => a.isLeaf && (a.enabled || saved[a.id]))
  const rows: Row[] = ACCOUNT_CATEGORIES.flatMap((c) => {
    const accounts = leaves.filter((a) => a.category === c)
    return accounts.length ? [{ key: c, group: c }, ...accounts.map((a) => ({ key: a.code, account: a }))] : []
  })
  const textOf = (id: number, side: Side) => amounts[id]?.[side] ?? ''
  const total = (side: Side, accounts = leaves) => sum(accounts.map((a) => textOf(a.id, side)))
  const [debit, credit] = [total('debit'), total('credit')]
  // A 账套 opened after January also takes the old books' 本年累计 (January to the month before).
  const midYear = Boolean(opening.data?.midYear)
  const sides: Side[] = midYear ? ['debit', 'credit', 'ytdDebit', 'ytdCredit'] : ['debit', 'credit']
  const [ytdDebit, ytdCredit] = [total('ytdDebit'), total('ytdCredit')]
  const fenAt = (id: number, side: Side) => fenOf(textOf(id, side)) ?? 0
  const invalid = leaves.filter((a) => sides.some((s) => fenOf(textOf(a.id, s)) === null))
  const changed = leaves.filter((a) => sides.some((s) => fenAt(a.id, s) !== (fenOf(saved[a.id]?.[s] ?? '') ?? 0)))
  const editable = Boolean(opening.data?.editable) && keeper

  // An account has a balance on one side: typing on one side empties the other.
  const setText = (id: number, side: Side, text: string) =>
    setAmounts((m) => {
      const other = side === 'debit' ? 'credit' : side === 'credit' ? 'debit' : null
      return { ...m, [id]: { ...m[id], [side]: text, ...(text && other ? { [other]: '' } : {}) } }
    })

  const save = () =>
    run(async () => {
      const entries = changed.map((a) => ({
        accountCode: a.code,
        debit: fenAt(a.id, 'debit'),
        credit: fenAt(a.id, 'credit'),
        ytdDebit: fenAt(a.id, 'ytdDebit'),
        ytdCredit: fenAt(a.id, 'ytdCredit'),
      }))
      const result = await call('opening.set', { ledgerId: ledger.id, entries })
      opening.reload()
      const balanced = result.totalDebit === result.totalCredit
      return `期初余额已保存：借方合计 ${formatFen(result.totalDebit)}，贷方合计 ${formatFen(result.totalCredit)}${balanced ? '，试算平衡' : '，尚不平衡'}`
    })

  const amountCell = (side: Side) => (_: unknown, row: Row) => {
    if (row.group)
      return (
        <Money
          fen={total(
            side,
            leaves.filter((a) => a.category === row.group),
          )}
          strong
        />
      )
    const a = row.account!
    if (!editable) return <Money fen={fenOf(textOf(a.id, side)) ?? 0} blankZero />
    return <AmountInput size="small" aria-label={`${a.code} ${a.name} ${SIDE_TITLES[side]}`} value={textOf(a.id, side)} onChange={(t) => setText(a.id, side, t)} />
  }
  /** 年初余额 = 期初余额 − (本年累计借方 − 本年累计贷方), signed debit-positive. */
  const yearStartOf = (accounts: AccountRow[]) =>
    accounts.reduce((s, a) => s + fenAt(a.id, 'debit') - fenAt(a.id, 'credit') - fenAt(a.id, 'ytdDebit') + fenAt(a.id, 'ytdCredit'), 0)
  const yearStartCell = (_: unknown, row: Row) => {
    const net = yearStartOf(row.group ? leaves.filter((a) => a.category === row.group) : [row.account!])
    return net === 0 ? (
      <Typography.Text type="secondary">平</Typography.Text>
    ) : (
      <span>
        {net > 0 ? '借' : '贷'} <Money fen={Math.abs(net)} strong={Boolean(row.group)} />
      </span>
    )
  }
  const columns: TableColumnsType<Row> = [
    {
      title: '科目编码',
      key: 'code',
      width: midYear ? 90 : 120,
      onCell: (r) => ({ colSpan: r.group ? 3 : 1 }),
      render: (_, r) => (r.group ? `${CATEGORY_LABELS[r.group]}（小计）` : r.account!.code),
    },
    { title: '科目名称', key: 'name', width: midYear ? 180 : undefined, onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => r.account?.fullName },
    {
      title: '方向',
      key: 'side',
      width: midYear ? 50 : 60,
      align: 'center',
      onCell: (r) => ({ colSpan: r.group ? 0 : 1 }),
      render: (_, r) => r.account && SIDE_LABELS[r.account.normalSide],
    },
    ...sides.map((side) => ({ title: SIDE_TITLES[side], key: side, width: midYear ? 122 : 180, align: 'right' as const, render: amountCell(side) })),
    ...(midYear ? [{ title: '年初余额', key: 'yearStart', width: 150, align: 'right' as const, render: yearStartCell }] : []),
  ]

  if (chartError || opening.error) return <LoadError error={(chartError ?? opening.error)!} onRetry={() => (reloadChart(), opening.reload())} />
  if (!opening.data || !chart.accounts.length) return <Skeleton active paragraph={{ rows: 8 }} />

  return (
    <>
      {/* The totals and 保存 stay in view while scrolling through the chart. */}
      <div
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 3,
          background: '#fff',
          padding: '8px 0',
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: 12,
          flexWrap: 'wrap',
        }}
      >
        <Space wrap>
          <Typography.Text>期初期间：{opening.data.period}</Typography.Text>
          <Typography.Text>
            合计借方 <Money fen={debit} strong />
          </Typography.Text>
          <Typography.Text>
            合计贷方 <Money fen={credit} strong />
          </Typography.Text>
          {debit === credit ? (
            <Tag color="success" role="status">
              试算平衡
            </Tag>
          ) : (
            <Tag color="error" role="status">
              试算不平衡，差额 {formatFen(debit - credit)}
            </Tag>
          )}
          {midYear && (
            <>
              <Typography.Text>
                本年累计借方 <Money fen={ytdDebit} strong />
              </Typography.Text>
              <Typography.Text>
                本年累计贷方 <Money fen={ytdCredit} strong />
              </Typography.Text>
              {ytdDebit === ytdCredit ? <Tag color="success">累计平衡</Tag> : <Tag color="error">本年累计不平衡，差额 {formatFen(ytdDebit - ytdCredit)}</Tag>}
            </>
          )}
        </Space>
        {editable && (
          <Space>
            <LedgerImportButton kind="opening-balances" onDone={opening.reload} />
            <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!changed.length || invalid.length > 0} onClick={save}>
              保存{changed.length ? `（${changed.length} 个科目）` : ''}
            </Button>
          </Space>
        )}
      </div>
      {!opening.data.editable && <Alert type="info" showIcon title="已有结账的期间，期初余额不能再修改" style={{ margin: '4px 0 12px' }} />}
      {opening.data.editable && (debit !== credit || ytdDebit !== ytdCredit) && (
        <Alert type="warning" showIcon title="期初余额借贷平衡（年中建账时本年累计借贷方也平衡）后，才能录入第一张凭证和记账" style={{ margin: '4px 0 12px' }} />
      )}
      {midYear && (
        <Alert
          type="info"
          showIcon
          title={`账套从 ${opening.data.period} 启用：请录入启用月初的余额，以及 1 月至上月的本年累计借方、贷方（原账已按月结账，收入、支出科目余额为 0，累计借贷方相等）。年初余额由此计算，科目余额表、总账和年度报表包含启用前的月份。`}
          style={{ margin: '4px 0 12px' }}
        />
      )}
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(r) => (r.group ? 'ud-group-row' : '')}
        sticky={{ offsetHeader: 48 }}
        // Four amount columns and 年初余额 fill a laptop's width; on a narrower window scroll, do not squeeze the names.
        scroll={midYear ? { x: 960 } : undefined}
      />
    </>
  )
}
