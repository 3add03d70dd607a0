import type { MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  /** Packaged builds get no developer tools. */
  isPackaged: boolean
  showAbout: () => void
}

/** A small Chinese menu; the roles give the native shortcuts (Ctrl+C, Ctrl+V, …) in text fields. */
export function menuTemplate({ isPackaged, showAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: '重新加载' },
    { type: 'separator' },
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ]
  if (!isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: '开发者工具' })
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: '关于 UnionDesk', click: showAbout }] },
  ]
}
