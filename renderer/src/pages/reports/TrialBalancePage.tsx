import { useState } from 'react'
import { Alert, Checkbox, Segmented, Select } from 'antd'
import { FUND_NATURE_LABELS, FUND_NATURES, type FundNature } from '../../../../electron/shared/ledger-terms'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { useCurrentLedger } from '../ledger/LedgerContext'
import { PeriodRange } from './controls'
import { ReportFrame } from './ReportFrame'
import type { ReportProps } from './routes'
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
  const [projectId, setProjectId] = useState<number>()
  const [fundNature, setFundNature] = useState<FundNature>()
  const projects = useCall('projects.list', { ledgerId: ledger.id })
  const trial = useCall('balances.trial', { ledgerId: ledger.id, from, to, maxLevel: level || undefined, hideZero, projectId, fundNature })
  const filtered = projectId !== undefined || fundNature !== undefined
  // On paper too, the title says what the table was filtered by.
  const project = projects.data?.find((p) => p.id === projectId)
  const filterLabel = [project && `${project.code} ${project.name}`, fundNature && FUND_NATURE_LABELS[fundNature]].filter(Boolean).join('，')
  return (
    <ReportFrame
      title={filtered ? `科目余额表（${filterLabel}）` : '科目余额表'}
      orgName={ledger.orgName}
      period={periodLabel(from, to)}
      orientation="landscape"
      exportInput={{ report: 'trial-balance', ledgerIds: [ledger.id], from, to, projectId, fundNature }}
      controls={
        <>
          <PeriodRange from={from} to={to} onChange={(f, t) => go({ from: f, to: t })} />
          <Segmented aria-label="科目级次" value={level} onChange={setLevel} options={LEVELS} />
          <Select
            aria-label="项目"
            placeholder="全部项目"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 180 }}
            value={projectId}
            onChange={setProjectId}
            options={(projects.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
          />
          <Select
            aria-label="资金性质"
            placeholder="全部资金性质"
            allowClear
            style={{ width: 140 }}
            value={fundNature}
            onChange={setFundNature}
            options={FUND_NATURES.map((f) => ({ value: f, label: FUND_NATURE_LABELS[f] }))}
          />
          <Checkbox checked={hideZero} onChange={(e) => setHideZero(e.target.checked)}>
            隐藏无余额无发生额的科目
          </Checkbox>
        </>
      }
    >
      {filtered && (
        <Alert
          type="info"
          showIcon
          title="按项目或资金性质筛选时只列带该标记的凭证分录的本期和本年累计发生额：期初余额不分项目和资金性质，所以不列期初、期末余额，借贷合计也不必相等。"
        />
      )}
      {trial.error ? (
        <LoadError error={trial.error} onRetry={trial.reload} />
      ) : (
        <TrialTable rows={trial.data?.rows} totals={trial.data?.totals} loading={trial.loading} movementsOnly={filtered} onAccount={(code) => go({ tab: 'detail', arg: code })} />
      )}
    </ReportFrame>
  )
}
