import { useEffect, useState, type ComponentType } from 'react'
import { Alert, Empty, Select, Skeleton, Space } from 'antd'
import type { StreetLedger } from '../../../../electron/shared/contract/funding'
import { LEDGER_READERS } from '../../../../electron/shared/contract/ledgers'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { useSession } from '../../session'
import { YearSelect } from '../registry/common'
import { FundingPage } from './funding/FundingPage'
import { ReconcilePage } from './transfers/ReconcilePage'
import { TransfersPage } from './transfers/TransfersPage'

export type StreetTab = 'funding' | 'transfers' | 'reconcile'

const PAGES = { funding: FundingPage, transfers: TransfersPage, reconcile: ReconcilePage } as const

/**
 * 经费保障, 上代下划拨 and 内部往来核对 work from a 街镇 账套 (its union is the 街镇总工会) and a year,
 * chosen above the page: the header's 账套 switcher holds the 账套 whose budget is edited, which is often a 小二级's.
 */
export function StreetWork({ tab }: { tab: StreetTab }) {
  const { user } = useSession()
  const reader = user.roles.some((r) => (LEDGER_READERS as readonly string[]).includes(r))
  if (!reader) return <Alert type="info" showIcon title="经费保障和上代下划拨由会计、审核和只读检查人员查看；审批人在“报账审批”中工作。" />
  return <StreetScoped page={PAGES[tab]} />
}

/** A 街镇 账套 and a year chosen above the page (also the 经费收缴 section's frame). */
export function StreetScoped({ page: Page }: { page: ComponentType<{ street: StreetLedger; year: number }> }) {
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
    return <Empty description="没有街镇总工会的账套：请在“账务处理—账套管理”中把街镇账套的所属工会设为街镇总工会，并为各小二级的账套选好所属工会" />
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
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
      <Page street={street} year={year} />
    </Space>
  )
}
