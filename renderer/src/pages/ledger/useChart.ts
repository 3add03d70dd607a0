import { useMemo } from 'react'
import type { AccountRow } from '../../../../electron/shared/contract/ledgers'
import { useCall } from '../../hooks/useCall'

export interface AccountOption {
  value: number
  label: string
  /** Code, full name and the 助记码 of the account and its parents, upper-case, for searching. */
  search: string
  code: string
}

export interface Chart {
  accounts: AccountRow[]
  byId: Map<number, AccountRow>
  /** What a voucher line may use: enabled accounts without sub-accounts. */
  leafOptions: AccountOption[]
  /** Every account, for filters (a parent finds its detail accounts' lines too). */
  allOptions: AccountOption[]
}

export const accountLabel = (a: AccountRow) => `${a.code} ${a.fullName}`

function buildChart(accounts: AccountRow[]): Chart {
  const byCode = new Map(accounts.map((a) => [a.code, a]))
  const option = (a: AccountRow): AccountOption => {
    const mnemonics: string[] = []
    for (let code: string | null = a.code; code; code = byCode.get(code)?.parentCode ?? null) mnemonics.push(byCode.get(code)?.mnemonic ?? '')
    return { value: a.id, label: accountLabel(a), code: a.code, search: `${a.fullName} ${mnemonics.join(' ')}`.toUpperCase() }
  }
  return {
    accounts,
    byId: new Map(accounts.map((a) => [a.id, a])),
    leafOptions: accounts.filter((a) => a.isLeaf && a.enabled).map(option),
    allOptions: accounts.map(option),
  }
}

/** The account cell's search: a code prefix, part of the name, or 助记码 (pinyin initials, e.g. YHCK). */
export function matchAccount(input: string, option?: Pick<AccountOption, 'code' | 'search'>): boolean {
  const q = input.trim().toUpperCase()
  if (!option || !q) return true
  return option.code.startsWith(q) || option.search.includes(q)
}

/** The 账套's chart (accounts.list), with the lookups and options the ledger screens share. */
export function useChart(ledgerId: number) {
  const state = useCall('accounts.list', { ledgerId })
  const chart = useMemo(() => buildChart(state.data ?? []), [state.data])
  return { ...state, chart }
}
