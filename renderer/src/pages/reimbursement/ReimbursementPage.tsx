import { Card, Tabs } from 'antd'
import { ClaimsPage } from './ClaimsPage'
import { RulesPage } from './RulesPage'
import { CLAIM_STATUSES, type ClaimStatus } from '../../../../electron/shared/budget-terms'

const isStatus = (arg?: string): arg is ClaimStatus => (CLAIM_STATUSES as readonly (string | undefined)[]).includes(arg)

interface Props {
  /** The rest of the address after #/reimbursement: [tab, claim id]. */
  path: string[]
  navigate: (to: string) => void
}

/** 报账审批: the claims register (with each claim's form, history and actions) and the 支出标准. */
export function ReimbursementPage({ path, navigate }: Props) {
  const [tab, arg] = path
  const tabs = [
    {
      key: 'claims',
      label: '报账单',
      // #/reimbursement/claims/<id> opens a claim; #/reimbursement/claims/<状态> (a 工作台 link) filters the list.
      children: (
        <ClaimsPage
          key={isStatus(arg) ? arg : ''}
          openId={arg && !isStatus(arg) ? Number(arg) : null}
          initialStatus={isStatus(arg) ? arg : undefined}
          onOpen={(id) => navigate(id ? `reimbursement/claims/${id}` : 'reimbursement/claims')}
        />
      ),
    },
    { key: 'rules', label: '支出标准', children: <RulesPage />, destroyOnHidden: true },
  ]
  const active = tabs.some((t) => t.key === tab) ? tab : tabs[0].key
  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
      <Tabs activeKey={active} onChange={(key) => navigate(`reimbursement/${key}`)} items={tabs} />
    </Card>
  )
}
