import { useEffect } from 'react'
import { App, Progress } from 'antd'
import { subscribeProgress } from '../api/client'

/** Shows the progress of long jobs (exports, imports, restores) that the core reports while they run. */
export function ProgressNotifier() {
  const { notification } = App.useApp()

  useEffect(
    () =>
      subscribeProgress((event) => {
        const percent = event.total > 0 ? Math.floor((event.done / event.total) * 100) : 0
        notification.open({
          key: event.jobId,
          title: event.title,
          description: <Progress percent={event.finished ? 100 : percent} size="small" />,
          duration: event.finished ? 3 : 0,
          placement: 'bottomRight',
        })
      }),
    [notification],
  )

  return null
}
