import { formatOfficeTime } from './office-time'

/** Stored times are UTC ISO strings; the office reads them in its own time zone. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? formatOfficeTime(value) : '—'
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

export const CHANNEL_LABELS: Record<string, string> = { desktop: '桌面', http: '浏览器', cli: '命令行' }
