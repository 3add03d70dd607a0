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
import { ImportOpeningButton } from '../ImportButtons'
import { useCurrentLedger } from '../LedgerContext'
import { useChart } from '../useChart'

type Amounts = Record<number, { debit: string; credit: string }>
type Row = { key: string; group?: AccountCategory; account?: AccountRow }
type Side = 'debit' | 'credit'

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
    for (const r of opening.data?.rows ?? []) map[r.accountId] = { debit: amountText(r.debit), credit: amountText(r.credit) }
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
  const invalid = leaves.filter((a) => fenOf(textOf(a.id, 'debit')) === null || fenOf(textOf(a.id, 'credit')) === null)
  const changed = leaves.filter((a) => ['debit', 'credit'].some((s) => (fenOf(textOf(a.id, s as Side)) ?? 0) !== (fenOf(saved[a.id]?.[s as Side] ?? '') ?? 0)))
  const editable = Boolean(opening.data?.editable) && keeper

  // An account has a balance on one side: typing on one side empties the other.
  const setText = (id: number, side: Side, text: string) =>
    setAmounts((m) => {
      const other: Side = side === 'debit' ? 'credit' : 'debit'
      return { ...m, [id]: { ...(m[id] ?? { debit: '', credit: '' }), [side]: text, ...(text ? { [other]: '' } : {}) } }
    })

  const save = () =>
    run(async () => {
      const entries = changed.map((a) => ({ accountCode: a.code, debit: fenOf(textOf(a.id, 'debit')) ?? 0, credit: fenOf(textOf(a.id, 'credit')) ?? 0 }))
      const result = await call('opening.set', { ledgerId: ledger.id, entries })
      opening.reload()
      const balanced = result.totalDebit === result.totalCredit
      return `期初余额已保存：借方合计 ${formatFen(result.totalDebit)}，贷方合计 ${formatFen(result.totalCredit)}${balanced ? '，试算平衡' : '，尚不平衡'}`
    })

  const amountCell = (side: Side) => (_: unknown, row: Row) => {
    if (row.group) return <Money fen={total(side, leaves.filter((a) => a.category === row.group))} strong />
    const a = row.account!
    if (!editable) return <Money fen={fenOf(textOf(a.id, side)) ?? 0} blankZero />
    return <AmountInput size="small" aria-label={`${a.code} ${a.name} 期初${side === 'debit' ? '借方' : '贷方'}`} value={textOf(a.id, side)} onChange={(t) => setText(a.id, side, t)} />
  }
  const columns: TableColumnsType<Row> = [
    { title: '科目编码', key: 'code', width: 120, onCell: (r) => ({ colSpan: r.group ? 3 : 1 }), render: (_, r) => (r.group ? `${CATEGORY_LABELS[r.group]}（小计）` : r.account!.code) },
    { title: '科目名称', key: 'name', onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => r.account?.fullName },
    { title: '方向', key: 'side', width: 60, align: 'center', onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => r.account && SIDE_LABELS[r.account.normalSide] },
    { title: '期初借方', key: 'debit', width: 180, align: 'right', render: amountCell('debit') },
    { title: '期初贷方', key: 'credit', width: 180, align: 'right', render: amountCell('credit') },
  ]

  if (chartError || opening.error) return <LoadError error={(chartError ?? opening.error)!} onRetry={() => (reloadChart(), opening.reload())} />
  if (!opening.data || !chart.accounts.length) return <Skeleton active paragraph={{ rows: 8 }} />

  return (
    <>
      {/* The totals and 保存 stay in view while scrolling through the chart. */}
      <div style={{ position: 'sticky', top: 0, zIndex: 3, background: '#fff', padding: '8px 0', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Space wrap>
          <Typography.Text>期初期间：{opening.data.period}</Typography.Text>
          <Typography.Text>合计借方 <Money fen={debit} strong /></Typography.Text>
          <Typography.Text>合计贷方 <Money fen={credit} strong /></Typography.Text>
          {debit === credit ? (
            <Tag color="success" role="status">试算平衡</Tag>
          ) : (
            <Tag color="error" role="status">试算不平衡，差额 {formatFen(debit - credit)}</Tag>
          )}
        </Space>
        {editable && (
          <Space>
            <ImportOpeningButton onDone={opening.reload} />
            <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!changed.length || invalid.length > 0} onClick={save}>
              保存{changed.length ? `（${changed.length} 个科目）` : ''}
            </Button>
          </Space>
        )}
      </div>
      {!opening.data.editable && <Alert type="info" showIcon title="已有结账的期间，期初余额不能再修改" style={{ margin: '4px 0 12px' }} />}
      {opening.data.editable && debit !== credit && (
        <Alert type="warning" showIcon title="期初余额借贷平衡后，才能录入第一张凭证和记账" style={{ margin: '4px 0 12px' }} />
      )}
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(r) => (r.group ? 'ud-group-row' : '')}
        sticky={{ offsetHeader: 48 }}
      />
    </>
  )
}
