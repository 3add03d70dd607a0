import type { BrowserWindow, Session } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-protocol'

/**
 * Is this URL our own page? app://uniondesk/…, or in development the exact origin of the Vite dev
 * server (ELECTRON_RENDERER_URL). Parsed with URL, never compared by prefix.
 */
export function isAppUrl(url: string, devUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  }
  if (!devUrl) return false
  try {
    const dev = new URL(devUrl)
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin
  } catch {
    return false
  }
}

/** The window may only show our own pages: no navigation away, no popups, no <webview>. */
export function lockDownWindow(win: BrowserWindow, isAllowed: (url: string) => boolean): void {
  const contents = win.webContents
  contents.on('will-navigate', (event) => {
    if (!isAllowed(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAllowed(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** An offline ledger needs no camera, notifications, geolocation or any other browser permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
