import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '../../../electron/main/menu'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])])
}

describe('application menu', () => {
  it('has the four Chinese menus', () => {
    const template = menuTemplate({ isPackaged: true, showAbout: () => {} })
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
  })

  it('offers developer tools only outside packaged builds', () => {
    expect(roles(menuTemplate({ isPackaged: true, showAbout: () => {} }))).not.toContain('toggleDevTools')
    expect(roles(menuTemplate({ isPackaged: false, showAbout: () => {} }))).toContain('toggleDevTools')
  })

  it('opens the about box from 帮助', () => {
    let shown = 0
    const help = menuTemplate({ isPackaged: true, showAbout: () => shown++ })[3]
    const about = (help.submenu as MenuItemConstructorOptions[])[0]
    expect(about.label).toBe('关于 UnionDesk')
    ;(about.click as () => void)()
    expect(shown).toBe(1)
  })
})
