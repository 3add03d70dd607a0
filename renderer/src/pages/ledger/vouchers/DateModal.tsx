import type { ReactNode } from 'react'
import { DatePicker, Form } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { FormModal } from '../../../components/FormModal'
import { DATE_FORMAT, defaultVoucherDate, isClosedDate } from '../dates'
import { useCurrentLedger } from '../LedgerContext'

interface Props {
  title: string
  label: string
  okText: string
  danger?: boolean
  intro: ReactNode
  open: boolean
  onClose: () => void
  /** Runs the call with the chosen date (YYYY-MM-DD). */
  onSubmit: (date: string) => Promise<void>
}

/** Asks for the date of a voucher the system is about to make (复制, 红字冲销), in an open month. */
export function DateModal({ title, label, okText, danger, intro, open, onClose, onSubmit }: Props) {
  const ledger = useCurrentLedger()
  return (
    <FormModal<{ date: Dayjs }>
      title={title}
      okText={okText}
      danger={danger}
      intro={intro}
      open={open}
      onClose={onClose}
      initialValues={{ date: dayjs(defaultVoucherDate(ledger)) }}
      onSubmit={({ date }) => onSubmit(date.format(DATE_FORMAT))}
    >
      <Form.Item name="date" label={label} rules={[{ required: true, message: `请选择${label}` }]}>
        <DatePicker format={DATE_FORMAT} allowClear={false} disabledDate={(d) => isClosedDate(ledger, d)} style={{ width: 200 }} />
      </Form.Item>
    </FormModal>
  )
}
