import type { App } from 'electron'
import type { CoreOptions } from '../core'
import { migrationsFolderOf } from '../core/paths'

/**
 * How the desktop app opens its data folder. Like `serve`, heavy jobs (workbook imports) run in a worker
 * thread with their own connection: the main process also draws the menus and dialogs and answers the
 * window's other calls, so a 20,000-voucher import must not hold it for seconds.
 */
export function desktopCoreOptions(app: Pick<App, 'getPath' | 'getAppPath' | 'getVersion'>): CoreOptions {
  return {
    dataDir: app.getPath('userData'),
    migrationsFolder: migrationsFolderOf(app.getAppPath()),
    appVersion: app.getVersion(),
    lockAs: { program: '桌面版 UnionDesk', action: '打开' },
    offloadHeavyJobs: true,
  }
}
