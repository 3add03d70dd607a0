import { formatFen } from '../../../electron/shared/money'
import './money.css'

/** An amount in 分 shown as 元 with thousands separators; red (negative) amounts in red; 0 optionally blank. */
export function Money({ fen, blankZero = false, strong = false }: { fen: number; blankZero?: boolean; strong?: boolean }) {
  if (blankZero && fen === 0) return null
  const className = fen < 0 ? 'ud-money ud-money-negative' : 'ud-money'
  return (
    <span className={className} style={strong ? { fontWeight: 600 } : undefined}>
      {formatFen(fen)}
    </span>
  )
}
