import { message } from 'antd'
import { savedMessage } from './download'

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
  try {
    // window.print() returns when the print dialog closes, so the class stays while it renders.
    if (!window.uniondesk) return window.print()
    const name = fileName ?? (document.title || 'UnionDesk')
    const done = savedMessage(await window.uniondesk.printToPdf({ fileName: name.slice(0, 120), landscape: landscape ?? false, ...(paperMm ? { paperMm } : {}) }), 'PDF ')
    if (done) void message.success(done)
  } catch (error) {
    void message.error((error as Error).message)
  } finally {
    if (bodyClass) document.body.classList.remove(bodyClass)
  }
}
