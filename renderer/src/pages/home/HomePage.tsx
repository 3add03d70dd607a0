import { useContext } from 'react'
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Statistic, Typography } from 'antd'
import { ROLE_LABELS, visibleSections, type Role } from '../../../../electron/shared/roles'
import type { TodoItem } from '../../../../electron/shared/contract/home'
import { LoadError } from '../../components/LoadError'
import { useCall } from '../../hooks/useCall'
import { useSession } from '../../session'
import { LedgerContext } from '../ledger/LedgerContext'

const ROLE_ORDER: Role[] = ['admin', 'accountant', 'reviewer', 'cashier', 'clerk', 'approver']

/**
 * 工作台: what each of the user's roles has waiting, with counts; a click switches to the 账套 the
 * count is about and opens the list behind it. The registry overview stays one click away.
 */
export function HomePage({ navigate }: { navigate: (to: string) => void }) {
  const { user } = useSession()
  const ledgers = useContext(LedgerContext)
  const todo = useCall('home.todo')
  const open = (item: TodoItem) => {
    if (item.ledgerId !== null) ledgers?.select(item.ledgerId)
    navigate(item.path)
  }
  if (todo.error) return <LoadError error={todo.error} onRetry={todo.reload} />
  if (!todo.data) return <Skeleton active />
  const roles = ROLE_ORDER.filter((r) => todo.data!.items.some((i) => i.role === r))
  const registry = visibleSections(user.roles).includes('registry')
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          工作台
        </Typography.Title>
        {registry && <Typography.Link onClick={() => navigate('registry/overview')}>组织台账总览 →</Typography.Link>}
      </div>
      {!roles.length && <Empty description="目前没有待办事项" />}
      {roles.map((role) => (
        <Card key={role} size="small" title={`${ROLE_LABELS[role]}的待办`} aria-label={`${ROLE_LABELS[role]}的待办`}>
          <Row gutter={[12, 12]}>
            {todo
              .data!.items.filter((i) => i.role === role)
              .map((i) => (
                <Col key={i.key} xs={24} sm={12} lg={8} xl={6}>
                  <Card
                    size="small"
                    hoverable
                    role="link"
                    tabIndex={0}
                    aria-label={`${i.label}${i.detail ? ` ${i.detail}` : ''}`}
                    onClick={() => open(i)}
                    onKeyDown={(e) => e.key === 'Enter' && open(i)}
                    styles={{ body: { padding: 12 } }}
                  >
                    {i.key === 'backup' ? (
                      <Statistic title={i.label} value={i.detail ?? ''} styles={{ content: { fontSize: 14, color: i.level === 'warning' ? '#cf1322' : undefined } }} />
                    ) : (
                      <Statistic
                        title={i.label}
                        value={i.count}
                        suffix={i.key.startsWith('unclosed') ? '个月' : i.key === 'locked' ? '人' : '张'}
                        styles={{ content: { color: i.level === 'warning' || (i.count > 0 && i.key === 'locked') ? '#cf1322' : undefined } }}
                      />
                    )}
                    {i.detail && i.key !== 'backup' && (
                      <Typography.Text type="secondary" ellipsis={{ tooltip: i.detail }} style={{ fontSize: 12, display: 'block' }}>
                        {i.detail}
                      </Typography.Text>
                    )}
                  </Card>
                </Col>
              ))}
          </Row>
          {role === 'admin' && todo.data!.backup && todo.data!.backup.ageDays > 1 && (
            <Alert style={{ marginTop: 12 }} type="warning" showIcon title={`最近一次备份在 ${todo.data!.backup.ageDays} 天前，请尽快备份`} />
          )}
        </Card>
      ))}
    </Space>
  )
}
