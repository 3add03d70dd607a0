/** 人民币大写 for a voucher or claim total given in 分, e.g. 123456 → "壹仟贰佰叁拾肆元伍角陆分". */
const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const SMALL_UNITS = ['', '拾', '佰', '仟']
const BIG_UNITS = ['', '万', '亿', '万亿']

function integerWords(yuan: bigint): string {
  if (yuan === 0n) return ''
  const groups: number[] = []
  for (let v = yuan; v > 0n; v /= 10000n) groups.push(Number(v % 10000n))
  let out = ''
  let pendingZero = false
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]
    if (group === 0) {
      pendingZero = out !== ''
      continue
    }
    const digits = String(group).padStart(4, '0')
    let part = ''
    for (let i = 0; i < 4; i++) {
      const d = Number(digits[i])
      if (d === 0) {
        if (part !== '' || out !== '') pendingZero = true
        continue
      }
      if (pendingZero && (part !== '' || out !== '')) part += '零'
      pendingZero = false
      part += DIGITS[d] + SMALL_UNITS[3 - i]
    }
    out += part + BIG_UNITS[g]
  }
  return out
}

export function amountInWords(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额必须是整数分：${fen}`)
  const negative = fen < 0
  const abs = BigInt(Math.abs(fen))
  const yuan = abs / 100n
  const jiao = Number((abs % 100n) / 10n)
  const cents = Number(abs % 10n)
  const yuanText = integerWords(yuan)
  let out = yuanText ? `${yuanText}元` : ''
  if (jiao === 0 && cents === 0) out = (out || '零元') + '整'
  else {
    if (jiao > 0) out += `${DIGITS[jiao]}角`
    else if (yuanText) out += '零'
    if (cents > 0) out += `${DIGITS[cents]}分`
    else out += '整'
  }
  return (negative ? '负' : '') + out
}
