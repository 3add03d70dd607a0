import { SearchOutlined } from '@ant-design/icons'
import { Button, DatePicker, Form, Input, Select, Space, type FormRule } from 'antd'
import type { Dayjs } from 'dayjs'
import type { MethodInput } from '../../../../../electron/shared/contract'
import { VOUCHER_STATUS_LABELS, VOUCHER_STATUSES } from '../../../../../electron/shared/ledger-terms'
import { fenOf } from '../../../components/AmountInput'
import { DATE_FORMAT } from '../dates'
import { matchAccount, type AccountOption } from '../useChart'
import { MONEY_FORMAT } from '../../../forms'

export type VoucherQuery = Omit<MethodInput<'vouchers.search'>, 'ledgerId' | 'page' | 'pageSize'>

/** A 状态 choice of the filter; 待出纳签字 is a state of its own for the cashier. The 工作台 links to them (#/ledger/vouchers/draft). */
export type VoucherPreset = NonNullable<VoucherQuery['status']> | 'unsigned'

export function queryOfPreset(preset?: VoucherPreset): VoucherQuery {
  if (!preset) return {}
  return preset === 'unsigned' ? { unsigned: true } : { status: preset }
}

interface Values {
  range?: [Dayjs, Dayjs] | null
  status?: VoucherPreset
  text?: string
  accountId?: number
  minAmount?: string
  maxAmount?: string
}

const statusOptions = [...VOUCHER_STATUSES.map((s) => ({ value: s as VoucherPreset, label: VOUCHER_STATUS_LABELS[s] })), { value: 'unsigned' as const, label: '待出纳签字' }]
const amountRule: FormRule = {
  validator: async (_r, v?: string) => {
    if (v && fenOf(v) === null) throw new Error(MONEY_FORMAT)
  },
}
const fenOrUndefined = (text?: string) => (text?.trim() ? (fenOf(text) ?? undefined) : undefined)

/** 凭证管理's search: date range, status, 摘要 text, account (with its sub-accounts) and amount range. */
export function VoucherFilters({ accounts, preset, onSearch }: { accounts: AccountOption[]; preset?: VoucherPreset; onSearch: (query: VoucherQuery) => void }) {
  const [form] = Form.useForm<Values>()
  const submit = (v: Values) =>
    onSearch({
      from: v.range?.[0].format(DATE_FORMAT),
      to: v.range?.[1].format(DATE_FORMAT),
      ...queryOfPreset(v.status),
      text: v.text?.trim() || undefined,
      accountId: v.accountId,
      minAmount: fenOrUndefined(v.minAmount),
      maxAmount: fenOrUndefined(v.maxAmount),
    })
  return (
    <Form<Values> form={form} layout="inline" initialValues={{ status: preset }} onFinish={submit} style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item name="range" label="日期">
        <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="status" label="状态">
        <Select allowClear placeholder="全部" options={statusOptions} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="text" label="摘要">
        <Input allowClear placeholder="摘要包含" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="accountId" label="科目">
        <Select<number, AccountOption>
          allowClear
          showSearch={{ filterOption: matchAccount }}
          placeholder="编码、名称或助记码"
          options={accounts}
          style={{ width: 220 }}
          popupMatchSelectWidth={320}
        />
      </Form.Item>
      <Form.Item label="金额">
        <Space.Compact>
          <Form.Item name="minAmount" noStyle rules={[amountRule]}>
            <Input placeholder="最小" aria-label="最小金额" style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="maxAmount" noStyle rules={[amountRule]}>
            <Input placeholder="最大" aria-label="最大金额" style={{ width: 100 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields()
              onSearch({})
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  )
}
