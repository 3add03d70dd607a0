import { Alert, Button } from 'antd'
import { useCall } from '../hooks/useCall'

/** For administrators, on every page (the 工作台 banner): the second backup destination is failing or stale. */
export function BackupWarning({ onOpen }: { onOpen: () => void }) {
  const status = useCall('backup.status')
  if (!status.data?.warning) return null
  return (
    <Alert
      className="no-print"
      type="warning"
      showIcon
      closable
      style={{ marginBottom: 16 }}
      title={status.data.warning}
      action={
        <Button size="small" onClick={onOpen}>
          查看数据备份
        </Button>
      }
    />
  )
}
