import { useEffect, useMemo } from 'react'
import { Layout, Menu, Space, theme } from 'antd'
import { SECTIONS, visibleSections } from '../../../electron/shared/roles'
import { AppLogo } from '../components/AppLogo'
import { useHashRoute } from '../hooks/useHashRoute'
import { ComingSoonPage } from '../pages/ComingSoonPage'
import { LedgerPage } from '../pages/ledger/LedgerPage'
import { LedgerProvider } from '../pages/ledger/LedgerProvider'
import { LedgerSwitcher } from '../pages/ledger/LedgerSwitcher'
import { NoAccessPage } from '../pages/NoAccessPage'
import { RegistryPage } from '../pages/registry/RegistryPage'
import { ReimbursementPage } from '../pages/reimbursement/ReimbursementPage'
import { SystemPage } from '../pages/system/SystemPage'
import { useSession } from '../session'
import { ProgressNotifier } from './ProgressNotifier'
import { LEDGER_SCOPED, SECTION_COMING, SECTION_ICONS } from './sections'
import { UserMenu } from './UserMenu'

export function MainLayout() {
  const { user } = useSession()
  const { token } = theme.useToken()
  const [path, navigate] = useHashRoute()
  const sections = useMemo(() => {
    const allowed = visibleSections(user.roles)
    return SECTIONS.filter((s) => allowed.includes(s.key))
  }, [user.roles])
  const current = sections.find((s) => s.key === path[0]) ?? null

  // An unknown or forbidden address (e.g. left behind by the previous user) opens the first section.
  useEffect(() => {
    if (!current && sections.length) navigate(sections[0].key, true)
  }, [current, sections, navigate])

  const page = !current ? (
    sections.length ? null : <NoAccessPage />
  ) : current.key === 'system' ? (
    <SystemPage tab={path[1]} onTab={(tab) => navigate(`system/${tab}`)} />
  ) : current.key === 'ledger' ? (
    <LedgerPage path={path.slice(1)} navigate={navigate} />
  ) : current.key === 'registry' ? (
    <RegistryPage path={path.slice(1)} navigate={navigate} />
  ) : current.key === 'reimbursement' ? (
    <ReimbursementPage path={path.slice(1)} navigate={navigate} />
  ) : (
    <ComingSoonPage label={current.label} coming={SECTION_COMING[current.key]} />
  )

  const inLedger = current !== null && LEDGER_SCOPED.includes(current.key)
  const layout = (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Header
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
          <Layout.Sider theme="light" width={200} style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
            <Menu
              mode="inline"
              aria-label="功能导航"
              selectedKeys={current ? [current.key] : []}
              style={{ borderInlineEnd: 'none', paddingTop: 8 }}
              items={sections.map((s) => ({ key: s.key, icon: SECTION_ICONS[s.key], label: s.label }))}
              onClick={({ key }) => navigate(key)}
            />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: 24 }}>{page}</Layout.Content>
      </Layout>
      <ProgressNotifier />
    </Layout>
  )
  // The 账套 list is loaded once for everyone who works in ledgers; the header and pages share it.
  return sections.some((s) => LEDGER_SCOPED.includes(s.key)) ? <LedgerProvider>{layout}</LedgerProvider> : layout
}
