import type { IpcRenderer, IpcRendererEvent } from 'electron'
import { IPC_INVOKE, IPC_PRINT_PDF, IPC_PROGRESS, IPC_SAVE_EXPORT, isDownloadId, isMethodNameShape, isPrintRequest, type SavedFile, type UnionDeskBridge } from '../shared/bridge'
import type { ApiResponse } from '../shared/errors'
import type { ProgressEvent } from '../shared/events'

type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/** The fixed functions the page gets; ipcRenderer stays behind them. */
export function createBridge(ipc: IpcRendererLike): UnionDeskBridge {
  return {
    invoke(method, input, token) {
      if (!isMethodNameShape(method)) return Promise.reject(new TypeError(`invalid method name: ${String(method)}`))
      return ipc.invoke(IPC_INVOKE, { method, input, token: token ?? null }) as Promise<ApiResponse<unknown>>
    },
    onProgress(listener) {
      const forward = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress)
      ipc.on(IPC_PROGRESS, forward)
      return () => {
        ipc.removeListener(IPC_PROGRESS, forward)
      }
    },
    saveExport(download, token) {
      if (!isDownloadId(download)) return Promise.reject(new TypeError('invalid download id'))
      return ipc.invoke(IPC_SAVE_EXPORT, { download, token: token ?? null }) as Promise<ApiResponse<SavedFile>>
    },
    printToPdf(request) {
      if (!isPrintRequest(request)) return Promise.reject(new TypeError('invalid print request'))
      return ipc.invoke(IPC_PRINT_PDF, { fileName: request.fileName, landscape: request.landscape }) as Promise<ApiResponse<SavedFile>>
    },
  }
}
