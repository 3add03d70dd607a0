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
export const LEDGER_SCOPED: readonly SectionKey[] = ['ledger', 'reports', 'budget']

/** What the sections still being built will hold, shown on their placeholder page. */
export const SECTION_COMING: Record<Exclude<SectionKey, 'system' | 'ledger' | 'registry' | 'reports' | 'budget'>, string> = {
  reimbursement: '这里将提交报账单，按流程审批并办理付款。',
}
