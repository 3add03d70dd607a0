// What an account code and name say by themselves (level, parent, 助记码); apart from ledgers.ts so the chart
// (accounts.ts) and the 账套 seeding can both use them without importing each other.
import { createRequire } from 'node:module'

/** 助记码: upper-case pinyin initials, so 职工活动支出 is found by typing ZGHD. */
export function mnemonicOf(name: string): string {
  // Required on first use: its dictionary costs every CLI start ≈ 0.1 s, and only chart edits need it.
  const { pinyin } = createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro')
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
}

export function parentCodeOf(code: string): string | null {
  return code.length > 3 ? code.slice(0, -2) : null
}

export function levelOf(code: string): number {
  return 1 + (code.length - 3) / 2
}
