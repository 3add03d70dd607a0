import { useEffect, useMemo, type ComponentType } from 'react'
import { Layout, Menu, Space, theme } from 'antd'
import { SECTIONS, visibleSections, type SectionKey } from '../../../electron/shared/roles'
import { AppLogo } from '../components/AppLogo'
import { useHashRoute } from '../hooks/useHashRoute'
import { HomeOutlined } from '@ant-design/icons'
import { BudgetPage } from '../pages/budget/BudgetPage'
import { LevyPage } from '../pages/levy/LevyPage'
import { HomePage } from '../pages/home/HomePage'
import { LedgerPage } from '../pages/ledger/LedgerPage'
import { LedgerProvider } from '../pages/ledger/LedgerProvider'
import { LedgerSwitcher } from '../pages/ledger/LedgerSwitcher'
import { NoAccessPage } from '../pages/NoAccessPage'
import { RegistryPage } from '../pages/registry/RegistryPage'
import { ReportsPage } from '../pages/reports/ReportsPage'
import { ReimbursementPage } from '../pages/reimbursement/ReimbursementPage'
import { SystemPage } from '../pages/system/SystemPage'
import { useSession } from '../session'
import { BackupWarning } from './BackupWarning'
import { ProgressNotifier } from './ProgressNotifier'
import { LEDGER_SCOPED, SECTION_ICONS } from './sections'
import { UserMenu } from './UserMenu'
import './print.css'

/** The page of each section; 系统管理 has tabs of its own. */
const SECTION_PAGES: Record<Exclude<SectionKey, 'system'>, ComponentType<{ path: string[]; navigate: (to: string) => void }>> = {
  ledger: LedgerPage,
  registry: RegistryPage,
  reports: ReportsPage,
  budget: BudgetPage,
  levy: LevyPage,
  reimbursement: ReimbursementPage,
}

export function MainLayout() {
  const { user } = useSession()
  const { token } = theme.useToken()
  const [path, navigate] = useHashRoute()
  const sections = useMemo(() => {
    const allowed = visibleSections(user.roles)
    return SECTIONS.filter((s) => allowed.includes(s.key))
  }, [user.roles])
  const current = sections.find((s) => s.key === path[0]) ?? null
  const home = path[0] === 'home'

  // After login, and for an unknown or forbidden address (e.g. left behind by the previous user): the 工作台.
  useEffect(() => {
    if (!current && !home && sections.length) navigate('home', true)
  }, [current, home, sections, navigate])

  const SectionPage = current && current.key !== 'system' ? SECTION_PAGES[current.key] : null
  const page =
    home && sections.length ? (
      <HomePage navigate={navigate} />
    ) : !current ? (
      sections.length ? null : (
        <NoAccessPage />
      )
    ) : SectionPage ? (
      <SectionPage path={path.slice(1)} navigate={navigate} />
    ) : (
      <SystemPage tab={path[1]} onTab={(tab) => navigate(`system/${tab}`)} />
    )

  const inLedger = current !== null && LEDGER_SCOPED.includes(current.key)
  const layout = (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Header
        className="no-print"
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: '0 24px',
        }}
      >
        <AppLogo />
        <Space size={24}>
          {inLedger && <LedgerSwitcher />}
          <UserMenu />
        </Space>
      </Layout.Header>
      <Layout>
        {sections.length > 0 && (
          <Layout.Sider className="no-print" theme="light" width={200} style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
            <Menu
              mode="inline"
              aria-label="功能导航"
              selectedKeys={current ? [current.key] : home ? ['home'] : []}
              style={{ borderInlineEnd: 'none', paddingTop: 8 }}
              items={[{ key: 'home', icon: <HomeOutlined />, label: '工作台' }, ...sections.map((s) => ({ key: s.key, icon: SECTION_ICONS[s.key], label: s.label }))]}
              onClick={({ key }) => navigate(key)}
            />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: 24 }}>
          {user.roles.includes('admin') && !(path[0] === 'system' && path[1] === 'backup') && <BackupWarning onOpen={() => navigate('system/backup')} />}
          {page}
        </Layout.Content>
      </Layout>
      <ProgressNotifier />
    </Layout>
  )
  // The 账套 list is loaded once for everyone who works in ledgers; the header and pages share it.
  return sections.some((s) => LEDGER_SCOPED.includes(s.key)) ? <LedgerProvider>{layout}</LedgerProvider> : layout
}
