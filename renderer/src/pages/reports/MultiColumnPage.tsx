import type { TableColumnsType } from 'antd'
import type { AccountRow } from '../../../../electron/shared/contract/ledgers'
import { isMultiColumnAccount, type MultiColumnRow } from '../../../../electron/shared/contract/books'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { AccountPicker, PeriodRange } from './controls'
import { bookRowClass, usePaging, useVoucherViewer } from './parts'
import { ReportTable } from './ReportTable'
import { ReportFrame } from './ReportFrame'
import type { ReportProps } from './routes'
import { periodLabel } from './routes'

const isExpenditure = (a: Pick<AccountRow, 'code'>) => isMultiColumnAccount(a.code)

/** 多栏式明细账 of an expenditure account (closing vouchers left out: they only empty the account). */
export function MultiColumnPage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const code = route.arg && isMultiColumnAccount(route.arg) ? route.arg : '501'
  return (
    <ReportFrame
      title="多栏式明细账"
      orgName={ledger.orgName}
      period={periodLabel(route.from, route.to)}
      orientation="landscape"
      exportInput={{ report: 'multi-column', ledgerIds: [ledger.id], from: route.from, to: route.to, accountCode: code }}
      controls={
        <>
          <PeriodRange from={route.from} to={route.to} onChange={(from, to) => go({ from, to })} />
          <AccountPicker value={code} onChange={(arg) => go({ arg })} accept={isExpenditure} />
        </>
      }
    >
      <MultiColumnTable key={`${code}/${route.from}/${route.to}`} code={code} from={route.from} to={route.to} />
    </ReportFrame>
  )
}

function MultiColumnTable({ code, from, to }: { code: string; from: string; to: string }) {
  const ledger = useCurrentLedger()
  const { page, paged } = usePaging()
  const book = useCall('reports.multiColumn', { ledgerId: ledger.id, from, to, accountCode: code, ...page })
  const { link, modal } = useVoucherViewer()
  if (book.error) return <LoadError error={book.error} onRetry={book.reload} />
  const money = (fen: number) => <Money fen={fen} blankZero />
  const columns: TableColumnsType<MultiColumnRow> = [
    { title: '日期', dataIndex: 'date', width: 104, fixed: 'left', render: (date: string, r) => (r.kind === 'line' ? date : '') },
    { title: '凭证字号', dataIndex: 'voucherLabel', width: 88, fixed: 'left', render: (label: string, r) => link(r.voucherId, label) },
    { title: '摘要', dataIndex: 'summary', width: 220 },
    { title: '合计', dataIndex: 'amount', width: 128, align: 'right', render: money },
    {
      title: '借方金额分析',
      children: (book.data?.columns ?? []).map((c, i) => ({
        title: `${c.code} ${c.name}`,
        key: c.code,
        width: 128,
        align: 'right' as const,
        render: (_: unknown, r: MultiColumnRow) => money(r.columns[i]),
      })),
    },
  ]
  return (
    <>
      <ReportTable<MultiColumnRow> columns={columns} {...paged(book)} rowClassName={bookRowClass} above={400} emptyText="所选期间没有支出" />
      {modal}
    </>
  )
}
