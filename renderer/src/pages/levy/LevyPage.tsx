import { Card, Tabs } from 'antd'
import { StreetScoped } from '../budget/StreetWork'
import { ArrearsTab } from './ArrearsTab'
import { RegisterTab } from './RegisterTab'
import { ReportTab } from './ReportTab'
import { RulesTab } from './RulesTab'

interface Props {
  /** The rest of the address after #/levy: [tab]. */
  path: string[]
  navigate: (to: string) => void
}

const TABS = [
  { key: 'register', label: '收缴台账', page: RegisterTab },
  { key: 'report', label: '经费收缴情况表', page: ReportTab },
  { key: 'arrears', label: '欠缴与筹备金', page: ArrearsTab },
  { key: 'rules', label: '分成比例', page: RulesTab },
] as const

/**
 * 经费收缴: the 街镇's 工会经费 — the 台账 fed by the 区总工会's 返拨明细, the vouchers it books, the
 * 经费收缴情况表, 欠缴 and 筹备金, and the 分成比例. Everything works on a 街镇 账套 and a year chosen above.
 */
export function LevyPage({ path, navigate }: Props) {
  const active = TABS.some((t) => t.key === path[0]) ? path[0] : TABS[0].key
  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`levy/${key}`)}
        destroyOnHidden
        items={TABS.map((t) => ({ key: t.key, label: t.label, children: <StreetScoped page={t.page} /> }))}
      />
    </Card>
  )
}
