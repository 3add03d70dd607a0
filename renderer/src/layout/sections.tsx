import type { ReactNode } from 'react'
import { AccountBookOutlined, AuditOutlined, BarChartOutlined, FundOutlined, MoneyCollectOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons'
import type { SectionKey } from '../../../electron/shared/roles'

export const SECTION_ICONS: Record<SectionKey, ReactNode> = {
  registry: <TeamOutlined />,
  ledger: <AccountBookOutlined />,
  reports: <BarChartOutlined />,
  budget: <FundOutlined />,
  levy: <MoneyCollectOutlined />,
  reimbursement: <AuditOutlined />,
  system: <SettingOutlined />,
}

/** Sections that work inside one 账套: they show the 账套 switcher in the header. */
export const LEDGER_SCOPED: readonly SectionKey[] = ['ledger', 'reports', 'budget']
