import { PlusOutlined } from '@ant-design/icons'
import { Button, Tag, Typography } from 'antd'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { amountInWords } from '../../../../../electron/shared/amount-words'
import { formatFen } from '../../../../../electron/shared/money'
import { Money } from '../../../components/Money'
import type { AccountOption } from '../useChart'
import { totalsOf, type DraftLine } from './draft'
import { LineRow, type LineRowProps } from './LineRow'
import type { Column } from './useGridFocus'
import './voucher-grid.css'

type Shared = Pick<LineRowProps, 'projects' | 'register' | 'onChange' | 'onEnter' | 'onEquals' | 'onSpace' | 'onRemove'>

interface Props extends Shared {
  lines: DraftLine[]
  accountOf: (id: number | null) => AccountRow | undefined
  accountOptions: AccountOption[]
  /** Cells the server (or the pre-check) found wrong, by line key. */
  errors: Record<number, Partial<Record<Column, string>>>
  onAdd: () => void
}

/** The lines of a voucher with the 合计 row: totals, the total in 大写 and the 差额 while unbalanced. */
export function VoucherGrid({ lines, accountOf, accountOptions, errors, onAdd, ...row }: Props) {
  const totals = totalsOf(lines)
  const difference = totals.debit - totals.credit
  return (
    <>
      <table className="ud-voucher-grid" aria-label="分录">
        <colgroup>
          <col style={{ width: 36 }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '25%' }} />
          <col style={{ width: 124 }} />
          <col style={{ width: 124 }} />
          <col />
          <col style={{ width: 36 }} />
        </colgroup>
        <thead>
          <tr>
            <th>行</th>
            <th>摘要</th>
            <th>会计科目</th>
            <th>借方金额</th>
            <th>贷方金额</th>
            <th>辅助核算</th>
            <th aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <LineRow key={line.key} index={index} line={line} account={accountOf(line.accountId)} accountOptions={accountOptions} errors={errors[line.key] ?? {}} {...row} />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3} aria-label="合计大写">
              <Typography.Text type="secondary">合计（大写）：</Typography.Text>
              <Typography.Text strong>{difference === 0 && totals.debit !== 0 ? amountInWords(totals.debit) : '—'}</Typography.Text>
            </td>
            <td className="ud-total" aria-label="借方合计">
              <Money fen={totals.debit} />
            </td>
            <td className="ud-total" aria-label="贷方合计">
              <Money fen={totals.credit} />
            </td>
            <td colSpan={2}>
              {difference !== 0 && (
                <Tag color="error" role="status" style={{ marginInlineEnd: 0 }}>
                  借贷不平衡，差额 {formatFen(difference)}
                </Tag>
              )}
              {difference === 0 && totals.debit !== 0 && (
                <Tag color="success" style={{ marginInlineEnd: 0 }}>
                  借贷平衡
                </Tag>
              )}
            </td>
          </tr>
        </tfoot>
      </table>
      <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={onAdd} style={{ marginTop: 8 }}>
        增加一行
      </Button>
    </>
  )
}
