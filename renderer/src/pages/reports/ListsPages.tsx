import { useMemo, useState } from 'react'
import { Segmented, type TableColumnsType } from 'antd'
import type { AuxRow, VoucherJournalRow } from '../../../../electron/shared/contract/books'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { PeriodRange } from './controls'
import { groupSpans } from './ledger-rows'
import { AccountLink, moneyColumn, usePaging, useVoucherViewer } from './parts'
import { ReportTable } from './ReportTable'
import { ReportFrame } from './ReportFrame'
import type { ReportProps } from './routes'
import { periodLabel } from './routes'

/** 序时账: every posted line in date and voucher order, a page at a time; a 凭证字号 opens the voucher. */
export function SequencePage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const { from, to } = route
  const { page, paged } = usePaging()
  const journal = useCall('reports.voucherJournal', { ledgerId: ledger.id, from, to, ...page })
  const { link, modal } = useVoucherViewer()
  const columns: TableColumnsType<VoucherJournalRow> = [
    { title: '日期', dataIndex: 'date', width: 104, fixed: 'left' },
    { title: '凭证字号', dataIndex: 'voucherLabel', width: 88, fixed: 'left', render: (label: string, r) => link(r.voucherId, label) },
    { title: '摘要', dataIndex: 'summary', width: 240 },
    { title: '科目编码', dataIndex: 'accountCode', width: 96, render: (code: string) => <AccountLink code={code} onOpen={(arg) => go({ tab: 'detail', arg })} /> },
    { title: '科目名称', dataIndex: 'accountName', width: 240, ellipsis: true },
    moneyColumn<VoucherJournalRow>('借方', 'debit'),
    moneyColumn<VoucherJournalRow>('贷方', 'credit'),
  ]
  return (
    <ReportFrame
      title="序时账"
      orgName={ledger.orgName}
      period={periodLabel(from, to)}
      orientation="landscape"
      exportInput={{ report: 'voucher-journal', ledgerIds: [ledger.id], from, to }}
      controls={<PeriodRange from={from} to={to} onChange={(f, t) => go({ from: f, to: t })} />}
    >
      {journal.error ? (
        <LoadError error={journal.error} onRetry={journal.reload} />
      ) : (
        <ReportTable<VoucherJournalRow> columns={columns} {...paged(journal)} above={380} emptyText="所选期间没有已记账的凭证" />
      )}
      {modal}
    </ReportFrame>
  )
}

type Row = Omit<AuxRow, 'key'> & { key: number; group: string; span: number }

const DIMENSIONS = [
  { value: 'project', label: '按项目' },
  { value: 'fundNature', label: '按资金性质（专项/非专项）' },
] as const

/** 辅助核算余额表: income and expenditure by project or by 资金性质, each group's first line carrying its name. */
export function AuxBalancePage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const { from, to } = route
  const [by, setBy] = useState<'project' | 'fundNature'>('project')
  const aux = useCall('reports.auxBalance', { ledgerId: ledger.id, from, to, by })
  const rows = useMemo(() => {
    const data = aux.data?.rows ?? []
    const spans = groupSpans(data, (r) => r.key)
    return data.map((r, i) => ({ ...r, key: i, group: r.key, span: spans[i] }))
  }, [aux.data])
  const columns: TableColumnsType<Row> = [
    { title: by === 'project' ? '项目' : '资金性质', dataIndex: 'label', width: 200, fixed: 'left', onCell: (r) => ({ rowSpan: r.span }) },
    { title: '科目编码', dataIndex: 'accountCode', width: 96, render: (code: string) => <AccountLink code={code} onOpen={(arg) => go({ tab: 'detail', arg })} /> },
    { title: '科目名称', dataIndex: 'accountName', width: 220, ellipsis: true },
    moneyColumn<Row>('借方', 'debit'),
    moneyColumn<Row>('贷方', 'credit'),
    { title: '净额', dataIndex: 'net', width: 136, align: 'right', render: (fen: number) => <Money fen={fen} /> },
  ]
  return (
    <ReportFrame
      title={`辅助核算余额表（${by === 'project' ? '按项目' : '按资金性质'}）`}
      orgName={ledger.orgName}
      period={periodLabel(from, to)}
      orientation="landscape"
      exportInput={{ report: 'aux-balance', ledgerIds: [ledger.id], from, to }}
      controls={
        <>
          <PeriodRange from={from} to={to} onChange={(f, t) => go({ from: f, to: t })} />
          <Segmented aria-label="核算维度" value={by} onChange={setBy} options={[...DIMENSIONS]} />
        </>
      }
    >
      {aux.error ? (
        <LoadError error={aux.error} onRetry={aux.reload} />
      ) : (
        <ReportTable<Row> columns={columns} dataSource={aux.data && rows} loading={aux.loading} emptyText="所选期间没有带辅助核算的收支" />
      )}
    </ReportFrame>
  )
}
