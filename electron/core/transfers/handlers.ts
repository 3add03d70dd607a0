// transfers/: 上代下 — one action writes both 账套's vouchers (create.ts, legs.ts: subsidy 508↔403, levy
// relay 212↔402, pooled money 135↔215), the pairs and 内部往来核对 (pairs.ts, reconcile.ts) and their export.
// Every read starts from the 街镇 账套 (scope.ts).
import { LEDGER_READERS } from '../../shared/contract/ledgers'
import type { HandlerMap } from '../api/types'
import { transferHandlers } from './create'
import { exportTransfers } from './export'
import { transferPairs } from './pairs'
import { reconcile } from './reconcile'
import { streetFor } from './scope'

/** 上代下 transfers: the 街镇 账套 is the entry point of every read. */
export const transfersHandlers: HandlerMap<'transfers.create' | 'transfers.reverse' | 'transfers.cancel' | 'transfers.list' | 'transfers.reconcile' | 'transfers.export'> = {
  ...transferHandlers,
  'transfers.list': (ctx, input) =>
    transferPairs(ctx.core, streetFor(ctx, input.ledgerId, LEDGER_READERS).ledger.id, input.from, input.to).map(({ issues: _issues, ...row }) => row),
  'transfers.reconcile': (ctx, input) => reconcile(ctx.core, streetFor(ctx, input.ledgerId, LEDGER_READERS), input.from, input.to),
  'transfers.export': exportTransfers,
}
