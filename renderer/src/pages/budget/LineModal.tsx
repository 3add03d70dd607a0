import { useMemo } from 'react'
import { Form, Input, Select } from 'antd'
import { contract } from '../../../../electron/shared/contract'
import type { BudgetLineRow } from '../../../../electron/shared/contract/budget'
import { FUND_NATURE_LABELS, SPEND_TYPE_LABELS } from '../../../../electron/shared/ledger-terms'
import { formatFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { fenOf } from '../../components/AmountInput'
import { FormModal } from '../../components/FormModal'
import { moneyRulesFor, rulesFor } from '../../forms'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { matchAccount, useChart, type Chart } from '../ledger/useChart'

const shape = contract['budget.saveLine'].input.shape
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))

export interface LineValues {
  accountId?: number
  spendType?: 'basic' | 'project' | null
  projectId?: number | null
  fundNature?: 'general' | 'special'
}

/**
 * The fields that identify a budget line — account (income or expenditure, any level), 支出类型 when
 * the account needs one, the project of 项目支出, 资金性质 — for the line form and a new line in 预算调整.
 * `prefix` nests them inside a Form.List row; `path` is the same place from the form's root, where
 * reads and dependencies look (inside a list, item names are relative, getFieldValue is not).
 */
export function LineKeyFields({ chart, prefix = [], path = prefix }: { chart: Chart; prefix?: (string | number)[]; path?: (string | number)[] }) {
  const ledger = useCurrentLedger()
  const projects = useCall('projects.list', { ledgerId: ledger.id })
  const accountOptions = useMemo(
    () => chart.allOptions.filter((o) => ['income', 'expense'].includes(chart.byId.get(o.value)!.category) && chart.byId.get(o.value)!.enabled),
    [chart],
  )
  const name = (field: string) => [...prefix, field]
  const full = (field: string) => [...path, field]
  return (
    <>
      <Form.Item name={name('accountId')} label="预算科目" rules={rulesFor(shape.accountId, { select: true })}>
        <Select showSearch options={accountOptions} filterOption={matchAccount} placeholder="编码、名称或助记码" aria-label="预算科目" />
      </Form.Item>
      <Form.Item noStyle dependencies={[full('accountId'), full('spendType')]}>
        {({ getFieldValue }) => {
          const account = chart.byId.get(getFieldValue(full('accountId')))
          const needsSpendType = account?.needsSpendType ?? false
          const project = getFieldValue(full('spendType')) === 'project'
          return (
            <>
              {needsSpendType && (
                <Form.Item name={name('spendType')} label="支出类型" rules={[{ required: true, message: '请选择支出类型' }]}>
                  <Select options={options(SPEND_TYPE_LABELS)} aria-label="支出类型" />
                </Form.Item>
              )}
              {needsSpendType && project && (
                <Form.Item name={name('projectId')} label="项目" rules={[{ required: true, message: '请选择项目' }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    aria-label="项目"
                    options={(projects.data ?? []).filter((p) => p.enabled).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
                  />
                </Form.Item>
              )}
            </>
          )
        }}
      </Form.Item>
      <Form.Item name={name('fundNature')} label="资金性质" rules={rulesFor(shape.fundNature, { select: true })}>
        <Select options={options(FUND_NATURE_LABELS)} aria-label="资金性质" />
      </Form.Item>
    </>
  )
}

/** Form values → the line's identity as the contract wants it (支出类型 and project only where they apply). */
export function lineKeyOf(values: LineValues) {
  const spendType = values.spendType ?? null
  return {
    accountId: values.accountId!,
    spendType,
    projectId: spendType === 'project' ? (values.projectId ?? null) : null,
    fundNature: values.fundNature!,
  }
}

interface Props {
  open: boolean
  onClose: () => void
  budgetId: number
  /** null: a new line. */
  line: BudgetLineRow | null
  onDone: () => void
}

/** 新增/修改预算项目 of a draft. */
export function LineModal({ open, onClose, budgetId, line, onDone }: Props) {
  const ledger = useCurrentLedger()
  const { chart, data: accounts } = useChart(ledger.id)
  return (
    <FormModal<LineValues & { original: string; notes?: string }>
      title={line ? `修改预算项目：${line.accountCode} ${line.accountName}` : '新增预算项目'}
      // Whether 支出类型 is asked comes from the chart: a line's form is not sent before it is known.
      ready={Boolean(accounts)}
      open={open}
      onClose={onClose}
      initialValues={line ? { ...line, original: formatFen(line.original, { thousands: false }), notes: line.notes ?? '' } : { fundNature: 'general', original: '' }}
      onSubmit={async (values) => {
        await call('budget.saveLine', { budgetId, id: line?.id, ...lineKeyOf(values), original: fenOf(values.original) ?? 0, notes: values.notes })
        onDone()
      }}
    >
      <LineKeyFields chart={chart} />
      <Form.Item name="original" label="年初预算数（元）" rules={moneyRulesFor(shape.original)}>
        <Input autoComplete="off" inputMode="decimal" aria-label="年初预算数" />
      </Form.Item>
      <Form.Item name="notes" label="备注" rules={rulesFor(shape.notes, { optional: true })}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  )
}
