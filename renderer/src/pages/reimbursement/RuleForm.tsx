import { Form, Input, Select, Switch } from 'antd'
import { EVENT_TYPES, GIFT_FORMS, LIMIT_KIND_LABELS, LIMIT_KINDS, RULE_SEVERITIES, RULE_SEVERITY_LABELS, type LimitKind } from '../../../../electron/shared/budget-terms'
import type { SpendingRuleInput, SpendingRuleRow } from '../../../../electron/shared/contract/rules'
import { formatFen, parseYuanToFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { amountText } from '../../components/AmountInput'
import { FormModal } from '../../components/FormModal'

type Values = Omit<SpendingRuleInput, 'amount' | 'shareBp'> & { amount?: string; share?: string }

const options = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }))
const PERSON: LimitKind[] = ['per_person_event', 'per_person_year']
const SHARE: LimitKind[] = ['share_participants', 'share_income']

function initial(rule: SpendingRuleRow | 'new'): Partial<Values> {
  if (rule === 'new')
    return { jurisdiction: '本街镇', effectiveFrom: `${new Date().getFullYear()}-01-01`, limitKind: 'per_person_event', severity: 'block', enabled: true, isExample: false }
  return { ...rule, amount: rule.amount === null ? undefined : amountText(rule.amount), share: rule.shareBp === null ? undefined : formatFen(rule.shareBp, { thousands: false }) }
}

/** 新增/修改支出标准: the fields a limit kind needs appear with it. */
export function RuleForm({ rule, onClose, onSaved }: { rule: SpendingRuleRow | 'new' | null; onClose: () => void; onSaved: () => void }) {
  const save = async ({ amount, share, ...v }: Values) => {
    await call('rules.save', {
      ...v,
      id: rule && rule !== 'new' ? rule.id : null,
      accountPrefix: v.accountPrefix || null,
      effectiveTo: v.effectiveTo || null,
      eventType: v.eventType ?? null,
      forms: v.forms ?? null,
      amount: amount ? parseYuanToFen(amount) : null,
      shareBp: share ? parseYuanToFen(share) : null,
    })
    onSaved()
  }
  return (
    <FormModal<Values>
      title={rule === 'new' ? '新增支出标准' : '修改支出标准'}
      open={rule !== null}
      onClose={onClose}
      onSubmit={save}
      initialValues={rule ? initial(rule) : {}}
      width={720}
    >
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 12 }}>
        <Form.Item name="jurisdiction" label="适用范围" rules={[{ required: true, message: '请输入适用范围' }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式如 2026-01-01' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="effectiveTo" label="失效日期" rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式如 2026-12-31' }]}>
          <Input placeholder="长期有效" />
        </Form.Item>
        <Form.Item name="eventType" label="事项类型">
          <Select allowClear placeholder="全部" options={options(EVENT_TYPES)} />
        </Form.Item>
        <Form.Item name="accountPrefix" label="科目编码（前缀）">
          <Input placeholder="全部支出科目" />
        </Form.Item>
        <Form.Item name="beneficiaryScope" label="受益对象">
          <Input placeholder="会员" maxLength={30} />
        </Form.Item>
        <Form.Item name="limitKind" label="限额类型">
          <Select options={LIMIT_KINDS.map((k) => ({ value: k, label: LIMIT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.limitKind !== b.limitKind}>
          {({ getFieldValue }) => {
            const kind = getFieldValue('limitKind') as LimitKind
            if (PERSON.includes(kind))
              return (
                <Form.Item name="amount" label="每人限额（元）" rules={[{ required: true, message: '请输入限额' }]}>
                  <Input />
                </Form.Item>
              )
            if (SHARE.includes(kind))
              return (
                <Form.Item name="share" label="比例（%）" rules={[{ required: true, message: '请输入比例，如 66.67' }]}>
                  <Input />
                </Form.Item>
              )
            return (
              <Form.Item name="forms" label="禁止的发放形式" rules={[{ required: true, message: '请选择发放形式' }]}>
                <Select mode="multiple" options={options(GIFT_FORMS)} />
              </Form.Item>
            )
          }}
        </Form.Item>
        <Form.Item name="severity" label="处理">
          <Select options={RULE_SEVERITIES.map((s) => ({ value: s, label: RULE_SEVERITY_LABELS[s] }))} />
        </Form.Item>
      </div>
      <Form.Item name="description" label="说明（提示报账人时引用）" rules={[{ required: true, message: '请输入说明' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 24 }}>
        <Form.Item name="enabled" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="isExample" label="示例标准" valuePropName="checked">
          <Switch />
        </Form.Item>
      </div>
    </FormModal>
  )
}
