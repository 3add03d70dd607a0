import { describe, expect, it } from 'vitest'
import { usccCheckChar, usccProblem } from '../../../electron/shared/uscc'
import { unionUscc, withCheckChar } from './uscc-helpers'

describe('统一社会信用代码 (GB 32100 check character)', () => {
  it('accepts published codes and union codes beginning 81 and 89', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L', unionUscc(1), unionUscc(77, '9'), withCheckChar('81310115MC00000AB')]) {
      expect(usccProblem(code), code).toBeNull()
    }
    expect(unionUscc(1)).toMatch(/^81310000/)
    expect(unionUscc(77, '9')).toMatch(/^89/)
  })

  it('names the expected check character when the last one is wrong', () => {
    const good = unionUscc(42)
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
    expect(usccProblem(wrong)).toBe(`校验码错误：按前 17 位第 18 位应为“${good[17]}”，现为“${wrong[17]}”，请核对证照`)
    expect(usccCheckChar('91350100M000100Y4')).toBe('3')
  })

  it('refuses wrong lengths and letters the standard leaves out (I, O, S, V, Z)', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('应为 18 位，现为 17 位')
    expect(usccProblem('91350100M000100YO3')).toMatch(/不允许的字符“O”/)
    expect(usccProblem('91350100m000100y43')).toMatch(/不允许的字符“m”/)
  })
})
