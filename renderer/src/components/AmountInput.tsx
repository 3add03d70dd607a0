import type { KeyboardEvent, Ref } from 'react'
import { Input, type InputRef } from 'antd'
import { formatFen, parseYuanToFen } from '../../../electron/shared/money'
import './money.css'

/** The 分 a cell's text stands for: blank is 0, anything that is not an amount is null. */
export function fenOf(text: string): number | null {
  return text.trim() === '' ? 0 : parseYuanToFen(text)
}

/** How a cell shows an amount once the user leaves it: "1234.5" → "1,234.50", 0 → blank. */
export function amountText(fen: number): string {
  return fen === 0 ? '' : formatFen(fen)
}

interface Props {
  value: string
  onChange: (text: string) => void
  'aria-label': string
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void
  /** Typing “=” asks for the amount that balances; the owner fills it in. */
  onEquals?: () => void
  /** Space switches the amount to the other side (借 ⇄ 贷); the owner moves it. */
  onSpace?: () => void
  ref?: Ref<InputRef>
  /** Shown red-bordered, e.g. when the server rejected this cell. */
  error?: boolean
  variant?: 'outlined' | 'borderless'
  size?: 'small' | 'middle'
  disabled?: boolean
}

/**
 * A money cell: accepts "1,234.56", "￥20" and red amounts ("-50"), keeps the text as typed while
 * editing and formats it on leaving. Parsing goes straight to 分 (never through a float).
 */
export function AmountInput({ value, onChange, onKeyDown, onEquals, onSpace, error, ...rest }: Props) {
  const fen = fenOf(value)
  const classes = ['ud-money', fen !== null && fen < 0 ? 'ud-money-negative' : ''].join(' ')
  return (
    <Input
      {...rest}
      className={classes}
      value={value}
      status={fen === null || error ? 'error' : undefined}
      inputMode="decimal"
      autoComplete="off"
      onFocus={(e) => e.target.select()}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        if (fen !== null && amountText(fen) !== value) onChange(amountText(fen))
      }}
      onKeyDown={(e) => {
        if (e.key === '=' && onEquals) {
          e.preventDefault()
          onEquals()
          return
        }
        if (e.key === ' ' && onSpace) {
          e.preventDefault()
          onSpace()
          return
        }
        onKeyDown?.(e)
      }}
    />
  )
}
