import { Empty, Typography, type TableColumnsType } from 'antd'
import type { AccountRow } from '../../../../electron/shared/contract/ledgers'
import type { BookRow } from '../../../../electron/shared/contract/books'
import { LoadError } from '../../components/LoadError'
import { Money } from '../../components/Money'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { BankAccountPicker } from '../ledger/bank/BankAccountPicker'
import { AccountTree } from './AccountTree'
import { AccountPicker, PeriodRange } from './controls'
import { bookRowClass, moneyColumn, usePaging, useVoucherViewer } from './parts'
import { ReportTable } from './ReportTable'
import { ReportFrame } from './ReportFrame'
import type { ReportProps } from './routes'
import { journalKind, periodLabel } from './routes'

const isCashOrBank = (a: Pick<AccountRow, 'code'>) => journalKind(a.code) !== null
const JOURNAL_TITLES = { 'cash-journal': '现金日记账', 'bank-journal': '银行存款日记账' } as const

/**
 * 三栏式 books: 明细账 (any account, a parent with its sub-accounts' lines) and the 现金/银行存款日记账
 * (对方科目, 本日合计). Both come a page at a time from the core; a 凭证字号 opens the voucher.
 */
export function BookPage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const journal = route.tab === 'journal'
  // A journal opens on the bank book, the one a 工会 keeps every day.
  const code = route.arg ?? (journal ? '102' : undefined)
  const kind = code && journal ? journalKind(code) : null
  const title = kind ? JOURNAL_TITLES[kind] : journal ? '日记账' : '明细账'
  return (
    <ReportFrame
      title={title}
      orgName={ledger.orgName}
      period={periodLabel(route.from, route.to)}
      orientation="landscape"
      aside={<AccountTree value={code} onSelect={(arg) => go({ arg })} accept={journal ? isCashOrBank : undefined} />}
      exportInput={code ? { report: kind ?? 'detail-ledger', ledgerIds: [ledger.id], from: route.from, to: route.to, accountCode: code } : undefined}
      controls={
        <>
          <PeriodRange from={route.from} to={route.to} onChange={(from, to) => go({ from, to })} />
          <AccountPicker value={code} onChange={(arg) => go({ arg })} accept={journal ? isCashOrBank : undefined} />
          {journal && <BankAccountPicker ledgerId={ledger.id} code={code} onChange={(arg) => go({ arg })} />}
        </>
      }
    >
      {code ? (
        <BookTable key={`${code}/${route.from}/${route.to}`} code={code} journal={journal} from={route.from} to={route.to} />
      ) : (
        <Empty style={{ padding: 48 }} description="请选择要查看的科目（可输入编码、名称或助记码）" />
      )}
    </ReportFrame>
  )
}

function BookTable({ code, journal, from, to }: { code: string; journal: boolean; from: string; to: string }) {
  const ledger = useCurrentLedger()
  const { page, paged } = usePaging()
  const book = useCall(journal ? 'reports.cashJournal' : 'reports.detailLedger', { ledgerId: ledger.id, from, to, accountCode: code, ...page })
  const { link, modal } = useVoucherViewer()
  if (book.error) return <LoadError error={book.error} onRetry={book.reload} />

  const columns: TableColumnsType<BookRow> = [
    { title: '日期', dataIndex: 'date', width: 100, fixed: 'left', render: (date: string, r) => (r.kind === 'line' || r.kind === 'opening' ? date : '') },
    { title: '凭证字号', dataIndex: 'voucherLabel', width: 80, fixed: 'left', render: (label: string, r) => link(r.voucherId, label) },
    {
      title: '摘要',
      dataIndex: 'summary',
      width: journal ? 180 : 200,
      // A parent's book names the sub-account each line went to.
      render: (summary: string, r) => (r.kind === 'line' && r.accountCode !== code ? `${summary}（${r.accountCode}）` : summary),
    },
    ...(journal ? [{ title: '对方科目', dataIndex: 'counterAccounts', width: 160, ellipsis: true }] : []),
    moneyColumn<BookRow>(journal ? '借方（收入）' : '借方', 'debit'),
    moneyColumn<BookRow>(journal ? '贷方（支出）' : '贷方', 'credit'),
    { title: '方向', dataIndex: 'direction', width: 56, align: 'center' },
    { title: '余额', dataIndex: 'balance', width: 128, align: 'right', render: (fen: number) => <Money fen={fen} /> },
  ]
  return (
    <>
      {book.data && (
        <Typography.Paragraph className="ud-report-subject">
          科目：{book.data.account.code} {book.data.account.fullName}
        </Typography.Paragraph>
      )}
      <ReportTable<BookRow> columns={columns} {...paged(book)} rowClassName={bookRowClass} above={380} emptyText="所选期间没有发生额" />
      {modal}
    </>
  )
}
