import { AmountInput } from '../../components/AmountInput'
import { MONEY_FORMAT } from '../../forms'

/** AmountInput as a Form.Item child: the form injects value and onChange (the text as typed, parsed to 分 on submit). */
export function FormAmount({ value, onChange, ...rest }: { value?: string; onChange?: (text: string) => void; 'aria-label': string }) {
  return <AmountInput {...rest} value={value ?? ''} onChange={(text) => onChange?.(text)} />
}

/** A form rule: an amount in 元 above zero. */
export const positiveAmount = (fen: (text: string) => number | null) => ({
  validator: async (_rule: unknown, text: string | undefined) => {
    const value = text ? fen(text) : null
    if (text && value === null) throw new Error(MONEY_FORMAT)
    if (!value || value <= 0) throw new Error('请输入大于 0 的金额')
  },
})
