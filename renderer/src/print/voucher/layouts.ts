/**
 * Paper for printed vouchers: one or two 记账凭证 on an A4 sheet, or one per 凭证纸 (A5, or the
 * 241×140 mm stock most 凭证打印纸 comes in). A per-computer setting: the paper is the printer's.
 */
export const VOUCHER_PRINT_LAYOUTS = ['a4-one', 'a4-two', 'a5', 'paper-241x140'] as const
export type VoucherPrintLayout = (typeof VOUCHER_PRINT_LAYOUTS)[number]

export const LAYOUT_INFO: Record<VoucherPrintLayout, { label: string; paperMm: [number, number]; perPage: number }> = {
  'a4-one': { label: 'A4，每页一张', paperMm: [210, 297], perPage: 1 },
  'a4-two': { label: 'A4，每页两张', paperMm: [210, 297], perPage: 2 },
  a5: { label: '凭证纸 A5（210×148 毫米）', paperMm: [210, 148], perPage: 1 },
  'paper-241x140': { label: '凭证纸 241×140 毫米', paperMm: [241, 140], perPage: 1 },
}

const KEY = 'uniondesk.voucherPrintLayout'

export function voucherPrintLayout(): VoucherPrintLayout {
  const saved = localStorage.getItem(KEY)
  return (VOUCHER_PRINT_LAYOUTS as readonly string[]).includes(saved ?? '') ? (saved as VoucherPrintLayout) : 'a4-two'
}

export function setVoucherPrintLayout(layout: VoucherPrintLayout): void {
  localStorage.setItem(KEY, layout)
}
