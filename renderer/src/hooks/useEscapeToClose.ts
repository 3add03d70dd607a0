import { useEffect } from 'react'

/**
 * Notes, for each Esc, whether an overlay was showing when the key went down — before a dialog handles
 * it. A dialog closes at once (motion is off), so a listener asking afterwards would find none and take
 * the same Esc as its own too. Returns the check and the way to stop noting.
 */
export function watchEscape(overlayShown: () => boolean): { overlayWasShown: () => boolean; stop: () => void } {
  let shown = false
  const note = (e: KeyboardEvent) => {
    if (e.key === 'Escape') shown = overlayShown()
  }
  window.addEventListener('keydown', note, true)
  return { overlayWasShown: () => shown, stop: () => window.removeEventListener('keydown', note, true) }
}

/**
 * Esc closes an open drawer wherever the focus is (antd's own handler only hears keys pressed inside
 * the drawer, so after a click on the list behind it Esc did nothing). A dialog on top of the drawer,
 * or an open drop-down or date panel, takes the Esc first.
 */
export function useEscapeToClose(open: boolean, onClose: () => void) {
  useEffect(() => {
    if (!open) return
    const visible = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector)).some((el) => el.offsetParent !== null)
    const escape = watchEscape(() => visible('.ant-modal-wrap .ant-modal, .ant-select-dropdown, .ant-picker-dropdown, .ant-dropdown'))
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !escape.overlayWasShown()) onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      escape.stop()
      document.removeEventListener('keydown', onKey)
    }
  }, [open, onClose])
}
