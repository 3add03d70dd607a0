import { useCallback, useRef } from 'react'

export type Column = 'summary' | 'account' | 'debit' | 'credit' | 'fundNature' | 'spendType' | 'project' | 'counterpart'

interface Focusable {
  focus: () => void
}

/**
 * Remembers the focusable control of each cell (by line key and column) so Enter can move to the
 * next one. A cell asked for before it exists (a line just added) takes the focus when it mounts.
 */
export function useGridFocus() {
  const cells = useRef(new Map<string, Focusable>())
  const callbacks = useRef(new Map<string, (el: Focusable | null) => void>())
  const pending = useRef<string | null>(null)

  const register = useCallback((key: number, column: Column) => {
    const id = `${key}:${column}`
    let callback = callbacks.current.get(id)
    if (!callback) {
      callback = (el: Focusable | null) => {
        if (!el) {
          cells.current.delete(id)
          return
        }
        cells.current.set(id, el)
        if (pending.current === id) {
          pending.current = null
          el.focus()
        }
      }
      callbacks.current.set(id, callback)
    }
    return callback
  }, [])

  const focus = useCallback((key: number, column: Column) => {
    const id = `${key}:${column}`
    const el = cells.current.get(id)
    if (el) el.focus()
    else pending.current = id
  }, [])

  return { register, focus }
}
