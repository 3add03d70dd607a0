/**
 * 银行对账: bank accounts of a 账套 (each linked to a 102 leaf), statement imports with saved column
 * mappings, automatic and manual matching against the posted 102 lines, 期初未达账项 and the
 * 银行存款余额调节表 on screen and in Excel. Nothing here writes vouchers.
 */
import type { HandlerMap } from '../api/types'
import { bankAccountHandlers } from './accounts'
import { importStatement } from './import'
import { bankItemHandlers } from './items'
import { exportReconciliation, reconciliationHandler } from './reconcile'

export const bankHandlers: HandlerMap<
  | 'bank.accounts'
  | 'bank.saveAccount'
  | 'bank.mappings'
  | 'bank.saveMapping'
  | 'bank.deleteAccount'
  | 'bank.journal'
  | 'bank.importStatement'
  | 'bank.addOpening'
  | 'bank.items'
  | 'bank.autoMatch'
  | 'bank.match'
  | 'bank.unmatch'
  | 'bank.reconciliation'
  | 'bank.exportReconciliation'
> = {
  ...bankAccountHandlers,
  ...bankItemHandlers,
  'bank.importStatement': importStatement,
  'bank.reconciliation': reconciliationHandler,
  'bank.exportReconciliation': exportReconciliation,
}
