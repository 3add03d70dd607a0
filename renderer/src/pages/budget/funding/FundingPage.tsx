import { useEffect, useState } from 'react'
import { App, Button, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd'
import { BUDGET_STATUS_LABELS, FUNDING_BASES, FUNDING_BASIS_LABELS, type FundingBasis } from '../../../../../electron/shared/budget-terms'
import type { FundingRow, StreetLedger } from '../../../../../electron/shared/contract/funding'
import { formatFen } from '../../../../../electron/shared/money'
import { call } from '../../../api/client'
import { AmountInput, amountText, fenOf } from '../../../components/AmountInput'
import { LoadError } from '../../../components/LoadError'
import { Money } from '../../../components/Money'
import { useAction } from '../../../hooks/useAction'
import { useCall } from '../../../hooks/useCall'
import { useSession } from '../../../session'
import { AllocateModal } from './AllocateModal'
import { PlanActualTable } from './PlanActualTable'
import { MONEY_FORMAT } from '../../../forms'

interface Props {
  street: StreetLedger
  year: number
}

interface Draft {
  amount: string
  basis: FundingBasis
  basisNote: string
}

const draftOf = (r: FundingRow): Draft => ({ amount: amountText(r.amount), basis: r.basis ?? 'workers', basisNote: r.basisNote ?? '' })

/** 经费保障 (第十三条): what the 街镇 gives each 小二级 this year, argued from the registry's figures. */
export function FundingPage({ street, year }: Props) {
  const { modal } = App.useApp()
  const { user } = useSession()
  const keeper = user.roles.includes('accountant')
  const input = { ledgerId: street.ledgerId, year }
  const plan = useCall('funding.get', input)
  const [drafts, setDrafts] = useState<Record<number, Draft>>({})
  const [allocating, setAllocating] = useState(false)
  const [version, setVersion] = useState(0)
  const { run, busy } = useAction()

  useEffect(() => {
    if (plan.data) setDrafts(Object.fromEntries(plan.data.rows.map((r) => [r.unionId, draftOf(r)])))
  }, [plan.data])

  if (plan.error) return <LoadError error={plan.error} onRetry={plan.reload} />
  if (!plan.data) return <Skeleton active />
  const rows = plan.data.rows
  const edit = (unionId: number, change: Partial<Draft>) => setDrafts((d) => ({ ...d, [unionId]: { ...d[unionId], ...change } }))
  const amounts = rows.map((r) => fenOf(drafts[r.unionId]?.amount ?? ''))
  const total = amounts.every((a) => a !== null) ? amounts.reduce<number>((s, a) => s + (a ?? 0), 0) : null
  const dirty = rows.some((r) => {
    const d = drafts[r.unionId]
    return d && (fenOf(d.amount) !== r.amount || d.basis !== (r.basis ?? 'workers') || d.basisNote !== (r.basisNote ?? ''))
  })
  const refresh = () => {
    plan.reload()
    setVersion((v) => v + 1)
  }

  const save = () =>
    run(async () => {
      const bad = rows.find((r) => fenOf(drafts[r.unionId].amount) === null)
      if (bad) throw new Error(`${bad.name}：${MONEY_FORMAT}`)
      const result = await call('funding.save', {
        ...input,
        rows: rows.map((r) => ({
          unionId: r.unionId,
          amount: fenOf(drafts[r.unionId].amount)!,
          basis: drafts[r.unionId].basis,
          basisNote: drafts[r.unionId].basisNote || undefined,
        })),
      })
      refresh()
      return `已保存经费保障计划，合计 ${formatFen(result.total)} 元`
    })

  const sync = () =>
    run(async () => {
      const { results } = await call('funding.sync', input)
      refresh()
      modal.info({
        title: '同步到预算',
        width: 640,
        content: (
          <ul style={{ paddingLeft: 18 }}>
            {results.map((r) => (
              <li key={`${r.ledgerId}-${r.ledgerName}`}>
                {r.ledgerName} {r.accountCode === '508' ? '508 补助下级支出' : '403 上级补助收入'}：{r.message}
              </li>
            ))}
          </ul>
        ),
      })
    })

  // Each row's inputs: named after the 小二级 for screen readers (and tests), editable by the 会计 only.
  const cell = (r: FundingRow, what: string) => ({ 'aria-label': `${r.name} ${what}`, size: 'small' as const, disabled: !keeper })

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        {keeper && <Button onClick={() => setAllocating(true)}>按职工数分配…</Button>}
        {keeper && (
          <Button type="primary" loading={busy} disabled={!dirty} onClick={save}>
            保存计划
          </Button>
        )}
        {keeper && (
          <Button loading={busy} disabled={dirty || !rows.length} onClick={sync}>
            同步到预算
          </Button>
        )}
        <Typography.Text type="secondary">
          {plan.data.budgetStatus ? (
            <>
              街镇 {year} 年预算<Tag style={{ marginLeft: 6 }}>{BUDGET_STATUS_LABELS[plan.data.budgetStatus]}</Tag>508 补助下级支出 <Money fen={plan.data.budget508 ?? 0} />
            </>
          ) : (
            `街镇 ${year} 年预算尚未编制；“同步到预算”会建立预算草案`
          )}
        </Typography.Text>
      </Space>
      <Table<FundingRow>
        rowKey="unionId"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '该街镇总工会下没有小二级：请先在“组织台账”中登记' }}
        columns={[
          { title: '小二级', render: (_, r) => `${r.code} ${r.name}` },
          { title: '账套', dataIndex: 'ledgerName', render: (n: string | null) => n ?? <Typography.Text type="secondary">未建账套</Typography.Text> },
          { title: '下辖工会', dataIndex: 'memberUnions', align: 'right', width: 90 },
          { title: '会员', dataIndex: 'members', align: 'right', width: 90, render: (n: number | null) => n ?? '—' },
          { title: '职工', dataIndex: 'workers', align: 'right', width: 90, render: (n: number | null) => n ?? '—' },
          {
            title: '保障金额（元）',
            width: 170,
            render: (_, r) => <AmountInput {...cell(r, '保障金额')} value={drafts[r.unionId]?.amount ?? ''} onChange={(amount) => edit(r.unionId, { amount })} />,
          },
          {
            title: '测算依据',
            width: 140,
            render: (_, r) => (
              <Select
                {...cell(r, '测算依据')}
                style={{ width: '100%' }}
                value={drafts[r.unionId]?.basis}
                onChange={(basis) => edit(r.unionId, { basis })}
                options={FUNDING_BASES.map((b) => ({ value: b, label: FUNDING_BASIS_LABELS[b] }))}
              />
            ),
          },
          {
            title: '依据说明',
            render: (_, r) => (
              <Input {...cell(r, '依据说明')} maxLength={200} value={drafts[r.unionId]?.basisNote ?? ''} onChange={(e) => edit(r.unionId, { basisNote: e.target.value })} />
            ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {total === null ? '—' : <Money fen={total} strong />}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} colSpan={2} />
          </Table.Summary.Row>
        )}
      />
      <PlanActualTable key={version} street={street} year={year} />
      <AllocateModal
        open={allocating}
        onClose={() => setAllocating(false)}
        input={input}
        onAllocated={(shares) => shares.forEach((s) => edit(s.unionId, { amount: amountText(s.amount), basis: 'workers' }))}
      />
    </>
  )
}
