import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { VoucherView } from '../../../../electron/shared/contract/vouchers'
import { printPage } from '../../print'
import { AmountLineVoucher } from './AmountLineVoucher'
import { LAYOUT_INFO, voucherPrintLayout, type VoucherPrintLayout } from './layouts'
import './amount-line.css'

interface Options {
  orgName: string
  fullNames?: Map<number, string>
  layout?: VoucherPrintLayout
  fileName: string
}

/** Margins of each paper; 凭证纸 is printed closer to the edge, its left margin left for binding. */
const MARGINS: Record<VoucherPrintLayout, string> = {
  'a4-one': '10mm 10mm 10mm 15mm',
  'a4-two': '10mm 10mm 8mm 15mm',
  a5: '6mm 6mm 6mm 12mm',
  'paper-241x140': '6mm 8mm 6mm 20mm',
}

/** The vouchers laid out for one paper, as `printVouchers` puts them on the page (also for previews and tests). */
export function VoucherSheets({ vouchers, orgName, fullNames, layout }: { vouchers: VoucherView[]; orgName: string; fullNames?: Map<number, string>; layout: VoucherPrintLayout }) {
  return (
    <div className={`ud-voucher-sheets ud-layout-${layout}`}>
      {vouchers.map((v) => (
        <AmountLineVoucher key={v.id} voucher={v} orgName={orgName} fullNames={fullNames} />
      ))}
    </div>
  )
}

/**
 * Prints vouchers in the 金额线 format on the chosen paper: renders them into a container outside
 * the app (the only thing the print stylesheet lets through), sets the @page size, prints (PDF on
 * the desktop, the print dialog in a browser) and removes it all again.
 */
export async function printVouchers(vouchers: VoucherView[], { orgName, fullNames, layout = voucherPrintLayout(), fileName }: Options): Promise<void> {
  const { paperMm } = LAYOUT_INFO[layout]
  const host = document.createElement('div')
  host.className = 'ud-voucher-print'
  const page = document.createElement('style')
  // 凭证纸 carries no page numbers: each sheet is one voucher, numbered by its 字号.
  page.textContent = `@page { size: ${paperMm[0]}mm ${paperMm[1]}mm; margin: ${MARGINS[layout]}; @bottom-center { content: none; } }`
  document.body.append(host, page)
  const root = createRoot(host)
  try {
    flushSync(() => root.render(<VoucherSheets vouchers={vouchers} orgName={orgName} fullNames={fullNames} layout={layout} />))
    await printPage({ fileName, bodyClass: 'ud-print-vouchers', paperMm })
  } finally {
    root.unmount()
    host.remove()
    page.remove()
  }
}
