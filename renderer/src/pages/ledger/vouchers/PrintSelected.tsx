import { PrinterOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import { call } from '../../../api/client'
import { useAction } from '../../../hooks/useAction'
import { VoucherLayoutSelect, useVoucherLayout } from '../../../print/voucher/LayoutSelect'
import { printVouchers } from '../../../print/voucher/printVouchers'
import { useCurrentLedger } from '../LedgerContext'

/**
 * 打印所选: the ticked vouchers in the 金额线 format, in 字号 order, on the chosen paper — two to an A4
 * sheet saves paper, 凭证纸 takes one each — with the 制单/审核/记账/出纳 names filled in.
 */
export function PrintSelected({ ids, fullNames }: { ids: number[]; fullNames: Map<number, string> }) {
  const ledger = useCurrentLedger()
  const [layout, setLayout] = useVoucherLayout()
  const { run, busy } = useAction()
  const print = () =>
    run(async () => {
      const vouchers = await Promise.all(ids.map((id) => call('vouchers.get', { id })))
      vouchers.sort((a, b) => a.date.localeCompare(b.date) || a.word.localeCompare(b.word) || a.number - b.number)
      const [first, last] = [vouchers[0], vouchers[vouchers.length - 1]]
      await printVouchers(vouchers, { orgName: ledger.orgName, fullNames, layout, fileName: `记账凭证-${ledger.code}-${first.label}至${last.label}` })
    })
  return (
    <Space.Compact>
      <VoucherLayoutSelect value={layout} onChange={setLayout} />
      <Button icon={<PrinterOutlined />} disabled={!ids.length} loading={busy} onClick={() => void print()}>
        打印所选
      </Button>
    </Space.Compact>
  )
}
