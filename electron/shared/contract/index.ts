import type { z } from 'zod'
import { auditContract } from './audit'
import { authContract } from './auth'
import { backupContract } from './backup'
import { systemContract } from './system'
import { usersContract } from './users'
import { ledgersContract } from './ledgers'
import { periodsContract } from './periods'
import { templatesContract } from './templates'
import { vouchersContract } from './vouchers'
import { importsContract } from './imports'
import { reportsContract } from './reports'
import { booksContract } from './books'
import { registryContract } from './registry'
import { registryRecordsContract } from './registry-records'
import { registryReportsContract } from './registry-reports'
import { budgetContract } from './budget'
import { transfersContract } from './transfers'
import { fundingContract } from './funding'
import { claimsContract } from './claims'
import { rulesContract } from './rules'
import { levyContract } from './levy'
import { yearendContract } from './yearend'
import { bankAccountContract, bankContract } from './bank'
import { assetCountContract, assetMoreContract, assetsContract } from './assets'
import { homeContract } from './home'
import { voucherSummaryContract } from './voucher-summary'

/** The one API contract: method name → input schema → result schema. Both transports serve exactly this. */
export const contract = {
  ...systemContract,
  ...authContract,
  ...usersContract,
  ...backupContract,
  ...auditContract,
  ...ledgersContract,
  ...vouchersContract,
  ...templatesContract,
  ...periodsContract,
  ...importsContract,
  ...reportsContract,
  ...booksContract,
  ...registryContract,
  ...registryRecordsContract,
  ...registryReportsContract,
  ...budgetContract,
  ...transfersContract,
  ...fundingContract,
  ...claimsContract,
  ...rulesContract,
  ...levyContract,
  ...yearendContract,
  ...bankContract,
  ...bankAccountContract,
  ...assetsContract,
  ...assetCountContract,
  ...assetMoreContract,
  ...homeContract,
  ...voucherSummaryContract,
}

export type Contract = typeof contract
export type MethodName = keyof Contract
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodResult<M extends MethodName> = z.output<Contract[M]['output']>

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name)
}
