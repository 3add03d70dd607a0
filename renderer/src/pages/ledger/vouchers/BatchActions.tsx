import { Button, Space, Typography } from 'antd'
import { call } from '../../../api/client'
import { useAction } from '../../../hooks/useAction'
import { useLedgerPermissions } from '../access'

type BatchMethod = 'vouchers.review' | 'vouchers.unreview' | 'vouchers.cashierSign' | 'vouchers.post'

const BATCH: { method: BatchMethod; label: string; allowed: keyof ReturnType<typeof useLedgerPermissions> }[] = [
  { method: 'vouchers.review', label: '审核', allowed: 'reviewer' },
  { method: 'vouchers.unreview', label: '取消审核', allowed: 'reviewer' },
  { method: 'vouchers.cashierSign', label: '出纳签字', allowed: 'cashier' },
  { method: 'vouchers.post', label: '记账', allowed: 'poster' },
]

/** 审核 / 取消审核 / 出纳签字 / 记账 on the selected vouchers, as the user's roles allow. */
export function BatchActions({ ids, onDone }: { ids: number[]; onDone: () => void }) {
  const permissions = useLedgerPermissions()
  const { run, busy } = useAction()
  const actions = BATCH.filter((b) => permissions[b.allowed])
  if (!actions.length) return null
  return (
    <Space wrap>
      <Typography.Text type="secondary">{ids.length ? `已选 ${ids.length} 张` : '勾选凭证后可批量'}</Typography.Text>
      {actions.map((a) => (
        <Button
          key={a.method}
          disabled={!ids.length || busy}
          onClick={() =>
            run(async () => {
              const { done } = await call(a.method, { ids })
              onDone()
              return `已${a.label} ${done} 张凭证`
            })
          }
        >
          {a.label}
        </Button>
      ))}
    </Space>
  )
}
