/**
 * 统一社会信用代码 (GB 32100-2015). Only the check character is validated: unions begin 81 or 89
 * (authority 8 = 工会), and validators that insist on a first character of 1, 5, 9 or Y wrongly
 * refuse them.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character the first 17 characters call for, or null if one of them is not allowed. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '')
    if (value < 0) return null
    sum += value * WEIGHTS[i]
  }
  return ALPHABET[(31 - (sum % 31)) % 31]
}

/** null when the code is valid, otherwise a Chinese message a clerk can act on. */
export function usccProblem(code: string): string | null {
  if (code.length !== 18) return `应为 18 位，现为 ${code.length} 位`
  const bad = [...code].find((c) => !ALPHABET.includes(c))
  if (bad) return `含有不允许的字符“${bad}”（只用数字和大写字母，不用 I、O、S、V、Z）`
  const expected = usccCheckChar(code.slice(0, 17))
  if (expected !== code[17]) return `校验码错误：按前 17 位第 18 位应为“${expected}”，现为“${code[17]}”，请核对证照`
  return null
}
