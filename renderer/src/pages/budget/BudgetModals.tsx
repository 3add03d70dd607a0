import { Alert, App } from 'antd'
import { APPROVING_BODY_LABELS, BUDGET_SOURCE_LABELS } from '../../../../electron/shared/budget-terms'
import { contract } from '../../../../electron/shared/contract'
import type { BudgetView } from '../../../../electron/shared/contract/budget'
import { call } from '../../api/client'
import { FormModal } from '../../components/FormModal'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { FieldGrid, toFormValues, toInput, type FieldKind, type Shape } from '../registry/SchemaField'
import { officeToday } from '../../office-time'

const CREATE_FIELDS: FieldKind[] = [
  { name: 'source', kind: 'enum', labels: BUDGET_SOURCE_LABELS, extra: '从上年决算生成：按上年已记账的收入、支出（不含结转凭证），金额取整到元' },
  { name: 'priorSurplus', kind: 'fen', extra: '单位：元；计入收入一方，用于收支平衡检查' },
  { name: 'notes', kind: 'textarea' },
]
const HEADER_FIELDS: FieldKind[] = [
  { name: 'priorSurplus', kind: 'fen', extra: '单位：元；计入收入一方，用于收支平衡检查' },
  { name: 'notes', kind: 'textarea' },
]
const APPROVE_FIELDS: FieldKind[] = [
  { name: 'reviewedOn', kind: 'date' },
  { name: 'approvedBody', kind: 'enum', labels: APPROVING_BODY_LABELS },
  { name: 'approvedOn', kind: 'date' },
  { name: 'filedOn', kind: 'date' },
]

interface HeaderProps {
  mode: 'create' | 'header'
  open: boolean
  onClose: () => void
  year: number
  view: BudgetView | null
  onDone: () => void
}

/** 新建预算 (how it starts) and 可动用上年结余 of a draft: the same few header fields. */
export function BudgetHeaderModal({ mode, open, onClose, year, view, onDone }: HeaderProps) {
  const ledger = useCurrentLedger()
  const { message } = App.useApp()
  const creating = mode === 'create'
  const fields = creating ? CREATE_FIELDS : HEADER_FIELDS
  const shape = contract[creating ? 'budget.create' : 'budget.update'].input.shape as unknown as Shape
  return (
    <FormModal<Record<string, unknown>>
      title={creating ? `新建${year}年预算` : `${year}年预算：可动用上年结余`}
      open={open}
      onClose={onClose}
      initialValues={creating ? { source: 'empty', priorSurplus: '0.00' } : toFormValues(view ?? {}, fields)}
      onSubmit={async (values) => {
        const input = toInput(values, fields, shape)
        if (creating) {
          const r = await call('budget.create', { ledgerId: ledger.id, year, ...input } as never)
          message.success(`已新建${year}年预算（${r.lines} 个项目）`)
        } else await call('budget.update', { id: view!.id, ...input } as never)
        onDone()
      }}
    >
      <FieldGrid shape={shape} fields={fields} />
    </FormModal>
  )
}

/** 登记批准: the 经审会 review, who approved and when, and the filing with the 街镇; the core checks the balance. */
export function ApproveModal({ open, onClose, view, onDone }: { open: boolean; onClose: () => void; view: BudgetView; onDone: () => void }) {
  const shape = contract['budget.approve'].input.shape as unknown as Shape
  const today = officeToday()
  return (
    <FormModal<Record<string, unknown>>
      title={`登记${view.year}年预算批准`}
      open={open}
      onClose={onClose}
      okText="登记批准"
      initialValues={{ approvedBody: 'committee', reviewedOn: today, approvedOn: today, filedOn: null }}
      intro={<Alert type={view.balance.ok ? 'info' : 'error'} showIcon title={view.balance.message} description="批准后预算项目不能直接修改，只能通过“预算调整”变动。" />}
      onSubmit={async (values) => {
        await call('budget.approve', { id: view.id, ...toInput(values, APPROVE_FIELDS, shape) } as never)
        onDone()
      }}
    >
      <FieldGrid shape={shape} fields={APPROVE_FIELDS} />
    </FormModal>
  )
}
