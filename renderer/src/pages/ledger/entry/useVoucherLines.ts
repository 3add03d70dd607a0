import { useCallback, useRef, useState } from 'react'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import { amountText, fenOf } from '../../../components/AmountInput'
import { BLANK_LINES, balancingAmount, blankLine, blankLines, fitToAccount, type DraftLine, type Side } from './draft'
import { useGridFocus, type Column } from './useGridFocus'
import { usualAux } from './usualAux'

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

/** `..` or `//` typed in a 摘要 cell copies the 摘要 of the line above (as in 用友/金蝶). */
const COPY_ABOVE = ['..', '//', '。。', '、、']

/**
 * 资金性质 / 支出类型 / 项目 of a line that just got its account: the line above's when it takes them
 * too, else what this account was last saved with (its usual values), else left for the clerk.
 */
function withDefaults(line: DraftLine, above: DraftLine | undefined, account: AccountRow | undefined): DraftLine {
  if (!account) return line
  const usual = usualAux(account.id)
  const pick = <K extends 'fundNature' | 'spendType'>(key: K, needed: boolean) => (!needed || line[key] ? line[key] : (above?.[key] ?? usual?.[key] ?? null))
  const spendType = pick('spendType', account.needsSpendType)
  return {
    ...line,
    fundNature: pick('fundNature', account.needsFundNature),
    spendType,
    projectId: spendType === 'project' ? (line.projectId ?? (above?.spendType === 'project' ? above.projectId : null) ?? usual?.projectId ?? null) : null,
  }
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
      if (patch.summary !== undefined && COPY_ABOVE.includes(patch.summary.trim())) line.summary = current[index - 1]?.summary ?? ''
      if ('accountId' in patch) line = withDefaults(fitToAccount(line, accountOf(line.accountId)), current[index - 1], accountOf(line.accountId))
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

  const equals = useCallback((index: number, side: Side) => change(index, { [side]: amountText(balancingAmount(latest.current, index, side)) }), [change])

  /** Space in an amount cell: the amount moves to the other side (借 ⇄ 贷) and the cursor with it. */
  const switchSide = useCallback(
    (index: number, side: Side) => {
      const line = latest.current[index]
      const other: Side = side === 'debit' ? 'credit' : 'debit'
      update(latest.current.map((l, i) => (i === index ? { ...l, [side]: '', [other]: line[side] || line[other] } : l)))
      // After the render: leaving the cell formats its amount, and it must see the emptied cell, not the old text.
      setTimeout(() => focus(line.key, other), 0)
    },
    [focus, update],
  )

  const remove = useCallback((index: number) => update(padded(latest.current.filter((_, i) => i !== index))), [update])
  const insert = useCallback(
    (index: number) => {
      const current = latest.current
      update([...current.slice(0, index), blankLine(current[index - 1]?.summary ?? ''), ...current.slice(index)])
    },
    [update],
  )
  const replace = useCallback((next: DraftLine[]) => update(padded(next)), [update])

  return { lines, change, enter, equals, switchSide, remove, insert, replace, register, focus }
}
