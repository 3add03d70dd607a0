import { useEffect, useState } from 'react'
import { Button, Radio, Space, Typography } from 'antd'
import { OVER_BUDGET_MODES, OVER_BUDGET_MODE_LABELS, type OverBudgetMode } from '../../../../electron/shared/budget-terms'
import { call } from '../../api/client'
import { LoadError } from '../../components/LoadError'
import { useAction } from '../../hooks/useAction'
import { useCall } from '../../hooks/useCall'

/** 预算控制 (系统管理员): whether a claim over its budget line is refused or only warned about. */
export function BudgetSettings() {
  const settings = useCall('budget.settings')
  const [mode, setMode] = useState<OverBudgetMode>('block')
  const { run, busy } = useAction()
  useEffect(() => {
    if (settings.data) setMode(settings.data.overBudgetMode)
  }, [settings.data])
  if (settings.error) return <LoadError error={settings.error} onRetry={settings.reload} />
  return (
    <Space direction="vertical" size="middle">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        报账提交和审批时，系统按预算项目的调整后预算数、已执行数和在途报账计算余额。超出余额时：
      </Typography.Paragraph>
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} options={OVER_BUDGET_MODES.map((m) => ({ value: m, label: OVER_BUDGET_MODE_LABELS[m] }))} />
      <Button
        type="primary"
        loading={busy}
        disabled={!settings.data || mode === settings.data.overBudgetMode}
        onClick={() =>
          run(async () => {
            await call('budget.saveSettings', { overBudgetMode: mode })
            settings.reload()
            return '预算控制设置已保存'
          })
        }
      >
        保存
      </Button>
    </Space>
  )
}
