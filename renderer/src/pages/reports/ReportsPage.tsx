import { Card, Tabs } from 'antd'
import { useSectionLedger } from '../ledger/NoLedger'
import { BalanceSheetPage } from './BalanceSheetPage'
import { BookPage } from './BookPage'
import { GeneralLedgerPage } from './GeneralLedgerPage'
import { GroupPage } from './GroupPage'
import { IncomeStatementPage } from './IncomeStatementPage'
import { AuxBalancePage, SequencePage } from './ListsPages'
import { MultiColumnPage } from './MultiColumnPage'
import { defaultRange, parseReportRoute, reportPath, type ReportProps, type ReportRoute, type ReportTab } from './routes'
import { TrialBalancePage } from './TrialBalancePage'
import { VoucherSummaryPage } from './VoucherSummaryPage'

const PAGES: { key: ReportTab; label: string; Page: (props: ReportProps) => React.ReactNode }[] = [
  { key: 'trial', label: '科目余额表', Page: TrialBalancePage },
  { key: 'general', label: '总账', Page: GeneralLedgerPage },
  { key: 'detail', label: '明细账', Page: BookPage },
  { key: 'multi', label: '多栏式明细账', Page: MultiColumnPage },
  { key: 'journal', label: '日记账', Page: BookPage },
  { key: 'sequence', label: '序时账', Page: SequencePage },
  { key: 'summary', label: '凭证汇总表', Page: VoucherSummaryPage },
  { key: 'aux', label: '辅助核算余额表', Page: AuxBalancePage },
  { key: 'balance', label: '资产负债表', Page: BalanceSheetPage },
  { key: 'income', label: '收入支出表', Page: IncomeStatementPage },
  { key: 'group', label: '汇总报表', Page: GroupPage },
]

interface Props {
  /** The rest of the address after #/reports: [tab, from, to, account or 'year']. */
  path: string[]
  navigate: (to: string) => void
}

/** 账簿报表: the books and statements of the current 账套 (and the 汇总 over several). */
export function ReportsPage({ path, navigate }: Props) {
  const { current, instead } = useSectionLedger()
  if (!current) return instead

  const route = parseReportRoute(path, defaultRange(current))
  const go = (change: Partial<ReportRoute>) => navigate(reportPath({ ...route, ...change }))
  const items = PAGES.map(({ key, label, Page }) => ({
    key,
    label,
    // Only the open report loads; the others would fetch for nothing.
    children: key === route.tab ? <Page route={route} go={go} /> : null,
  }))

  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }} className="ud-report-card">
      {/* A new tab starts without the previous book's account; the range stays. */}
      <Tabs key={current.id} className="ud-report-tabs" activeKey={route.tab} onChange={(tab) => go({ tab: tab as ReportTab, arg: undefined })} items={items} />
    </Card>
  )
}
