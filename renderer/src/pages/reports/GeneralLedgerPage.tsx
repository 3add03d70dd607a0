import type { TableColumnsType } from 'antd'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import type { AccountRow } from '../../../../electron/shared/contract/ledgers'
import { AccountTree, AllAccountsLink } from './AccountTree'
import { PeriodRange } from './controls'
import { generalLedgerLines, type GeneralLedgerLine } from './ledger-rows'
import { AccountLink } from './parts'
import { ReportFrame } from './ReportFrame'
import { ReportTable } from './ReportTable'
import type { ReportProps } from './routes'
import { periodLabel } from './routes'

const amount = (fen: number | null) => (fen === null ? null : <Money fen={fen} blankZero />)
/** 总账 is kept for the level-1 accounts. */
const levelOne = (a: AccountRow) => a.level === 1

/**
 * 总账: every level-1 account's 期初余额 and each month's 本月合计 / 本年累计, or one account's chosen in
 * the 科目树 beside it; a code opens its 明细账.
 */
export function GeneralLedgerPage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const { from, to, arg: code } = route
  const book = useCall('reports.generalLedger', { ledgerId: ledger.id, from, to, ...(code ? { accountCode: code } : {}) })
  const onAccount = (code: string) => go({ tab: 'detail', arg: code })
  const columns: TableColumnsType<GeneralLedgerLine> = [
    {
      title: '科目',
      dataIndex: 'code',
      width: 160,
      fixed: 'left',
      onCell: (r) => ({ rowSpan: r.span }),
      render: (code: string, r) => (
        <>
          <AccountLink code={code} onOpen={onAccount} /> {r.name}
        </>
      ),
    },
    { title: '期间', dataIndex: 'period', width: 88 },
    { title: '摘要', dataIndex: 'summary', width: 100 },
    { title: '借方', dataIndex: 'debit', width: 120, align: 'right', render: amount },
    { title: '贷方', dataIndex: 'credit', width: 120, align: 'right', render: amount },
    { title: '方向', dataIndex: 'direction', width: 56, align: 'center' },
    { title: '余额', dataIndex: 'balance', width: 120, align: 'right', render: (fen: number) => <Money fen={fen} /> },
  ]
  return (
    <ReportFrame
      title="总账"
      orgName={ledger.orgName}
      period={periodLabel(from, to)}
      orientation="landscape"
      aside={<AccountTree value={code} onSelect={(arg) => go({ arg })} accept={levelOne} extra={code && <AllAccountsLink onClick={() => go({ arg: undefined })} />} />}
      exportInput={{ report: 'general-ledger', ledgerIds: [ledger.id], from, to }}
      controls={<PeriodRange from={from} to={to} onChange={(f, t) => go({ from: f, to: t })} />}
    >
      {book.error ? (
        <LoadError error={book.error} onRetry={book.reload} />
      ) : (
        <ReportTable<GeneralLedgerLine>
          columns={columns}
          dataSource={book.data && generalLedgerLines(book.data.accounts)}
          loading={book.loading}
          rowClassName={(r) => (r.summary === '本年累计' ? 'ud-book-year' : r.summary === '本月合计' ? 'ud-book-month' : '')}
          emptyText="所选期间没有余额或发生额"
        />
      )}
    </ReportFrame>
  )
}
