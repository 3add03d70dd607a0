import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './bridge'

// Sandboxed preload: bundled into one CJS file whose only require is 'electron'.
contextBridge.exposeInMainWorld('uniondesk', createBridge(ipcRenderer))
