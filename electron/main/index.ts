import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron'
import { openCore, type OpenedCore } from '../core'
import { defaultDataDir } from '../core/paths'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { reportOpenFailure, showAbout } from './dialogs'
import { registerFileHandlers } from './files'
import { forwardProgress, registerInvokeHandler } from './ipc'
import { menuTemplate } from './menu'
import { desktopCoreOptions } from './open-data'
import { denyAllPermissions, isAppUrl } from './security'
import { createMainWindow } from './window'

// Name and data folder are fixed before anything reads them: the single-instance lock lives in
// userData, and the CLI finds the same folder through defaultDataDir().
app.setName('UnionDesk')
// Matches the appId the installer writes into its shortcuts, so the taskbar groups the window with them.
if (process.platform === 'win32') app.setAppUserModelId('cn.uniondesk.app')
app.setPath('userData', defaultDataDir())
// Must happen before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

if (app.requestSingleInstanceLock()) {
  start()
} else {
  app.quit()
}

function start(): void {
  let win: BrowserWindow | null = null
  let opened: OpenedCore | null = null

  app.on('second-instance', () => {
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    opened?.core.close()
    opened = null
  })

  app
    .whenReady()
    .then(async () => {
      const dataDir = app.getPath('userData')
      try {
        opened = openCore(desktopCoreOptions(app))
      } catch (error) {
        await reportOpenFailure(error, dataDir)
        app.quit()
        return
      }
      // A packaged app never takes its page from the environment.
      const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
      const isAllowed = (url: string) => isAppUrl(url, devUrl)

      protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')))
      denyAllPermissions(session.defaultSession)
      registerInvokeHandler(ipcMain, opened.router, isAllowed)
      registerFileHandlers(
        {
          ipcMain,
          saveDialogFor: (sender) => (options) => {
            const owner = BrowserWindow.fromWebContents(sender)
            return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)
          },
        },
        opened.router,
        opened.core,
        isAllowed,
        app.getPath('documents'),
      )
      const about = () => showAbout(win, app.getVersion(), dataDir)
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isPackaged: app.isPackaged, showAbout: about })))

      win = createMainWindow({ devUrl, isPackaged: app.isPackaged, isAllowed })
      const stopProgress = forwardProgress(opened.core, win)
      win.on('closed', () => {
        stopProgress()
        win = null
      })
    })
    .catch((error: unknown) => {
      console.error('[uniondesk] startup failed:', error)
      app.exit(1)
    })
}
