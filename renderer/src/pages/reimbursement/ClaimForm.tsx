import { Form, Input, Radio, Select } from 'antd'
import { MONEY_PATTERN_LABELS, MONEY_PATTERNS } from '../../../../electron/shared/budget-terms'
import type { MethodInput, MethodResult } from '../../../../electron/shared/contract'
import type { ClaimView } from '../../../../electron/shared/contract/claims'
import { parseYuanToFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { amountText } from '../../components/AmountInput'
import { FormModal } from '../../components/FormModal'
import { ClaimLines, type LineValues } from './ClaimLines'
import { splitNames } from './terms'

type Scope = MethodResult<'claims.scope'>

interface Values {
  ledgerId: number
  unionId: number | null
  title: string
  payFrom: (typeof MONEY_PATTERNS)[number]
  lines: LineValues[]
}

interface Props {
  open: boolean
  ledgers: Scope
  /** The draft being changed; a new claim when absent. */
  claim?: ClaimView
  onClose: () => void
  onSaved: (id: number) => void
}

const toInput = (l: LineValues): MethodInput<'claims.save'>['lines'][number] => ({
  accountId: l.accountId,
  summary: l.summary,
  amount: parseYuanToFen(l.amount ?? '') ?? 0,
  invoiceCode: l.invoiceCode || null,
  invoiceNo: l.invoiceNo || null,
  invoiceDate: l.invoiceDate || null,
  beneficiaries: l.beneficiaries ?? null,
  beneficiaryList: splitNames(l.names),
  participants: l.participants ?? null,
  budgetLineId: l.budgetLineId ?? null,
  eventType: l.eventType ?? null,
  form: l.form ?? null,
})

function initial(claim: ClaimView | undefined, ledgers: Scope): Partial<Values> {
  if (!claim) return { ledgerId: ledgers[0]?.id, unionId: ledgers[0]?.unionId ?? null, payFrom: 'own_account', lines: [{} as LineValues] }
  return {
    ledgerId: claim.ledgerId,
    unionId: claim.unionId,
    title: claim.title,
    payFrom: claim.payFrom,
    lines: claim.lines.map((l) => ({
      ...l,
      amount: amountText(l.amount),
      invoiceCode: l.invoiceCode ?? undefined,
      invoiceNo: l.invoiceNo ?? undefined,
      invoiceDate: l.invoiceDate ?? undefined,
      beneficiaries: l.beneficiaryList ? undefined : (l.beneficiaries ?? undefined),
      names: l.beneficiaryList?.join('、'),
      participants: l.participants ?? undefined,
      budgetLineId: l.budgetLineId ?? undefined,
      eventType: (l.eventType ?? undefined) as LineValues['eventType'],
      form: (l.form ?? undefined) as LineValues['form'],
    })),
  }
}

/** 填写报账单: the 账套 and union, 事由, how it is paid, and the lines with their budget lines and beneficiaries. */
export function ClaimForm({ open, ledgers, claim, onClose, onSaved }: Props) {
  const save = async (v: Values) => {
    const { id } = await call('claims.save', { id: claim?.id ?? null, ledgerId: v.ledgerId, unionId: v.unionId, title: v.title, payFrom: v.payFrom, lines: v.lines.map(toInput) })
    onSaved(id)
  }
  const year = claim ? Number(claim.number.slice(2, 6)) : new Date().getFullYear()
  return (
    <FormModal<Values>
      title={claim ? `修改报账单 ${claim.number}` : '新建报账单'}
      open={open}
      onClose={onClose}
      onSubmit={save}
      initialValues={initial(claim, ledgers)}
      width={1180}
    >
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 2fr 1fr', gap: 12 }}>
        <Form.Item name="ledgerId" label="账套" rules={[{ required: true, message: '请选择账套' }]}>
          <Select disabled={Boolean(claim)} options={ledgers.map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.ledgerId !== b.ledgerId}>
          {({ getFieldValue }) => (
            <Form.Item name="unionId" label="工会组织">
              <Select options={(ledgers.find((l) => l.id === getFieldValue('ledgerId'))?.unions ?? []).map((u) => ({ value: u.id, label: u.name }))} />
            </Form.Item>
          )}
        </Form.Item>
        <Form.Item name="title" label="事由" rules={[{ required: true, message: '请输入事由' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="payFrom" label="付款方式">
          <Radio.Group options={MONEY_PATTERNS.map((p) => ({ value: p, label: p === 'own_account' ? '本单位账户' : '街镇代管资金' }))} />
        </Form.Item>
      </div>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.ledgerId !== b.ledgerId}>
        {({ getFieldValue }) => <ClaimLines ledgerId={getFieldValue('ledgerId')} year={year} />}
      </Form.Item>
      <div style={{ color: 'rgba(0,0,0,0.45)' }}>
        付款方式：{MONEY_PATTERN_LABELS.own_account}（贷 102 银行存款）或{MONEY_PATTERN_LABELS.pooled}（报账制，贷 135 其他应收款）。
      </div>
    </FormModal>
  )
}
