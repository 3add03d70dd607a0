import type { ReactNode } from 'react'
import {
  AccountBookOutlined,
  AuditOutlined,
  BarChartOutlined,
  FundOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons'
import type { SectionKey } from '../../../electron/shared/roles'

export const SECTION_ICONS: Record<SectionKey, ReactNode> = {
  registry: <TeamOutlined />,
  ledger: <AccountBookOutlined />,
  reports: <BarChartOutlined />,
  budget: <FundOutlined />,
  reimbursement: <AuditOutlined />,
  system: <SettingOutlined />,
}

/** Sections that work inside one 账套: they show the 账套 switcher in the header. */
export const LEDGER_SCOPED: readonly SectionKey[] = ['ledger', 'reports']

/** What the sections still being built will hold, shown on their placeholder page. */
export const SECTION_COMING: Record<Exclude<SectionKey, 'system' | 'ledger' | 'registry' | 'reimbursement'>, string> = {
  reports: '这里将查询总账、明细账、日记账，并生成资产负债表、收入支出表等会计报表。',
  budget: '这里将编制年度收支预算，跟踪预算执行和预算调整。',
}
