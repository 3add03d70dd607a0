import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './app-protocol'
import { lockDownWindow } from './security'

export interface WindowOptions {
  devUrl: string | undefined
  isPackaged: boolean
  isAllowed: (url: string) => boolean
}

export function createMainWindow({ devUrl, isPackaged, isAllowed }: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    title: 'UnionDesk 工会财务',
    show: false,
    webPreferences: {
      // The preload is a single CJS file (see electron.vite.config.ts) precisely so the sandbox can stay on.
      preload: join(__dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  })
  lockDownWindow(win, isAllowed)
  win.once('ready-to-show', () => win.show())
  win.loadURL(devUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    // Still show the window: a hidden one would hold the single-instance lock with nothing on screen.
    console.error('[uniondesk] loading the window failed:', error)
    if (!win.isDestroyed()) win.show()
  })
  return win
}
