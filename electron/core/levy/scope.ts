import { LEDGER_KEEPERS, LEDGER_READERS } from '../../shared/contract/ledgers'
import type { Role } from '../../shared/roles'
import type { HandlerContext } from '../api/types'
import type { LedgerRecord } from '../ledger/access'
import { streetFor } from '../transfers/scope'

export const READ = LEDGER_READERS
export const KEEP = LEDGER_KEEPERS

/** The 台账 belongs to a 街镇 账套: it receives the 区's return and relays the 小二级 shares. */
export const levyLedger = (ctx: HandlerContext, ledgerId: number, roles: readonly Role[]): LedgerRecord => streetFor(ctx, ledgerId, roles).ledger
