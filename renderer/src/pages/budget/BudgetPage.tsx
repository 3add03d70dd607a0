import { useEffect, useState } from 'react'
import { Alert, Card, Empty, Select, Skeleton, Space, Tabs } from 'antd'
import { LEDGER_READERS } from '../../../../electron/shared/contract/ledgers'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { useSession } from '../../session'
import { YearSelect } from '../registry/common'
import { FundingPage } from './funding/FundingPage'
import { ReconcilePage } from './transfers/ReconcilePage'
import { TransfersPage } from './transfers/TransfersPage'

interface Props {
  /** The rest of the address after #/budget: [tab]. */
  path: string[]
  navigate: (to: string) => void
}

/**
 * 预算管理: the 经费保障 plan and the 上代下 transfers work from a 街镇 账套 (its union is the 街镇总工会)
 * and a year, chosen once above the tabs.
 */
export function BudgetPage({ path, navigate }: Props) {
  const { user } = useSession()
  const reader = user.roles.some((r) => (LEDGER_READERS as readonly string[]).includes(r))
  if (!reader) return <Card variant="borderless"><Alert type="info" showIcon title="经费保障和上代下划拨由会计、审核和只读检查人员查看；审批人在“报账审批”中工作。" /></Card>
  return <StreetBudget path={path} navigate={navigate} />
}

function StreetBudget({ path, navigate }: Props) {
  const streets = useCall('funding.streets')
  const [ledgerId, setLedgerId] = useState<number>()
  const [year, setYear] = useState(() => new Date().getFullYear())
  const list = streets.data ?? []
  const street = list.find((s) => s.ledgerId === ledgerId) ?? list[0]
  useEffect(() => {
    if (street && street.ledgerId !== ledgerId) setLedgerId(street.ledgerId)
  }, [street, ledgerId])

  if (streets.error) return <LoadError error={streets.error} onRetry={streets.reload} />
  if (!streets.data) return <Skeleton active />
  if (!street) {
    return (
      <Card variant="borderless">
        <Empty description="没有街镇总工会的账套：请在“账务处理—账套管理”中把街镇账套的所属工会设为街镇总工会，并为各小二级的账套选好所属工会" />
      </Card>
    )
  }
  const props = { street, year }
  const tabs = [
    { key: 'funding', label: '经费保障', children: <FundingPage {...props} /> },
    { key: 'transfers', label: '上代下划拨', children: <TransfersPage {...props} /> },
    { key: 'reconcile', label: '内部往来核对', children: <ReconcilePage {...props} /> },
  ].map((t) => ({ ...t, destroyOnHidden: true }))
  const active = tabs.some((t) => t.key === path[0]) ? path[0] : tabs[0].key

  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`budget/${key}`)}
        items={tabs}
        tabBarExtraContent={
          <Space>
            <Select
              aria-label="街镇账套"
              value={street.ledgerId}
              onChange={setLedgerId}
              style={{ minWidth: 200 }}
              options={list.map((s) => ({ value: s.ledgerId, label: `${s.code} ${s.name}` }))}
            />
            <YearSelect value={year} onChange={setYear} />
          </Space>
        }
      />
    </Card>
  )
}
