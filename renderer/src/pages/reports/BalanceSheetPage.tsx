import { Skeleton } from 'antd'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { MonthPicker } from './controls'
import { ReportFrame } from './ReportFrame'
import type { ReportProps } from './routes'
import { yearToDate } from './routes'
import { StatementBody, useStatementDrill } from './StatementTable'

/** 工会01表 资产负债表 as at the end of a month, with its checks and the drill-down to the accounts. */
export function BalanceSheetPage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const period = route.to
  const sheet = useCall('reports.balanceSheet', { ledgerId: ledger.id, period })
  // Both columns are read off the year's books: 年初 is their 期初余额, 期末 their last balance.
  const drill = useStatementDrill(go, () => yearToDate(period, ledger.startPeriod))
  const s = sheet.data
  return (
    <ReportFrame
      title="资产负债表"
      tableNo="工会01表"
      orgName={ledger.orgName}
      period={s?.periodLabel ?? ''}
      orientation="portrait"
      exportInput={{ report: 'balance-sheet', ledgerIds: [ledger.id], from: period, to: period }}
      controls={<MonthPicker value={period} onChange={(to) => go({ from: to, to })} />}
    >
      {sheet.error ? <LoadError error={sheet.error} onRetry={sheet.reload} /> : !s ? <Skeleton active paragraph={{ rows: 12 }} /> : <StatementBody statement={s} drill={drill} />}
    </ReportFrame>
  )
}
