import { Form, Input, Radio, Select } from 'antd'
import { STATEMENT_FIELD_LABELS, STATEMENT_FIELDS, type StatementField } from '../../../../../electron/shared/contract/bank'
import { call } from '../../../api/client'
import { FormModal } from '../../../components/FormModal'
import { useChart } from '../useChart'
import { useCurrentLedger } from '../LedgerContext'
import { fenOfText, moneyRules } from '../moneyField'

interface Account {
  id: number
  accountCode: string
  bankName: string
  number: string
  openingBalance: number
}

/** 银行账户: one per 102 leaf; the 对账单期初余额 starts the running-balance check. */
export function BankAccountModal({ open, onClose, account, onSaved }: { open: boolean; onClose: () => void; account?: Account; onSaved: (id: number) => void }) {
  const ledger = useCurrentLedger()
  const { chart } = useChart(ledger.id)
  const leaves = chart.accounts.filter((a) => a.code.startsWith('102') && a.isLeaf && a.enabled)
  return (
    <FormModal<{ accountCode: string; bankName: string; number: string; openingBalance?: string }>
      title={account ? '修改银行账户' : '新增银行账户'}
      open={open}
      onClose={onClose}
      initialValues={account ? { ...account, openingBalance: (account.openingBalance / 100).toFixed(2) } : { accountCode: leaves[0]?.code }}
      intro="每个银行账户对应一个 102 银行存款的末级科目，该科目的凭证行就是它的银行日记账。"
      onSubmit={async (v) => {
        const { id } = await call('bank.saveAccount', {
          ledgerId: ledger.id,
          id: account?.id,
          accountCode: v.accountCode,
          bankName: v.bankName,
          number: v.number,
          openingBalance: fenOfText(v.openingBalance),
        })
        onSaved(id)
      }}
    >
      <Form.Item name="accountCode" label="银行存款科目" rules={[{ required: true, message: '请选择科目' }]}>
        <Select options={leaves.map((a) => ({ value: a.code, label: `${a.code} ${a.fullName}` }))} />
      </Form.Item>
      <Form.Item name="bankName" label="开户行" rules={[{ required: true, message: '请填写开户行' }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="number" label="账号" rules={[{ required: true, message: '请填写账号' }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="openingBalance" label="对账单期初余额（元）" rules={moneyRules(false)} extra="账套启用时银行对账单上的余额">
        <Input />
      </Form.Item>
    </FormModal>
  )
}

/** 期初未达账项: what was outstanding when the 账套 started. */
export function OpeningItemModal({ open, onClose, bankAccountId, onSaved }: { open: boolean; onClose: () => void; bankAccountId: number; onSaved: () => void }) {
  return (
    <FormModal<{ side: 'bank' | 'book'; direction: 'in' | 'out'; date: string; summary: string; amount: string }>
      title="录入期初未达账项"
      open={open}
      onClose={onClose}
      initialValues={{ side: 'book', direction: 'out' }}
      intro="账套启用前已发生、到启用时对方尚未入账的款项。日期须早于启用期间；以后的对账单或凭证到来时会自动勾对。"
      onSubmit={async (v) => {
        await call('bank.addOpening', { bankAccountId, side: v.side, direction: v.direction, date: v.date, summary: v.summary, amount: fenOfText(v.amount) })
        onSaved()
      }}
    >
      <Form.Item name="side" label="未达方">
        <Radio.Group
          options={[
            { value: 'book', label: '单位已记、银行未记' },
            { value: 'bank', label: '银行已记、单位未记' },
          ]}
        />
      </Form.Item>
      <Form.Item name="direction" label="收付方向">
        <Radio.Group
          options={[
            { value: 'in', label: '收入' },
            { value: 'out', label: '支出' },
          ]}
        />
      </Form.Item>
      <Form.Item name="date" label="日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '如 2025-12-28' }]}>
        <Input placeholder="2025-12-28" />
      </Form.Item>
      <Form.Item name="summary" label="摘要" rules={[{ required: true, message: '请填写摘要' }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="amount" label="金额（元）" rules={moneyRules(true)}>
        <Input />
      </Form.Item>
    </FormModal>
  )
}

/** 列对应: which header of this bank's file holds which field; saved by name, used again for that bank. */
export function MappingModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (name: string) => void }) {
  return (
    <FormModal<{ name: string } & Partial<Record<StatementField, string>>>
      title="对账单列对应"
      open={open}
      onClose={onClose}
      width={640}
      intro="填写该银行对账单表头中的列名。收入/支出分两列的填收入金额、支出金额；只有一个带正负号金额列的填“金额”。"
      onSubmit={async ({ name, ...columns }) => {
        await call('bank.saveMapping', { name, columns })
        onSaved(name)
      }}
    >
      <Form.Item name="name" label="名称（如银行名）" rules={[{ required: true, message: '请填写名称' }]}>
        <Input maxLength={40} />
      </Form.Item>
      {STATEMENT_FIELDS.map((f) => (
        <Form.Item key={f} name={f} label={STATEMENT_FIELD_LABELS[f]} rules={f === 'date' ? [{ required: true, message: '请填写列名' }] : []}>
          <Input maxLength={60} />
        </Form.Item>
      ))}
    </FormModal>
  )
}
