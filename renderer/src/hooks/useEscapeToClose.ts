import { useEffect } from 'react'

/**
 * Esc closes an open drawer wherever the focus is (antd's own handler only hears keys pressed inside
 * the drawer, so after a click on the list behind it Esc did nothing). A dialog on top of the drawer,
 * or an open drop-down or date panel, takes the Esc first.
 */
export function useEscapeToClose(open: boolean, onClose: () => void) {
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return
      const visible = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector)).some((el) => el.offsetParent !== null)
      if (visible('.ant-modal-wrap .ant-modal, .ant-select-dropdown, .ant-picker-dropdown, .ant-dropdown')) return
      onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open, onClose])
}
