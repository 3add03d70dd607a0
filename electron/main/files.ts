import { copyFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { IpcMain, WebContents } from 'electron'
import type { Core, Router } from '../core'
import { exportFiles, type FinishedExport } from '../core/excel/export-files'
import { IPC_PRINT_PDF, IPC_SAVE_EXPORT, isPrintRequest, isSaveExportPayload, safeFileName, type SavedFile } from '../shared/bridge'
import type { ApiResponse } from '../shared/errors'
import type { InvokeEventLike } from './ipc'

/** The part of Electron's save dialog we use; main binds it to the window that asked. */
export type ShowSaveDialog = (options: {
  title: string
  defaultPath: string
  filters: { name: string; extensions: string[] }[]
}) => Promise<{ canceled: boolean; filePath?: string }>

const FORBIDDEN: ApiResponse<never> = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } }
const MALFORMED: ApiResponse<never> = { ok: false, error: { code: 'VALIDATION', message: '请求格式不正确' } }
const cannotWrite = (path: string): ApiResponse<never> => ({
  ok: false,
  error: { code: 'CONFLICT', message: `不能写入 ${path}：请检查文件夹是否可写、文件是否正在 Excel 或 PDF 阅读器中打开` },
})

/** A move that also works across drives (rename cannot). */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch {
    await copyFile(from, to)
    await rm(from, { force: true })
  }
}

export interface SaveExportDeps {
  isAllowed: (url: string) => boolean
  /** The session's user id, or null when the token is not a live session. */
  userOf: (token: string | null) => Promise<number | null>
  take: (download: string, userId: number) => FinishedExport | null
  documentsDir: string
}

/**
 * The desktop end of an export: our page sends the download id with its session token; main checks
 * the sender, takes the finished file for that user, asks where to save it (the suggested Chinese
 * name in 文档) and moves it there. Closing the dialog discards the file.
 */
export function createSaveExportHandler(deps: SaveExportDeps) {
  return async (event: InvokeEventLike, payload: unknown, showSaveDialog: ShowSaveDialog): Promise<ApiResponse<SavedFile>> => {
    if (!event.senderFrame || !deps.isAllowed(event.senderFrame.url)) return FORBIDDEN
    if (!isSaveExportPayload(payload)) return MALFORMED
    const userId = await deps.userOf(payload.token)
    if (userId === null) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' } }
    const file = deps.take(payload.download, userId)
    if (!file) return { ok: false, error: { code: 'NOT_FOUND', message: '导出文件不存在或已过期，请重新导出' } }
    const choice = await showSaveDialog({
      title: '保存导出的 Excel 文件',
      defaultPath: join(deps.documentsDir, safeFileName(file.fileName)),
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    })
    if (choice.canceled || !choice.filePath) {
      await rm(file.path, { force: true })
      return { ok: true, data: { saved: false, path: null } }
    }
    try {
      await moveFile(file.path, choice.filePath)
    } catch {
      await rm(file.path, { force: true })
      return cannotWrite(choice.filePath)
    }
    return { ok: true, data: { saved: true, path: choice.filePath } }
  }
}

/** The part of WebContents printing needs. */
export interface PrintableContents {
  printToPDF(options: { pageSize: 'A4' | { width: number; height: number }; landscape: boolean; printBackground: boolean }): Promise<Uint8Array>
}

/**
 * 打印 / PDF on the desktop: ask where to save first (nothing is rendered if the user cancels), then
 * print the sender's page to an A4 PDF with the page's print stylesheet and write it there.
 */
export function createPrintPdfHandler(deps: { isAllowed: (url: string) => boolean; documentsDir: string }) {
  return async (event: InvokeEventLike & { sender: PrintableContents }, payload: unknown, showSaveDialog: ShowSaveDialog): Promise<ApiResponse<SavedFile>> => {
    if (!event.senderFrame || !deps.isAllowed(event.senderFrame.url)) return FORBIDDEN
    if (!isPrintRequest(payload)) return MALFORMED
    const choice = await showSaveDialog({
      title: '保存为 PDF',
      defaultPath: join(deps.documentsDir, `${safeFileName(payload.fileName)}.pdf`),
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
    })
    if (choice.canceled || !choice.filePath) return { ok: true, data: { saved: false, path: null } }
    // Electron takes a custom paper size in inches.
    const pageSize = payload.paperMm ? { width: payload.paperMm[0] / 25.4, height: payload.paperMm[1] / 25.4 } : 'A4'
    const pdf = await event.sender.printToPDF({ pageSize, landscape: payload.landscape, printBackground: true })
    try {
      await writeFile(choice.filePath, pdf)
    } catch {
      return cannotWrite(choice.filePath)
    }
    return { ok: true, data: { saved: true, path: choice.filePath } }
  }
}

/** Electron's pieces the two handlers are bound to; passed in so this module stays testable. */
export interface FileHandlerShell {
  ipcMain: Pick<IpcMain, 'handle'>
  /** dialog.showSaveDialog on the window that owns `sender`. */
  saveDialogFor: (sender: WebContents) => ShowSaveDialog
}

export function registerFileHandlers(shell: FileHandlerShell, router: Router, core: Core, isAllowed: (url: string) => boolean, documentsDir: string): void {
  const userOf = async (token: string | null) => {
    const me = await router.call('auth.me', {}, { token }, 'desktop')
    return me.ok ? (me.data as { id: number }).id : null
  }
  const saveExport = createSaveExportHandler({ isAllowed, userOf, take: (id, userId) => exportFiles(core).take(id, userId), documentsDir })
  const printPdf = createPrintPdfHandler({ isAllowed, documentsDir })
  shell.ipcMain.handle(IPC_SAVE_EXPORT, (event, payload) => saveExport(event, payload, shell.saveDialogFor(event.sender)))
  shell.ipcMain.handle(IPC_PRINT_PDF, (event, payload) => printPdf(event, payload, shell.saveDialogFor(event.sender)))
}
