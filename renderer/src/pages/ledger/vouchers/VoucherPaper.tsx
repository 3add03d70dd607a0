import type { VoucherView } from '../../../../../electron/shared/contract/vouchers'
import { Money } from '../../../components/Money'
import { chineseDate } from '../dates'
import { VoucherSignatures, auxText } from '../../../print/voucher/AmountLineVoucher'
import './voucher-paper.css'

const MIN_ROWS = 5

interface Props {
  voucher: VoucherView
  orgName: string
  /** Full account names (上级-明细) by id, where the chart is at hand. */
  fullNames?: Map<number, string>
}

/** A voucher in the standard 记账凭证 layout, as the screen shows it (paper: print/voucher/AmountLineVoucher). */
export function VoucherPaper({ voucher: v, orgName, fullNames }: Props) {
  const padding = Math.max(0, MIN_ROWS - v.lines.length)
  const debit = v.lines.reduce((s, l) => s + l.debit, 0)
  const credit = v.lines.reduce((s, l) => s + l.credit, 0)
  return (
    <div className="ud-voucher-paper">
      <div className="ud-paper-title">记账凭证</div>
      <div className="ud-paper-meta">
        <span>编制单位：{orgName}</span>
        <span>{chineseDate(v.date)}</span>
        <span>
          凭证号：{v.label}
          <br />
          附件 {v.attachments} 张
        </span>
      </div>
      <table>
        <colgroup>
          <col style={{ width: '28%' }} />
          <col />
          <col style={{ width: 130 }} />
          <col style={{ width: 130 }} />
        </colgroup>
        <thead>
          <tr>
            <th>摘要</th>
            <th>会计科目</th>
            <th>借方金额</th>
            <th>贷方金额</th>
          </tr>
        </thead>
        <tbody>
          {v.lines.map((l) => (
            <tr key={l.lineNo}>
              <td>{l.summary}</td>
              <td>
                {l.accountCode} {fullNames?.get(l.accountId) ?? l.accountName}
                {auxText(l) && <span className="ud-paper-aux">{auxText(l, ' · ')}</span>}
              </td>
              <td className="ud-paper-amount">
                <Money fen={l.debit} blankZero />
              </td>
              <td className="ud-paper-amount">
                <Money fen={l.credit} blankZero />
              </td>
            </tr>
          ))}
          {Array.from({ length: padding }, (_, i) => (
            <tr key={`pad-${i}`}>
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
          <tr>
            <td colSpan={2}>合计（大写）：{v.totalInWords}</td>
            <td className="ud-paper-amount">
              <Money fen={debit} strong />
            </td>
            <td className="ud-paper-amount">
              <Money fen={credit} strong />
            </td>
          </tr>
        </tbody>
      </table>
      <VoucherSignatures voucher={v} className="ud-paper-signatures" />
    </div>
  )
}
