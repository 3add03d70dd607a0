import { useMemo } from 'react'
import { DatePicker, Select } from 'antd'
import dayjs from 'dayjs'
import type { AccountRow } from '../../../../electron/shared/contract/ledgers'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { matchAccount, useChart, type AccountOption } from '../ledger/useChart'

const MONTH = 'YYYY-MM'

/** 起止期间 of a book: whole months. */
export function PeriodRange({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  return (
    <DatePicker.RangePicker
      picker="month"
      format={MONTH}
      allowClear={false}
      aria-label="期间"
      value={[dayjs(`${from}-01`), dayjs(`${to}-01`)]}
      onChange={(range) => range?.[0] && range[1] && onChange(range[0].format(MONTH), range[1].format(MONTH))}
      style={{ width: 220 }}
    />
  )
}

/** The month a statement is made for. */
export function MonthPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  return (
    <DatePicker
      picker="month"
      format={MONTH}
      allowClear={false}
      aria-label="报表期间"
      value={dayjs(`${value}-01`)}
      onChange={(d) => d && onChange(d.format(MONTH))}
      style={{ width: 120 }}
    />
  )
}

type CodeOption = Omit<AccountOption, 'value'> & { value: string }

/**
 * Account choice for a book, by code, searched like the voucher grid (code prefix, name or 助记码).
 * `accept` narrows the chart to the accounts the book is kept for (日记账: 101/102, 多栏式: 501–510).
 */
export function AccountPicker({ value, onChange, accept }: { value?: string; onChange: (code: string) => void; accept?: (a: Pick<AccountRow, 'code'>) => boolean }) {
  const ledger = useCurrentLedger()
  const { chart, loading } = useChart(ledger.id)
  const options = useMemo<CodeOption[]>(() => {
    const allowed = new Set(chart.accounts.filter((a) => !accept || accept(a)).map((a) => a.code))
    return chart.allOptions.filter((o) => allowed.has(o.code)).map((o) => ({ ...o, value: o.code }))
  }, [chart, accept])
  return (
    <Select<string, CodeOption>
      aria-label="科目"
      placeholder="科目：编码、名称或助记码"
      loading={loading}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: matchAccount }}
      options={options}
      style={{ width: 260 }}
      popupMatchSelectWidth={340}
    />
  )
}
