import { Select } from 'antd'
import { useLedgers } from '../ledger/LedgerContext'

/** Several 账套 for a 汇总 (预算汇总表, 汇总 决算); `exclude` leaves out the one the page is about. */
export function LedgerPicker({ value, onChange, placeholder, exclude }: { value: number[]; onChange: (ids: number[]) => void; placeholder: string; exclude?: number }) {
  const { ledgers } = useLedgers()
  return (
    <Select
      mode="multiple"
      aria-label="汇总账套"
      style={{ minWidth: 240 }}
      value={value}
      onChange={onChange}
      options={ledgers.filter((l) => l.id !== exclude).map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))}
      placeholder={placeholder}
    />
  )
}
