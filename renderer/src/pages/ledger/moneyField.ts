import { parseYuanToFen } from '../../../../electron/shared/money'
import { MONEY_FORMAT } from '../../forms'

/** Rules of a 元 text field in a form: blank allowed unless required, at most two decimals. */
export const moneyRules = (required: boolean) => [
  { required, message: '请填写金额' },
  {
    validator: (_: unknown, v: string) => (v === undefined || v === '' || parseYuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(MONEY_FORMAT))),
  },
]

/** A validated 元 text as 分 (blank is 0). */
export const fenOfText = (v: string | undefined) => (v ? parseYuanToFen(v)! : 0)
