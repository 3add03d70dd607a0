import { Card, Tabs } from 'antd'
import { useSectionLedger } from '../ledger/NoLedger'
import { useBudgetPermissions } from './access'
import { BudgetEditor } from './BudgetEditor'
import { BudgetSettings } from './BudgetSettings'
import { ExecutionPage } from './ExecutionPage'
import { StreetWork } from './StreetWork'
import { BudgetTableTab } from '../yearend/BudgetTableTab'
import { FinalAccountsTab } from '../yearend/FinalAccountsTab'

interface Props {
  /** The rest of the address after #/budget: [tab, year]. */
  path: string[]
  navigate: (to: string) => void
}

/** 预算管理 of the current 账套: the budget of a year, its execution, the 街镇's 经费保障 and 上代下 work, and (for the 系统管理员) budget control. */
export function BudgetPage({ path, navigate }: Props) {
  const { current, instead } = useSectionLedger()
  const { admin } = useBudgetPermissions()
  const [tab, arg] = path
  if (!current) return instead

  const defaultYear = Number(current.currentPeriod.slice(0, 4))
  const year = tab === 'plan' && Number(arg) >= 2000 ? Number(arg) : defaultYear
  const tabs = [
    { key: 'plan', label: '预算编制', children: <BudgetEditor year={year} onYear={(y) => navigate(`budget/plan/${y}`)} /> },
    { key: 'table', label: '预算表', children: <BudgetTableTab />, destroyOnHidden: true },
    { key: 'execution', label: '预算执行', children: <ExecutionPage />, destroyOnHidden: true },
    { key: 'final', label: '决算与归档', children: <FinalAccountsTab />, destroyOnHidden: true },
    { key: 'funding', label: '经费保障', children: <StreetWork tab="funding" />, destroyOnHidden: true },
    { key: 'transfers', label: '上代下划拨', children: <StreetWork tab="transfers" />, destroyOnHidden: true },
    { key: 'reconcile', label: '内部往来核对', children: <StreetWork tab="reconcile" />, destroyOnHidden: true },
    admin && { key: 'settings', label: '预算控制', children: <BudgetSettings />, destroyOnHidden: true },
  ].filter((t) => t !== false)
  const active = tabs.some((t) => t.key === tab) ? tab : tabs[0].key

  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
      <Tabs key={current.id} activeKey={active} onChange={(key) => navigate(`budget/${key}`)} items={tabs} />
    </Card>
  )
}
