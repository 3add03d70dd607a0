import { DatePicker, InputNumber, Select, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import type { LedgerRow } from '../../../../../electron/shared/contract/ledgers'
import { DATE_FORMAT, defaultVoucherDate, isClosedDate } from '../dates'

export interface HeaderValues {
  word: string
  date: string
  attachments: number
}

export const freshHeader = (ledger: LedgerRow, word = ledger.voucherWords[0]): HeaderValues => ({
  word,
  date: defaultVoucherDate(ledger),
  attachments: 0,
})

interface Props {
  ledger: LedgerRow
  value: HeaderValues
  onChange: (patch: Partial<HeaderValues>) => void
  /** 记-12 when changing a saved draft; a new voucher is numbered when it is saved. */
  label: string | null
  /** Enter in 附件张数 goes on to the first line. */
  onDone: () => void
}

/** 凭证字 / 日期 / 附件张数 above the lines, with the title of the form. */
export function EntryHeader({ ledger, value, onChange, label, onDone }: Props) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Title level={4} style={{ textAlign: 'center', letterSpacing: 8, margin: '0 0 12px' }}>
        记账凭证
      </Typography.Title>
      <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8 }}>
        <Space size={6}>
          <span>凭证字</span>
          <Select
            aria-label="凭证字"
            value={value.word}
            options={ledger.voucherWords.map((w) => ({ value: w, label: w }))}
            onChange={(word) => onChange({ word })}
            style={{ width: 80 }}
          />
          <span>号</span>
          <Typography.Text strong>{label ?? '保存时自动编号'}</Typography.Text>
        </Space>
        <Space size={6}>
          <span>日期</span>
          <DatePicker
            aria-label="凭证日期"
            allowClear={false}
            format={DATE_FORMAT}
            value={dayjs(value.date)}
            disabledDate={(d) => isClosedDate(ledger, d)}
            onChange={(d) => d && onChange({ date: d.format(DATE_FORMAT) })}
          />
        </Space>
        <Space size={6}>
          <span>附件</span>
          <InputNumber
            aria-label="附件张数"
            min={0}
            max={9999}
            precision={0}
            value={value.attachments}
            onChange={(n) => onChange({ attachments: n ?? 0 })}
            onPressEnter={onDone}
            style={{ width: 72 }}
          />
          <span>张</span>
        </Space>
      </div>
    </div>
  )
}
