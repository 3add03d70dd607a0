import { describe, expect, it } from 'vitest'
import { contract } from '../../../electron/shared/contract'
import { MONEY_FORMAT, moneyRulesFor, rulesFor } from '../../../renderer/src/forms'

type Validator = { validator: (rule: unknown, value: unknown) => Promise<void> }
const check = (rules: ReturnType<typeof rulesFor>, value: unknown) => (rules[1] as Validator).validator({}, value)

describe('form rules say what is wrong', () => {
  const threshold = contract['claims.saveSettings'].input.shape.collectiveThreshold

  it('an amount that is not one reads as a wrong format, not as 必填', async () => {
    const rules = moneyRulesFor(threshold)
    await expect(check(rules, 'abc')).rejects.toThrow(MONEY_FORMAT)
    await expect(check(rules, '1.234')).rejects.toThrow('金额格式不对，例如 1,234.56')
    await expect(check(rules, '1,234.56')).resolves.toBeUndefined()
    await expect(check(rules, '0')).rejects.toThrow('金额须大于 0')
    expect(rules[0]).toMatchObject({ required: true, message: '请输入集体决策金额' })
  })

  it('any other field that cannot be read names the format', async () => {
    const rules = rulesFor(threshold, { toInput: () => null })
    await expect(check(rules, 'x')).rejects.toThrow('格式不对')
  })
})
