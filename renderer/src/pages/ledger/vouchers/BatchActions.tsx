import { App, Button, Space, Typography } from 'antd'
import type { VoucherBatchAction } from '../../../../../electron/shared/contract/vouchers'
import { call } from '../../../api/client'
import { useAction } from '../../../hooks/useAction'
import { useLedgerPermissions } from '../access'

const BATCH: { action: VoucherBatchAction; label: string; allowed: keyof ReturnType<typeof useLedgerPermissions> }[] = [
  { action: 'review', label: '审核', allowed: 'reviewer' },
  { action: 'unreview', label: '取消审核', allowed: 'reviewer' },
  { action: 'cashierSign', label: '出纳签字', allowed: 'cashier' },
  { action: 'cashierUnsign', label: '取消签字', allowed: 'cashier' },
  { action: 'post', label: '记账', allowed: 'poster' },
]

/**
 * 审核 / 取消审核 / 出纳签字 / 记账 on the selected vouchers, as the user's roles allow. Each voucher is
 * done or refused on its own; a summary lists what was done and, for each refusal, why.
 */
export function BatchActions({ ids, onDone }: { ids: number[]; onDone: () => void }) {
  const permissions = useLedgerPermissions()
  const { modal } = App.useApp()
  const { run, busy } = useAction()
  const actions = BATCH.filter((b) => permissions[b.allowed])
  if (!actions.length) return null
  return (
    <Space wrap>
      <Typography.Text type="secondary">{ids.length ? `已选 ${ids.length} 张` : '勾选凭证后可批量'}</Typography.Text>
      {actions.map((a) => (
        <Button
          key={a.action}
          disabled={!ids.length || busy}
          onClick={() =>
            run(async () => {
              const { done, refused } = await call('vouchers.batch', { action: a.action, ids })
              onDone()
              if (!refused.length) return `已${a.label} ${done.length} 张凭证`
              modal.info({
                title: `批量${a.label}：完成 ${done.length} 张，未处理 ${refused.length} 张`,
                width: 560,
                content: (
                  <div aria-label="批量处理结果">
                    {done.length > 0 && (
                      <p>
                        已{a.label}：{done.map((d) => d.label).join('、')}
                      </p>
                    )}
                    <p style={{ marginBottom: 4 }}>未处理：</p>
                    <ul style={{ paddingLeft: 18, margin: 0 }}>
                      {refused.map((r) => (
                        <li key={r.id}>{r.reason.startsWith(r.label) ? r.reason : `${r.label}：${r.reason}`}</li>
                      ))}
                    </ul>
                  </div>
                ),
              })
            })
          }
        >
          {a.label}
        </Button>
      ))}
    </Space>
  )
}
