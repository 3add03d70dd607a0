import { useSyncExternalStore } from 'react'
import { message } from 'antd'
import { flushSync } from 'react-dom'
import { savedMessage } from './download'

/*
 * Whether the page is being printed: tables then render as one plain <table> (no scrolling body with
 * a separate header table), so their header row repeats on every printed page. Set by printPage and
 * by the browser's own print (Ctrl+P: beforeprint/afterprint).
 */
let printing = false
const listeners = new Set<() => void>()
function setPrinting(on: boolean): void {
  if (printing === on) return
  printing = on
  // Rendered before the page is laid out for paper, not on the next frame.
  flushSync(() => listeners.forEach((l) => l()))
}
window.addEventListener('beforeprint', () => setPrinting(true))
window.addEventListener('afterprint', () => setPrinting(false))

/** True while the page prints (for components that lay out differently on paper). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => printing,
  )
}

export interface PrintHint {
  /** Suggested PDF name on the desktop (without .pdf); the page title otherwise. */
  fileName?: string
  /** Books print landscape, statements and vouchers portrait. */
  landscape?: boolean
  /** Set on <body> while printing, for a print stylesheet that prints one part (the voucher paper). */
  bodyClass?: string
  /** Paper other than A4, width × height in mm (凭证纸); the page's @page rule says the same for the browser. */
  paperMm?: [number, number]
}

/**
 * 打印 / PDF of what the page shows. Pages mark what must not print with the `no-print` class; the
 * print stylesheet hides the app's frame so only the report is on paper. On the desktop, main prints
 * the page to an A4 PDF (printToPDF) and asks where to save it; in a browser, the print dialog opens
 * (where 另存为 PDF is one of the printers). `onClick={printPage}` works: a click event is no hint.
 */
export async function printPage(hint?: PrintHint | object): Promise<void> {
  const { fileName, landscape, bodyClass, paperMm } = hint && !('nativeEvent' in hint) && !(hint instanceof Event) ? (hint as PrintHint) : {}
  if (bodyClass) document.body.classList.add(bodyClass)
  setPrinting(true)
  try {
    // window.print() returns when the print dialog closes, so the class stays while it renders.
    if (!window.uniondesk) return window.print()
    const name = fileName ?? (document.title || 'UnionDesk')
    const done = savedMessage(await window.uniondesk.printToPdf({ fileName: name.slice(0, 120), landscape: landscape ?? false, ...(paperMm ? { paperMm } : {}) }), 'PDF ')
    if (done) void message.success(done)
  } catch (error) {
    void message.error((error as Error).message)
  } finally {
    setPrinting(false)
    if (bodyClass) document.body.classList.remove(bodyClass)
  }
}
