import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Form, Input, Select } from 'antd'
import { APPROVING_BODY_LABELS } from '../../../../electron/shared/budget-terms'
import { contract } from '../../../../electron/shared/contract'
import type { BudgetView } from '../../../../electron/shared/contract/budget'
import { formatFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { fenOf } from '../../components/AmountInput'
import { FormModal } from '../../components/FormModal'
import { FieldGrid, toInput, type FieldKind, type Shape } from '../registry/SchemaField'
import { LineKeyFields, lineKeyOf, type LineValues } from './LineModal'
import { officeToday } from '../../office-time'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { useChart } from '../ledger/useChart'
import { MONEY_FORMAT } from '../../forms'

const shape = contract['budget.adjust'].input.shape as unknown as Shape
const FIELDS: FieldKind[] = [
  { name: 'date', kind: 'date' },
  { name: 'approvedBody', kind: 'enum', labels: APPROVING_BODY_LABELS },
  { name: 'approvedOn', kind: 'date' },
  { name: 'reviewedOn', kind: 'date' },
  { name: 'reason', kind: 'text' },
]
const NEW = 'new'
/** A row starts 非专项, the usual case, should it become a new line. */
const BLANK_ROW: Row = { add: { fundNature: 'general' } }

interface Row {
  target?: number | typeof NEW
  add?: LineValues
  amount?: string
}

const amountRule = {
  validator: async (_rule: unknown, value?: string) => {
    const fen = fenOf(value ?? '')
    if (fen === null) throw new Error(MONEY_FORMAT)
    if (fen === 0) throw new Error('请输入调整金额（元，调减填负数）')
  },
}

/** 预算调整: dated, with its reason and approval; each row adds to (or takes from) a line, or opens a new one. */
export function AdjustModal({ open, onClose, view, onDone }: { open: boolean; onClose: () => void; view: BudgetView; onDone: () => void }) {
  const today = officeToday()
  // One chart for every row's new-line fields (read once, not once per row).
  const { chart } = useChart(useCurrentLedger().id)
  const targets = [
    ...view.lines.map((l) => ({ value: l.id, label: `${l.accountCode} ${l.accountName}${l.projectName ? ` · ${l.projectName}` : ''}（${formatFen(l.budget)}）` })),
    { value: NEW, label: '＋ 新增预算项目' },
  ]
  return (
    <FormModal<Record<string, unknown> & { lines: Row[] }>
      title={`${view.year}年预算调整`}
      width={760}
      open={open}
      onClose={onClose}
      okText="登记调整"
      initialValues={{ date: today, approvedOn: today, approvedBody: 'committee', lines: [BLANK_ROW] }}
      intro="调整须经原批准机构批准；调整后预算仍须收支平衡。调增填正数，调减填负数。"
      onSubmit={async ({ lines, ...header }) => {
        await call('budget.adjust', {
          budgetId: view.id,
          ...(toInput(header, FIELDS, shape) as { date: string; reason: string; approvedBody: 'committee'; approvedOn: string; reviewedOn: string | null }),
          lines: lines.map((r) => {
            const amount = fenOf(r.amount ?? '') ?? 0
            return r.target === NEW ? { add: lineKeyOf(r.add ?? {}), amount } : { budgetLineId: r.target as number, amount }
          }),
        })
        onDone()
      }}
    >
      <FieldGrid shape={shape} fields={FIELDS} />
      <Form.List name="lines">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, i) => (
              <Card
                key={row.key}
                size="small"
                style={{ marginBottom: 8 }}
                title={`调整明细 ${i + 1}`}
                extra={rows.length > 1 && <Button type="text" icon={<DeleteOutlined />} aria-label="删除该行" onClick={() => remove(row.name)} />}
              >
                <Form.Item name={[row.name, 'target']} label="预算项目" rules={[{ required: true, message: '请选择预算项目' }]}>
                  <Select showSearch optionFilterProp="label" options={targets} aria-label={`调整明细 ${i + 1} 预算项目`} />
                </Form.Item>
                <Form.Item noStyle dependencies={[['lines', row.name, 'target']]}>
                  {({ getFieldValue }) =>
                    getFieldValue(['lines', row.name, 'target']) === NEW && <LineKeyFields chart={chart} prefix={[row.name, 'add']} path={['lines', row.name, 'add']} />
                  }
                </Form.Item>
                <Form.Item name={[row.name, 'amount']} label="调整金额（元）" rules={[amountRule]}>
                  <Input autoComplete="off" inputMode="decimal" aria-label={`调整明细 ${i + 1} 调整金额`} />
                </Form.Item>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(BLANK_ROW)}>
              添加调整明细
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  )
}
