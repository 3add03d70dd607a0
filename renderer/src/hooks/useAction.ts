import { useCallback, useState } from 'react'
import { App } from 'antd'

/**
 * Runs a write (a button's call) with a busy flag; shows the success text, or the server's Chinese
 * message verbatim when it fails. Resolves true on success so the caller can reload or move on.
 */
export function useAction() {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async (action: () => Promise<string | void>): Promise<boolean> => {
      setBusy(true)
      try {
        const done = await action()
        if (done) message.success(done)
        return true
      } catch (e) {
        message.error((e as Error).message)
        return false
      } finally {
        setBusy(false)
      }
    },
    [message],
  )
  return { run, busy }
}
