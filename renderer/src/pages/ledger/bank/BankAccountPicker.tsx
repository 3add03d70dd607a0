import { Select } from 'antd'
import { useCall } from '../../../hooks/useCall'

/**
 * 银行日记账 per bank account: picks a bank account of the 账套 and hands back its 102 leaf, whose
 * bank-journal book is that account's 日记账 (the 科目 picker beside it still takes any 101/102 account).
 */
export function BankAccountPicker({ ledgerId, code, onChange }: { ledgerId: number; code?: string; onChange: (accountCode: string) => void }) {
  const accounts = useCall('bank.accounts', { ledgerId })
  const list = accounts.data ?? []
  if (!list.length) return null
  return (
    <Select
      aria-label="银行账户"
      style={{ width: 300 }}
      placeholder="按银行账户查看"
      value={list.find((a) => a.accountCode === code)?.accountCode}
      onChange={onChange}
      options={list.map((a) => ({ value: a.accountCode, label: `${a.bankName} ${a.number}（${a.accountCode}）` }))}
    />
  )
}
