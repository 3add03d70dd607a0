/**
 * Money is integer 分 (fen) below the UI. Parsing goes from the decimal string straight to an
 * integer — never through a float — and formatting happens only for display and export.
 */
const MONEY_PATTERN = /^([+-])?(\d+)(?:\.(\d{0,2}))?$/

/** Largest amount accepted: 9 999 999 999 999.99 元 stays well inside Number.MAX_SAFE_INTEGER. */
export const MAX_FEN = 999_999_999_999_999

/**
 * Caps on what the books take (README): one voucher line at most 100,000,000.00 元 (1 亿元) and one
 * voucher's debits at most 1,000,000,000.00 元 (10 亿元). Any voucher's sums stay exact, and a 账套 would
 * need over 90,000 vouchers at the cap before a balance could pass 2^53 分 (≈ 90 万亿元).
 */
export const MAX_LINE_FEN = 10_000_000_000
export const MAX_VOUCHER_FEN = 100_000_000_000

/** "1,234.56" → 123456; "-0.5" → -50; returns null for anything that is not an amount with ≤ 2 decimals. */
export function parseYuanToFen(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^¥|^￥/, '')
  const m = MONEY_PATTERN.exec(cleaned)
  if (!m) return null
  const [, sign, whole, frac = ''] = m
  const fen = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2))
  if (fen > BigInt(MAX_FEN)) return null
  const value = Number(fen)
  return sign === '-' ? -value : value
}

/** 123456 → "1,234.56"; -50 → "-0.50". */
export function formatFen(fen: number, { thousands = true }: { thousands?: boolean } = {}): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额必须是整数分：${fen}`)
  const negative = fen < 0
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100).toString()
  const cents = (abs % 100).toString().padStart(2, '0')
  const grouped = thousands ? yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : yuan
  return `${negative ? '-' : ''}${grouped}.${cents}`
}
