import { useEffect } from 'react'
import { Card, Skeleton, Tabs } from 'antd'
import { LoadError } from '../../components/LoadError'
import { useLedgerPermissions } from './access'
import { AccountsPage } from './accounts/AccountsPage'
import { AssetsPage } from './assets/AssetsPage'
import { BankPage } from './bank/BankPage'
import { ProjectsPage } from './accounts/ProjectsPage'
import { ClosingPage } from './closing/ClosingPage'
import { VoucherEntryPage } from './entry/VoucherEntryPage'
import { useLedgers } from './LedgerContext'
import { LedgersPage } from './ledgers/LedgersPage'
import { NoLedger } from './NoLedger'
import { OpeningPage } from './opening/OpeningPage'
import { VoucherListPage } from './vouchers/VoucherListPage'
import type { VoucherPreset } from './vouchers/VoucherFilters'

const PRESETS: (string | undefined)[] = ['draft', 'reviewed', 'posted', 'unsigned']
import './ledger.css'

interface Props {
  /** The rest of the address after #/ledger: [tab, voucher id when changing a draft]. */
  path: string[]
  navigate: (to: string) => void
}

/** 账务处理: the sub-pages of the current 账套; the open one is part of the address, e.g. #/ledger/vouchers. */
export function LedgerPage({ path, navigate }: Props) {
  const { current, loading, error, reload } = useLedgers()
  const { keeper, manager } = useLedgerPermissions()
  const [tab, arg] = path

  // Entering 账务处理 refreshes the list: another user may have added a 账套 or closed a month meanwhile.
  useEffect(() => reload(), [reload])

  if (error) return <LoadError error={error} onRetry={reload} />
  if (loading) return <Skeleton active />
  if (!current) return <Card variant="borderless">{tab === 'ledgers' && manager ? <LedgersPage /> : <NoLedger />}</Card>

  const editId = tab === 'entry' && arg ? Number(arg) : undefined
  const tabs = [
    keeper && {
      key: 'entry',
      label: '凭证录入',
      // Kept while other tabs are open, so a voucher half entered is still there on return. It is the
      // first tab, so also the one shown at #/ledger with no tab named.
      children: (
        <VoucherEntryPage
          voucherId={editId}
          active={tab === 'entry' || tab === undefined}
          onLeaveEdit={() => navigate('ledger/vouchers')}
          onStartNew={() => navigate('ledger/entry')}
        />
      ),
    },
    {
      key: 'vouchers',
      label: '凭证管理',
      children: (
        <VoucherListPage
          key={arg ?? ''}
          preset={tab === 'vouchers' && PRESETS.includes(arg) ? (arg as VoucherPreset) : undefined}
          onEdit={(id) => navigate(`ledger/entry/${id}`)}
        />
      ),
      destroyOnHidden: true,
    },
    { key: 'accounts', label: '科目设置', children: <AccountsPage />, destroyOnHidden: true },
    { key: 'projects', label: '项目', children: <ProjectsPage />, destroyOnHidden: true },
    { key: 'opening', label: '期初余额', children: <OpeningPage />, destroyOnHidden: true },
    { key: 'bank', label: '银行对账', children: <BankPage />, destroyOnHidden: true },
    { key: 'assets', label: '固定资产', children: <AssetsPage />, destroyOnHidden: true },
    { key: 'closing', label: '期末结账', children: <ClosingPage />, destroyOnHidden: true },
    manager && { key: 'ledgers', label: '账套管理', children: <LedgersPage />, destroyOnHidden: true },
  ].filter((t) => t !== false)
  const active = tabs.some((t) => t.key === tab) ? tab : tabs[0].key

  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
      {/* Switching 账套 starts every sub-page afresh. */}
      <Tabs key={current.id} activeKey={active} onChange={(key) => navigate(`ledger/${key}`)} items={tabs} />
    </Card>
  )
}
