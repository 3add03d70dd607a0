import { matchAccount } from '../ledger/useChart'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Input, InputNumber, Select, Typography } from 'antd'
import { amountInWords } from '../../../../electron/shared/amount-words'
import { EVENT_TYPES, GIFT_FORMS, type EventType, type GiftForm } from '../../../../electron/shared/budget-terms'
import { formatFen, parseYuanToFen } from '../../../../electron/shared/money'
import { fenOf } from '../../components/AmountInput'
import { useCall } from '../../hooks/useCall'
import { MONEY_FORMAT } from '../../forms'

export interface LineValues {
  accountId: number
  summary: string
  /** As typed, in 元. */
  amount?: string
  invoiceCode?: string
  invoiceNo?: string
  invoiceDate?: string
  beneficiaries?: number
  participants?: number
  /** Pasted names, one per line or separated by 、 or commas. */
  names?: string
  budgetLineId?: number
  eventType?: EventType
  form?: GiftForm
}

const amountRule = {
  validator: async (_r: unknown, v: string | undefined) => {
    const fen = parseYuanToFen(v ?? '')
    if (v && fen === null) throw new Error(MONEY_FORMAT)
    if (fen === null || fen <= 0) throw new Error('请输入大于 0 的金额')
  },
}
const dateRule = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式如 2026-11-05' }
const options = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }))

/** The lines of a claim, with the 账套's expenditure accounts and this year's budget lines to pick from. */
export function ClaimLines({ ledgerId, year }: { ledgerId: number | undefined; year: number }) {
  const choices = useCall('claims.options', { ledgerId: ledgerId ?? 0, year })
  const lines = (Form.useWatch('lines') ?? []) as LineValues[]
  const total = lines.reduce((s, l) => s + (fenOf(l?.amount ?? '') ?? 0), 0)
  const data = ledgerId ? choices.data : undefined
  const accounts = (data?.accounts ?? []).map((a) => ({ value: a.id, label: `${a.code} ${a.name}`, code: a.code, search: `${a.name} ${a.mnemonic}`.toUpperCase() }))
  const budgetLines = (data?.budgetLines ?? []).map((b) => ({ value: b.id, label: `${b.label}（余 ${formatFen(b.remaining)}）` }))
  return (
    <Form.List name="lines">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <div key={field.key} className="ud-claim-line" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
              <div style={{ display: 'grid', gridTemplateColumns: '32px 2fr 2fr 1fr 1.1fr 1.3fr 1fr 32px', gap: 8 }}>
                <Typography.Text type="secondary" style={{ paddingTop: 30 }}>
                  {i + 1}
                </Typography.Text>
                <Form.Item name={[field.name, 'accountId']} label="支出科目" rules={[{ required: true, message: '请选择支出科目' }]}>
                  <Select showSearch={{ filterOption: matchAccount }} placeholder="编码、名称或助记码" options={accounts} aria-label={`第${i + 1}行支出科目`} />
                </Form.Item>
                <Form.Item name={[field.name, 'summary']} label="摘要" rules={[{ required: true, message: '请输入摘要' }]}>
                  <Input maxLength={100} aria-label={`第${i + 1}行摘要`} />
                </Form.Item>
                <Form.Item name={[field.name, 'amount']} label="金额（元）" rules={[amountRule]}>
                  <Input className="ud-money" inputMode="decimal" aria-label={`第${i + 1}行金额`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'invoiceCode']}
                  label="发票代码"
                  tooltip="纸质发票的 10 位或 12 位发票代码；全电发票不填"
                  rules={[{ pattern: /^(\d{10}|\d{12})$/, message: '发票代码为 10 位或 12 位数字，全电发票不填' }]}
                >
                  <Input maxLength={12} inputMode="numeric" aria-label={`第${i + 1}行发票代码`} />
                </Form.Item>
                <Form.Item name={[field.name, 'invoiceNo']} label="发票号码" tooltip="纸质发票 8 位；全电发票 20 位">
                  <Input maxLength={40} aria-label={`第${i + 1}行发票号码`} />
                </Form.Item>
                <Form.Item name={[field.name, 'invoiceDate']} label="发票日期" rules={[dateRule]}>
                  <Input placeholder="2026-11-05" />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label="删除该行" disabled={fields.length === 1} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
              </div>
              <div style={{ display: 'grid', gridTemplateColumns: '32px 2fr 1fr 1fr 1fr 1fr 2fr', gap: 8 }}>
                <span />
                <Form.Item name={[field.name, 'budgetLineId']} label="预算项目">
                  <Select allowClear options={budgetLines} placeholder={budgetLines.length ? '选择预算项目' : '本年度无支出预算'} aria-label={`第${i + 1}行预算项目`} />
                </Form.Item>
                <Form.Item name={[field.name, 'eventType']} label="事项类型">
                  <Select allowClear options={options(EVENT_TYPES)} aria-label={`第${i + 1}行事项类型`} />
                </Form.Item>
                <Form.Item name={[field.name, 'form']} label="发放形式">
                  <Select allowClear options={options(GIFT_FORMS)} aria-label={`第${i + 1}行发放形式`} />
                </Form.Item>
                <Form.Item name={[field.name, 'beneficiaries']} label="受益人数">
                  <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                {/* Always asked: 获奖 ≤ ⅔ of 参与人数 rules need it, and the office may add such rules to any event type. */}
                <Form.Item name={[field.name, 'participants']} label="参与人数">
                  <InputNumber min={1} precision={0} style={{ width: '100%' }} aria-label={`第${i + 1}行参与人数`} />
                </Form.Item>
                <Form.Item name={[field.name, 'names']} label="受益人名单（可粘贴，填写后按名单计人数）">
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
              </div>
            </div>
          ))}
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', margin: '8px 0 12px' }}>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              添加明细
            </Button>
            <Typography.Text strong>
              合计 ¥{formatFen(total)}　人民币（大写）{amountInWords(total)}
            </Typography.Text>
          </div>
        </>
      )}
    </Form.List>
  )
}
