import { useState } from 'react'
import { InputNumber, Select, Space, Switch, Typography, type TableColumnsType } from 'antd'
import type { MethodInput } from '../../../../electron/shared/contract'
import type { VoucherSummary } from '../../../../electron/shared/contract/voucher-summary'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { MonthPicker } from './controls'
import { AccountLink, moneyColumn } from './parts'
import { ReportFrame } from './ReportFrame'
import { ReportTable } from './ReportTable'
import type { ReportProps } from './routes'

type Row = VoucherSummary['rows'][number] & { key: string }
type Word = NonNullable<MethodInput<'reports.voucherSummary'>['word']>

/**
 * 凭证汇总表 (科目汇总表): one month's vouchers, optionally a 凭证号 range and one 凭证字, summed by
 * level-1 account — checked before posting and filed with the vouchers. Excel and print as every report.
 */
export function VoucherSummaryPage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const period = route.to
  const [range, setRange] = useState<{ fromNumber?: number; toNumber?: number }>({})
  const [word, setWord] = useState<Word | undefined>()
  const [postedOnly, setPostedOnly] = useState(false)
  const input = { ledgerId: ledger.id, period, ...range, ...(word ? { word } : {}), postedOnly }
  const summary = useCall('reports.voucherSummary', input)
  const data = summary.data
  const rows: Row[] = [
    ...(data?.rows ?? []).map((r) => ({ ...r, key: r.code })),
    ...(data ? [{ key: 'total', code: '', name: '合计', debit: data.totalDebit, credit: data.totalCredit }] : []),
  ]
  const columns: TableColumnsType<Row> = [
    {
      title: '科目编码',
      dataIndex: 'code',
      width: 110,
      render: (code: string) => code && <AccountLink code={code} onOpen={(arg) => go({ tab: 'detail', arg, from: period, to: period })} />,
    },
    { title: '科目名称', dataIndex: 'name', width: 260, render: (name: string, r) => (r.key === 'total' ? <strong>{name}</strong> : name) },
    moneyColumn<Row>('借方金额', 'debit', { width: 180 }),
    moneyColumn<Row>('贷方金额', 'credit', { width: 180 }),
  ]
  // 起始号 / 截止号: a whole number from 1, blank for no bound.
  const numberInput = (end: 'fromNumber' | 'toNumber', word: string) => (
    <InputNumber
      aria-label={`${word}凭证号`}
      placeholder={`${word}号`}
      min={1}
      precision={0}
      style={{ width: 90 }}
      value={range[end]}
      onChange={(v) => setRange((r) => ({ ...r, [end]: v ?? undefined }))}
    />
  )
  return (
    <ReportFrame
      title="凭证汇总表"
      orgName={ledger.orgName}
      period={data?.rangeLabel ?? period}
      orientation="portrait"
      exportInput={{ report: 'voucher-summary', ledgerIds: [ledger.id], from: period, to: period, ...range }}
      controls={
        <>
          <MonthPicker value={period} onChange={(p) => go({ from: p, to: p })} />
          <Space.Compact>
            {numberInput('fromNumber', '起始')}
            {numberInput('toNumber', '截止')}
          </Space.Compact>
          <Select
            aria-label="凭证字"
            allowClear
            placeholder="全部凭证字"
            style={{ width: 120 }}
            value={word}
            onChange={setWord}
            options={ledger.voucherWords.map((w) => ({ value: w, label: `${w}字` }))}
          />
          <Space size={4}>
            <Switch size="small" checked={postedOnly} onChange={setPostedOnly} aria-label="只含已记账凭证" />
            <Typography.Text>只含已记账</Typography.Text>
          </Space>
        </>
      }
    >
      {summary.error ? (
        <LoadError error={summary.error} onRetry={summary.reload} />
      ) : (
        <>
          <ReportTable<Row> columns={columns} dataSource={rows} loading={summary.loading} above={400} emptyText="所选范围没有凭证" />
          {data && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              凭证 {data.vouchers} 张（其中未记账 {data.unposted} 张），附件 {data.attachments} 张。
            </Typography.Paragraph>
          )}
        </>
      )}
    </ReportFrame>
  )
}
