import type { MethodName } from '../../shared/contract'
import { auditHandlers } from '../audit/handlers'
import { authHandlers } from '../auth/handlers'
import { usersHandlers } from '../auth/users'
import { backupHandlers } from '../backup/handlers'
import { systemHandlers } from '../system/handlers'
import { accountsHandlers } from '../ledger/accounts'
import { balancesHandlers } from '../ledger/balances'
import { ledgersHandlers } from '../ledger/ledgers'
import { openingHandlers } from '../ledger/opening'
import { periodsHandlers } from '../ledger/periods'
import { templatesHandlers } from '../ledger/templates'
import { voucherQueryHandlers } from '../ledger/voucher-queries'
import { voucherWorkflowHandlers } from '../ledger/voucher-workflow'
import { voucherEntryHandlers } from '../ledger/vouchers'
import { yearsHandlers } from '../ledger/years'
import { importHandlers } from '../ledger/import'
import { templateHandlers } from '../excel/templates'
import { registryHandlers } from '../registry/handlers'
import type { HandlerMap } from './types'
import { reportsHandlers } from '../reports/handlers'
import { budgetHandlers } from '../budget/handlers'
import { transfersHandlers } from '../transfers/handlers'
import { fundingHandlers } from '../funding/handlers'
import { claimsHandlers } from '../reimbursement/handlers'
import { rulesHandlers } from '../rules/handlers'
import { levyHandlers } from '../levy/handlers'
import { yearendHandlers } from '../yearend/handlers'
import { bankHandlers } from '../bank/handlers'
import { assetsHandlers } from '../assets/handlers'
import { homeHandlers } from '../home/todo'

/** Every contract method has exactly one handler; tsc fails if one is missing. */
export const handlers: HandlerMap<MethodName> = {
  ...systemHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...backupHandlers,
  ...auditHandlers,
  ...ledgersHandlers,
  ...accountsHandlers,
  ...templatesHandlers,
  ...openingHandlers,
  ...voucherEntryHandlers,
  ...voucherWorkflowHandlers,
  ...voucherQueryHandlers,
  ...periodsHandlers,
  ...yearsHandlers,
  ...balancesHandlers,
  ...importHandlers,
  ...reportsHandlers,
  ...templateHandlers,
  ...registryHandlers,
  ...budgetHandlers,
  ...yearendHandlers,
  ...transfersHandlers,
  ...fundingHandlers,
  ...claimsHandlers,
  ...rulesHandlers,
  ...levyHandlers,
  ...bankHandlers,
  ...assetsHandlers,
  ...homeHandlers,
}
