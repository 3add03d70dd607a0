import { useState } from 'react'
import { Card, Tabs } from 'antd'
import { useCall } from '../../hooks/useCall'
import { EnterprisesPage } from './EnterprisesPage'
import { OverviewPage } from './OverviewPage'
import { ScorecardPage } from './ScorecardPage'
import { SettingsPage } from './SettingsPage'
import { UnionTreePage } from './UnionTreePage'
import { WorklistsPage } from './WorklistsPage'
import { XiaoerjiPage } from './XiaoerjiPage'

interface Props {
  /** The rest of the address after #/registry: [tab, 小二级 id, record kind]. */
  path: string[]
  navigate: (to: string) => void
}

/** 组织台账: sub-pages addressed by hash (#/registry/scorecard); the year chosen is shared by the yearly ones. */
export function RegistryPage({ path, navigate }: Props) {
  const [tab, arg, kind] = path
  const [year, setYear] = useState(() => new Date().getFullYear())
  // The union list feeds the tree, the 小二级 picker and the enterprise form; loaded once for all.
  const unions = useCall('unions.list')
  const yearly = { year, onYear: setYear }

  const tabs = [
    { key: 'overview', label: '总览', children: <OverviewPage {...yearly} /> },
    { key: 'tree', label: '组织架构', children: <UnionTreePage unions={unions} onOpen={(id) => navigate(`registry/xiaoerji/${id}`)} /> },
    {
      key: 'xiaoerji',
      label: '小二级台账',
      children: <XiaoerjiPage unions={unions.data ?? []} unionId={arg ? Number(arg) : undefined} kind={kind} navigate={navigate} />,
    },
    { key: 'enterprises', label: '企业', children: <EnterprisesPage {...yearly} unions={unions.data ?? []} /> },
    { key: 'scorecard', label: '达标评估', children: <ScorecardPage {...yearly} /> },
    { key: 'worklists', label: '工作清单', children: <WorklistsPage {...yearly} /> },
    { key: 'settings', label: '设置', children: <SettingsPage /> },
  ]
    // Reports are computed on opening, so a tab shows what was entered on another one meanwhile.
    .map((t) => ({ ...t, destroyOnHidden: true }))
  const active = tabs.some((t) => t.key === tab) ? tab : tabs[0].key

  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
      <Tabs activeKey={active} onChange={(key) => navigate(`registry/${key}`)} items={tabs} />
    </Card>
  )
}
