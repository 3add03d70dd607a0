import { Select, Space, Tag, Typography } from 'antd'
import { useLedgers } from './LedgerContext'

/** 当前账套 in the header: code, name and current period; switching is remembered. */
export function LedgerSwitcher() {
  const { ledgers, current, select, loading } = useLedgers()
  if (!current) {
    return <Typography.Text type="secondary">{loading ? '正在加载账套…' : '尚未建立账套'}</Typography.Text>
  }
  return (
    <Space size={8}>
      <Typography.Text type="secondary">当前账套</Typography.Text>
      <Select
        aria-label="当前账套"
        value={current.id}
        onChange={select}
        options={ledgers.map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))}
        style={{ minWidth: 220, maxWidth: 360 }}
        popupMatchSelectWidth={false}
      />
      <Tag color="blue" variant="outlined" style={{ marginInlineEnd: 0 }}>
        当前期间 {current.currentPeriod}
      </Tag>
    </Space>
  )
}
