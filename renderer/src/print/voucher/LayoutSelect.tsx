import { useState } from 'react'
import { Select } from 'antd'
import { LAYOUT_INFO, VOUCHER_PRINT_LAYOUTS, setVoucherPrintLayout, voucherPrintLayout, type VoucherPrintLayout } from './layouts'

/** The paper vouchers print on, remembered on this computer (the printer's paper does not change per voucher). */
export function useVoucherLayout(): [VoucherPrintLayout, (layout: VoucherPrintLayout) => void] {
  const [layout, setLayout] = useState<VoucherPrintLayout>(voucherPrintLayout)
  return [
    layout,
    (l) => {
      setLayout(l)
      setVoucherPrintLayout(l)
    },
  ]
}

/** A4 one or two per sheet, 凭证纸 A5 or 241×140 mm. */
export function VoucherLayoutSelect({ value, onChange }: { value: VoucherPrintLayout; onChange: (layout: VoucherPrintLayout) => void }) {
  return (
    <Select<VoucherPrintLayout>
      aria-label="凭证打印版式"
      value={value}
      style={{ width: 200 }}
      options={VOUCHER_PRINT_LAYOUTS.map((l) => ({ value: l, label: LAYOUT_INFO[l].label }))}
      onChange={onChange}
    />
  )
}
