import { useState } from 'react'
import { Checkbox, Segmented } from 'antd'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { PeriodRange } from './controls'
import { ReportFrame } from './ReportFrame'
import type { ReportProps } from './ReportsPage'
import { periodLabel } from './routes'
import { TrialTable } from './TrialTable'

const LEVELS = [
  { value: 1, label: '一级科目' },
  { value: 2, label: '二级科目' },
  { value: 0, label: '全部级次' },
]

/** 科目余额表 of one 账套 for a range of months; an account code opens its 明细账 for the same range. */
export function TrialBalancePage({ route, go }: ReportProps) {
  const ledger = useCurrentLedger()
  const { from, to } = route
  const [level, setLevel] = useState(0)
  const [hideZero, setHideZero] = useState(true)
  const trial = useCall('balances.trial', { ledgerId: ledger.id, from, to, maxLevel: level || undefined, hideZero })
  return (
    <ReportFrame
      title="科目余额表"
      orgName={ledger.orgName}
      period={periodLabel(from, to)}
      orientation="landscape"
      exportInput={{ report: 'trial-balance', ledgerIds: [ledger.id], from, to }}
      controls={
        <>
          <PeriodRange from={from} to={to} onChange={(f, t) => go({ from: f, to: t })} />
          <Segmented aria-label="科目级次" value={level} onChange={setLevel} options={LEVELS} />
          <Checkbox checked={hideZero} onChange={(e) => setHideZero(e.target.checked)}>隐藏无余额无发生额的科目</Checkbox>
        </>
      }
    >
      {trial.error ? (
        <LoadError error={trial.error} onRetry={trial.reload} />
      ) : (
        <TrialTable rows={trial.data?.rows} totals={trial.data?.totals} loading={trial.loading} onAccount={(code) => go({ tab: 'detail', arg: code })} />
      )}
    </ReportFrame>
  )
}
