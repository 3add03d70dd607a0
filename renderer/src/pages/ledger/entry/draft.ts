import type { MethodInput } from '../../../../../electron/shared/contract'
import type { AccountRow } from '../../../../../electron/shared/contract/ledgers'
import type { VoucherView } from '../../../../../electron/shared/contract/vouchers'
import type { FundNature, SpendType } from '../../../../../electron/shared/ledger-terms'
import { amountText, fenOf } from '../../../components/AmountInput'

/** One line of the voucher being entered; amounts stay as typed until they are sent. */
export interface DraftLine {
  key: number
  summary: string
  accountId: number | null
  debit: string
  credit: string
  fundNature: FundNature | null
  spendType: SpendType | null
  projectId: number | null
  counterpart: string
}

export type Side = 'debit' | 'credit'
export type LineInput = MethodInput<'vouchers.create'>['lines'][number]

let nextKey = 1
export function blankLine(summary = ''): DraftLine {
  return { key: nextKey++, summary, accountId: null, debit: '', credit: '', fundNature: null, spendType: null, projectId: null, counterpart: '' }
}

/** A fresh voucher shows a few empty lines, as the paper form does; empty ones are not saved. */
export const BLANK_LINES = 4
export const blankLines = (n = BLANK_LINES) => Array.from({ length: n }, () => blankLine())

/** A line with neither an account nor an amount is a left-over row, not a line of the voucher. */
export function isBlank(line: DraftLine): boolean {
  return line.accountId === null && !fenOf(line.debit) && !fenOf(line.credit)
}

export interface Totals {
  debit: number
  credit: number
  /** Lines (1-based) whose amount text is not an amount. */
  invalid: number[]
}

export function totalsOf(lines: DraftLine[]): Totals {
  const totals: Totals = { debit: 0, credit: 0, invalid: [] }
  lines.forEach((line, i) => {
    const debit = fenOf(line.debit)
    const credit = fenOf(line.credit)
    if (debit === null || credit === null) totals.invalid.push(i + 1)
    totals.debit += debit ?? 0
    totals.credit += credit ?? 0
  })
  return totals
}

/** “=” in a cell: the amount this cell needs so that the voucher's debits equal its credits. */
export function balancingAmount(lines: DraftLine[], index: number, side: Side): number {
  // This line's own amounts do not count: the cell replaces them (and the other side is emptied).
  const totals = totalsOf(lines.filter((_, i) => i !== index))
  return side === 'debit' ? totals.credit - totals.debit : totals.debit - totals.credit
}

/** Clears the 辅助核算 an account does not take (the core would ignore them anyway). */
export function fitToAccount(line: DraftLine, account: AccountRow | undefined): DraftLine {
  const spendType = account?.needsSpendType ? line.spendType : null
  return {
    ...line,
    fundNature: account?.needsFundNature ? line.fundNature : null,
    spendType,
    projectId: spendType === 'project' ? line.projectId : null,
  }
}

export function toLineInput(line: DraftLine): LineInput {
  return {
    summary: line.summary.trim(),
    accountId: line.accountId ?? 0,
    debit: fenOf(line.debit) ?? 0,
    credit: fenOf(line.credit) ?? 0,
    fundNature: line.fundNature,
    spendType: line.spendType,
    projectId: line.projectId,
    counterpart: line.counterpart.trim() || null,
  }
}

type StoredLine = Omit<LineInput, 'debit' | 'credit'> & { debit?: number; credit?: number }

/** Lines of a saved voucher or a 常用凭证, back into editable rows. */
export function fromStored(lines: StoredLine[]): DraftLine[] {
  return lines.map((l) => ({
    ...blankLine(l.summary),
    accountId: l.accountId,
    debit: amountText(l.debit ?? 0),
    credit: amountText(l.credit ?? 0),
    fundNature: l.fundNature ?? null,
    spendType: l.spendType ?? null,
    projectId: l.projectId ?? null,
    counterpart: l.counterpart ?? '',
  }))
}

export function fromView(view: VoucherView): DraftLine[] {
  return fromStored(view.lines)
}
