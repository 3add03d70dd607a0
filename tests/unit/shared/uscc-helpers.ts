/**
 * GB 32100 check character, written out again here from the standard's description rather than
 * imported, so the tests do not grade the implementation with itself.
 */
export function withCheckChar(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  let sum = 0
  for (let i = 0; i < 17; i++) sum += chars.indexOf(first17[i]) * (3 ** i % 31)
  return first17 + chars[(31 - (sum % 31)) % 31]
}

/** A union-style code (8 = 工会; 1 = 基层, 9 = other) in 上海 (310000), numbered. */
export const unionUscc = (n: number, category = '1') => withCheckChar(`8${category}310000${String(n).padStart(9, '0')}`)
