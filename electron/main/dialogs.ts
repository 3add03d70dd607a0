import { dialog, shell, type BrowserWindow } from 'electron'
import { AppError } from '../shared/errors'

/**
 * The database could not be opened (migration guard, corrupt file, file locked): nothing else can
 * run, so say why in Chinese and offer the data folder, where the backups are.
 */
export async function reportOpenFailure(error: unknown, dataDir: string): Promise<void> {
  const reason = error instanceof AppError ? error.message : `数据库文件无法打开，可能已损坏或正被其他程序使用（${error instanceof Error ? error.message : String(error)}）。`
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'UnionDesk 无法启动',
    message: '无法打开 UnionDesk 的数据',
    detail: `${reason}\n\n数据文件夹：${dataDir}\n备份文件在其中的 backups 文件夹内。`,
    buttons: ['退出', '打开数据文件夹'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  })
  // openPath takes a local folder, never a URL; the result (an error string) changes nothing here.
  if (choice === 1) await shell.openPath(dataDir)
}

export function showAbout(win: BrowserWindow | null, version: string, dataDir: string): void {
  const options = {
    type: 'info' as const,
    title: '关于 UnionDesk',
    message: `UnionDesk 工会财务 ${version}`,
    detail: `数据文件夹：${dataDir}`,
    buttons: ['确定'],
  }
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options))
}
