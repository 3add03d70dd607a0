import type { VoucherView } from '../../../../electron/shared/contract/vouchers'
import { FUND_NATURE_LABELS, SPEND_TYPE_LABELS } from '../../../../electron/shared/ledger-terms'
import { amountInWords } from '../../../../electron/shared/amount-words'

/** 亿千百十万千百十元角分: the 金额线 columns of a printed 记账凭证, 分 last. */
export const DIGIT_LABELS = ['亿', '千', '百', '十', '万', '千', '百', '十', '元', '角', '分'] as const
/** Lines on one sheet of 凭证纸; a longer voucher continues on the next sheet (过次页). */
export const LINES_PER_SHEET = 5

/** The digits of an amount in 分, right-aligned in the 11 columns, with ￥ before the first digit; blank for 0. */
export function amountCells(fen: number): string[] {
  const cells: string[] = Array(DIGIT_LABELS.length).fill('')
  if (fen === 0) return cells
  const digits = String(Math.abs(fen)).padStart(3, '0')
  const start = DIGIT_LABELS.length - digits.length
  digits.split('').forEach((d, i) => (cells[start + i] = d))
  // ￥ (or −￥ for a red amount) sits in the column before the first digit when there is one.
  if (start > 0) cells[start - 1] = fen < 0 ? '−￥' : '￥'
  return cells
}

type Line = VoucherView['lines'][number]

/** 主管 / 记账 / 审核 / 出纳 / 制单 under a voucher, with the names of those who did each step. */
export function VoucherSignatures({ voucher: v, className }: { voucher: Pick<VoucherView, 'postedBy' | 'reviewedBy' | 'cashierBy' | 'createdBy'>; className: string }) {
  return (
    <div className={className}>
      <span>主管：</span>
      <span>记账：{v.postedBy ?? ''}</span>
      <span>审核：{v.reviewedBy ?? ''}</span>
      <span>出纳：{v.cashierBy ?? ''}</span>
      <span>制单：{v.createdBy}</span>
    </div>
  )
}

/** A line's 辅助核算 (资金性质, 支出类型, 项目, 往来) in one text; '' when it has none. */
export function auxText(l: Line, separator = ' '): string {
  return [
    l.fundNature && FUND_NATURE_LABELS[l.fundNature],
    l.spendType && SPEND_TYPE_LABELS[l.spendType],
    l.projectName && `项目：${l.projectName}`,
    l.counterpart && `往来：${l.counterpart}`,
  ]
    .filter(Boolean)
    .join(separator)
}

function Digits({ fen, red }: { fen: number; red?: boolean }) {
  return (
    <>
      {amountCells(fen).map((d, i) => (
        <td key={i} className={`ud-al-digit${i === 8 ? ' ud-al-yuan' : ''}${red && fen < 0 ? ' ud-al-red' : ''}`}>
          {d}
        </td>
      ))}
    </>
  )
}

interface Props {
  voucher: VoucherView
  orgName: string
  /** Full account names (上级-明细) by id where the chart is at hand. */
  fullNames?: Map<number, string>
}

/**
 * One 记账凭证 in the 金额线 format: 摘要 | 总账科目 | 明细科目 | 借方 11 digit columns | 贷方 11 digit
 * columns | 记账 ✓, 合计 with the amount in words, and the 主管/记账/审核/出纳/制单 names. A voucher
 * with more lines than a sheet holds prints on several sheets, each carried forward (过次页/承前页).
 * Reusable: the voucher view prints one; archive printing prints a month through `VoucherSheets`.
 */
export function AmountLineVoucher({ voucher: v, orgName, fullNames }: Props) {
  const sheets = Math.max(1, Math.ceil(v.lines.length / LINES_PER_SHEET))
  return (
    <>
      {Array.from({ length: sheets }, (_, s) => {
        const lines = v.lines.slice(s * LINES_PER_SHEET, (s + 1) * LINES_PER_SHEET)
        const upTo = v.lines.slice(0, (s + 1) * LINES_PER_SHEET)
        const debit = upTo.reduce((n, l) => n + l.debit, 0)
        const credit = upTo.reduce((n, l) => n + l.credit, 0)
        const last = s === sheets - 1
        return (
          <section className="ud-al-voucher" key={s} aria-label={`记账凭证 ${v.label}${sheets > 1 ? ` 第${s + 1}张` : ''}`}>
            <div className="ud-al-title">记账凭证</div>
            <div className="ud-al-meta">
              <span>编制单位：{orgName}</span>
              <span>
                {v.date.slice(0, 4)}年{Number(v.date.slice(5, 7))}月{Number(v.date.slice(8))}日
              </span>
              <span>
                {v.word}字第 {v.number} 号{sheets > 1 ? `（${s + 1}/${sheets}）` : ''}　附件 {v.attachments} 张
              </span>
            </div>
            <table className="ud-al-table">
              <colgroup>
                <col className="ud-al-c-summary" />
                <col className="ud-al-c-account" />
                <col className="ud-al-c-detail" />
                {DIGIT_LABELS.map((_, i) => (
                  <col key={`d${i}`} className="ud-al-c-digit" />
                ))}
                {DIGIT_LABELS.map((_, i) => (
                  <col key={`c${i}`} className="ud-al-c-digit" />
                ))}
                <col className="ud-al-c-tick" />
              </colgroup>
              <thead>
                <tr>
                  <th rowSpan={2}>摘　要</th>
                  <th rowSpan={2}>总账科目</th>
                  <th rowSpan={2}>明细科目</th>
                  <th colSpan={11}>借方金额</th>
                  <th colSpan={11}>贷方金额</th>
                  <th rowSpan={2} className="ud-al-tick">
                    记账
                  </th>
                </tr>
                <tr>
                  {[...DIGIT_LABELS, ...DIGIT_LABELS].map((d, i) => (
                    <th key={i} className={`ud-al-digit${i % 11 === 8 ? ' ud-al-yuan' : ''}`}>
                      {d}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s > 0 && (
                  <tr className="ud-al-carry">
                    <td>承前页</td>
                    <td />
                    <td />
                    <Digits fen={v.lines.slice(0, s * LINES_PER_SHEET).reduce((n, l) => n + l.debit, 0)} />
                    <Digits fen={v.lines.slice(0, s * LINES_PER_SHEET).reduce((n, l) => n + l.credit, 0)} />
                    <td />
                  </tr>
                )}
                {lines.map((l) => {
                  const full = fullNames?.get(l.accountId) ?? l.accountName
                  const top = l.accountCode.slice(0, 3)
                  const detail = l.accountCode.length > 3
                  return (
                    <tr key={l.lineNo}>
                      <td>{l.summary}</td>
                      <td>{detail ? `${top} ${full.split('-')[0]}` : `${l.accountCode} ${full}`}</td>
                      <td>
                        {detail ? `${l.accountCode} ${full.split('-').slice(1).join('-') || l.accountName}` : ''}
                        {auxText(l) && <span className="ud-al-aux">{auxText(l)}</span>}
                      </td>
                      <Digits fen={l.debit} red />
                      <Digits fen={l.credit} red />
                      <td className="ud-al-tick">{v.status === 'posted' ? '✓' : ''}</td>
                    </tr>
                  )
                })}
                {Array.from({ length: LINES_PER_SHEET - lines.length }, (_, i) => (
                  <tr key={`pad${i}`}>
                    <td />
                    <td />
                    <td />
                    {Array.from({ length: 23 }, (_, j) => (
                      <td key={j} className={j < 22 ? 'ud-al-digit' : undefined} />
                    ))}
                  </tr>
                ))}
                <tr className="ud-al-total">
                  <td colSpan={3}>{last ? `合计（大写）：${amountInWords(debit)}` : '过次页'}</td>
                  <Digits fen={debit} red />
                  <Digits fen={credit} red />
                  <td />
                </tr>
              </tbody>
            </table>
            <VoucherSignatures voucher={v} className="ud-al-signatures" />
          </section>
        )
      })}
    </>
  )
}
