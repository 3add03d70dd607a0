import { Alert, Button } from 'antd'
import type { AppError } from '../../../electron/shared/errors'

/** What a page shows when its data could not be loaded: the server's message and a retry. */
export function LoadError({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  return <Alert type="error" showIcon title="数据加载失败" description={error.message} action={<Button onClick={onRetry}>重试</Button>} />
}
