import { getToken } from './api/client'
import { EXPORTS_PATH, type SavedFile } from '../../electron/shared/bridge'
import { AppError, type ApiResponse } from '../../electron/shared/errors'

/** Save a file the core produced (base64) through the browser's download — in the desktop window too. */
export function downloadBase64(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }))
  clickLink(url, fileName)
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function clickLink(href: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  link.click()
}

/** A desktop bridge answer as a message for the clerk, or null when the save dialog was closed. */
export function savedMessage(response: ApiResponse<SavedFile>, what: string): string | null {
  if (!response.ok) throw new AppError(response.error.code, response.error.message)
  return response.data.saved ? `${what}已保存到 ${response.data.path}` : null
}

/**
 * Hand a finished export (reports.export's `download`) to the user. On the desktop, main shows the
 * save dialog and moves the file; in a browser, a plain link lets the browser stream the file to disk
 * (the server sends it once, with its Chinese name). Resolves with a message, or null if not saved.
 */
export async function saveExport(download: string, fileName: string): Promise<string | null> {
  if (window.uniondesk) return savedMessage(await window.uniondesk.saveExport(download, getToken()), fileName)
  clickLink(`${EXPORTS_PATH}${encodeURIComponent(download)}?token=${encodeURIComponent(getToken() ?? '')}`, fileName)
  return `已导出 ${fileName}`
}

/** An uploaded file as the contract's { fileName, content } (content in base64). */
export async function readUpload(file: File): Promise<{ fileName: string; content: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  // Chunked, because String.fromCharCode(...bytes) overflows the stack on a large workbook.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { fileName: file.name, content: btoa(binary) }
}
