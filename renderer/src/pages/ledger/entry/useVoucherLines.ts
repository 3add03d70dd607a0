import { useCallback, useRef, useState } from 'react'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { amountText, fenOf } from '../../../components/AmountInput'
import { BLANK_LINES, balancingAmount, blankLine, blankLines, fitToAccount, type DraftLine, type Side } from './draft'
import { useGridFocus, type Column } from './useGridFocus'

/** The cells Enter visits on a line, in order; 往来单位 is optional and reached with Tab or the mouse. */
function enterOrder(line: DraftLine, account: AccountRow | undefined, from: Column): Column[] {
  const order: Column[] = ['summary', 'account', 'debit']
  // A line has one side only: an amount on the debit side skips the credit cell.
  if (!(from === 'debit' && fenOf(line.debit))) order.push('credit')
  if (account?.needsFundNature) order.push('fundNature')
  if (account?.needsSpendType) order.push('spendType')
  if (account?.needsSpendType && line.spendType === 'project') order.push('project')
  return order
}

const padded = (lines: DraftLine[]) => [...lines, ...blankLines(Math.max(0, BLANK_LINES - lines.length))]

/** The lines of the voucher being entered, the edits the grid makes, and Enter/“=” navigation. */
export function useVoucherLines(accountOf: (id: number | null) => AccountRow | undefined) {
  const [lines, setLines] = useState<DraftLine[]>(() => blankLines())
  const latest = useRef(lines)
  latest.current = lines
  const { register, focus } = useGridFocus()

  const update = useCallback((next: DraftLine[]) => {
    latest.current = next
    setLines(next)
  }, [])

  const change = useCallback(
    (index: number, patch: Partial<DraftLine>) => {
      const current = latest.current
      let line = { ...current[index], ...patch }
      if ('accountId' in patch) line = fitToAccount(line, accountOf(line.accountId))
      if ('spendType' in patch && line.spendType !== 'project') line.projectId = null
      // Typing an amount on one side empties the other: a line is either debit or credit.
      if (patch.debit) line.credit = ''
      if (patch.credit) line.debit = ''
      update(current.map((l, i) => (i === index ? line : l)))
    },
    [accountOf, update],
  )

  const enter = useCallback(
    (index: number, from: Column) => {
      const current = latest.current
      const line = current[index]
      const order = enterOrder(line, accountOf(line.accountId), from)
      const at = order.indexOf(from)
      if (at >= 0 && at < order.length - 1) return focus(line.key, order[at + 1])
      // The last cell of a line: on to the next line, which starts with this line's 摘要.
      const next = current[index + 1]
      if (!next) {
        const added = blankLine(line.summary)
        update([...current, added])
        return focus(added.key, 'summary')
      }
      if (!next.summary) update(current.map((l, i) => (i === index + 1 ? { ...l, summary: line.summary } : l)))
      focus(next.key, 'summary')
    },
    [accountOf, focus, update],
  )

  const equals = useCallback(
    (index: number, side: Side) => change(index, { [side]: amountText(balancingAmount(latest.current, index, side)) }),
    [change],
  )

  const remove = useCallback((index: number) => update(padded(latest.current.filter((_, i) => i !== index))), [update])
  const insert = useCallback((index: number) => {
    const current = latest.current
    update([...current.slice(0, index), blankLine(current[index - 1]?.summary ?? ''), ...current.slice(index)])
  }, [update])
  const replace = useCallback((next: DraftLine[]) => update(padded(next)), [update])

  return { lines, change, enter, equals, remove, insert, replace, register, focus }
}
