import { useState } from 'react'
import { Button, Form, Input, Space, Typography } from 'antd'
import { contract } from '../../../../electron/shared/contract'
import { formatFen, parseYuanToFen } from '../../../../electron/shared/money'
import { call } from '../../api/client'
import { FormModal } from '../../components/FormModal'
import { moneyRulesFor } from '../../forms'
import { useCall } from '../../hooks/useCall'

const field = contract['claims.saveSettings'].input.shape.collectiveThreshold

/** 集体决策金额: above it the 审批人 must record a collective decision; the 会计 or 系统管理员 sets it. */
export function CollectiveThreshold({ editable }: { editable: boolean }) {
  const settings = useCall('claims.settings')
  const [open, setOpen] = useState(false)
  const threshold = settings.data?.collectiveThreshold
  if (threshold === undefined) return null
  return (
    <Space>
      <Typography.Text>
        单张报账单金额超过 <b>¥{formatFen(threshold)}</b> 时，审批须经集体决策（“三重一大”）。
      </Typography.Text>
      {editable && (
        <Button size="small" onClick={() => setOpen(true)}>
          修改集体决策金额
        </Button>
      )}
      <FormModal<{ amount: string }>
        title="修改集体决策金额"
        open={open}
        onClose={() => setOpen(false)}
        initialValues={{ amount: formatFen(threshold, { thousands: false }) }}
        onSubmit={async ({ amount }) => {
          await call('claims.saveSettings', { collectiveThreshold: parseYuanToFen(amount)! })
          settings.reload()
        }}
      >
        <Form.Item name="amount" label="集体决策金额（元）" rules={moneyRulesFor(field)}>
          <Input autoComplete="off" inputMode="decimal" />
        </Form.Item>
      </FormModal>
    </Space>
  )
}
