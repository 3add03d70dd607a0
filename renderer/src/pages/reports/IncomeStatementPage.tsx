import { Segmented, Skeleton } from 'antd'
import type { IncomeStatement } from '../../../../electron/shared/contract/reports'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { MonthPicker } from './controls'
import { CheckTags } from './parts'
import { ReportFrame } from './ReportFrame'
import type { ReportProps } from './routes'
import { yearToDate } from './routes'
import { fundCrossCheck } from './statements'
import { StatementBody, useStatementDrill } from './StatementTable'

const FORMS = [
  { value: 'month', label: '月报（本月数/本年累计数）' },
  { value: 'year', label: '年报（本年数/上年数）' },
]

/** 工会02表 收入支出表, monthly or annual; an amount drills down to the accounts' 明细账. */
export function IncomeStatementPage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const period = route.to
  const annual = route.arg === 'year'
  const year = Number(period.slice(0, 4))
  const statement = useCall('reports.incomeStatement', annual ? { ledgerId: ledger.id, year } : { ledgerId: ledger.id, period })
  const drill = useStatementDrill(go, (column) => {
    if (!annual) return column === 0 ? { from: period, to: period } : yearToDate(period, ledger.startPeriod)
    const y = year - column
    return yearToDate(`${y}-12`, ledger.startPeriod)
  })
  const s = statement.data
  return (
    <ReportFrame
      title="收入支出表"
      tableNo="工会02表"
      orgName={ledger.orgName}
      period={s?.periodLabel ?? ''}
      orientation="portrait"
      exportInput={{ report: 'income-statement', ledgerIds: [ledger.id], from: period, to: period, annual }}
      controls={
        <>
          <MonthPicker value={period} onChange={(to) => go({ from: to, to })} />
          <Segmented aria-label="报表类型" value={annual ? 'year' : 'month'} onChange={(v) => go({ arg: v === 'year' ? 'year' : undefined })} options={FORMS} />
        </>
      }
    >
      {statement.error ? (
        <LoadError error={statement.error} onRetry={statement.reload} />
      ) : !s ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <StatementBody statement={s} drill={drill}>
          {annual && <YearEndCheck year={year} statement={s} />}
        </StatementBody>
      )}
    </ReportFrame>
  )
}

/** The annual 02表 ties to the year-end 01表: its 年末资金结转结余 is 321 + 322 + 331 + 332 there. */
function YearEndCheck({ year, statement }: { year: number; statement: IncomeStatement }) {
  const ledger = useCurrentLedger()
  const december = useCall('reports.balanceSheet', { ledgerId: ledger.id, period: `${year}-12` })
  const check = december.data && fundCrossCheck(statement, december.data)
  return check ? <CheckTags checks={[check]} /> : null
}
