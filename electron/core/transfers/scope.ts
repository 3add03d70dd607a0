import type { StreetLedger } from '../../shared/contract/funding'
import { AppError } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { HandlerContext } from '../api/types'
import type { Core } from '../app'
import { ledgerFor, type LedgerRecord } from '../ledger/access'

export type XiaoerjiLedger = StreetLedger['xiaoerji'][number]

/**
 * The 账套 whose union is a 街镇总工会, each with the 小二级 hanging under that union and the 账套 kept
 * for each (the first by id, should an office have opened two). Every 小二级 is listed, deregistered
 * ones included, so old transfers still find their partner.
 */
export function streetLedgers(core: Core): StreetLedger[] {
  const streets = core.sqlite
    .prepare(
      `SELECT l.id AS ledgerId, l.code, l.name, u.id AS unionId, u.name AS unionName
       FROM ledgers l JOIN unions u ON u.id = l.union_id WHERE u.type = 'street' ORDER BY l.code`,
    )
    .all() as Omit<StreetLedger, 'xiaoerji'>[]
  const below = core.sqlite.prepare(
    `SELECT u.id AS unionId, u.code, u.name,
            (SELECT l.id FROM ledgers l WHERE l.union_id = u.id ORDER BY l.id LIMIT 1) AS ledgerId,
            (SELECT l.name FROM ledgers l WHERE l.union_id = u.id ORDER BY l.id LIMIT 1) AS ledgerName
     FROM unions u WHERE u.parent_id = ? AND u.type = 'xiaoerji' ORDER BY u.code`,
  )
  return streets.map((s) => ({ ...s, xiaoerji: below.all(s.unionId) as XiaoerjiLedger[] }))
}

export interface StreetScope {
  ledger: LedgerRecord
  street: StreetLedger
}

/** Load a 街镇 账套 the caller holds one of these roles in; a 账套 of any other union is refused. */
export function streetFor(ctx: HandlerContext, ledgerId: number, roles: readonly Role[]): StreetScope {
  const ledger = ledgerFor(ctx, ledgerId, roles)
  const street = streetLedgers(ctx.core).find((s) => s.ledgerId === ledgerId)
  if (!street) {
    throw new AppError('VALIDATION', `账套“${ledger.name}”未关联到街镇总工会，请先在“账套管理”中将其所属工会设为街镇总工会`, {
      fields: { ledgerId: '不是街镇总工会的账套' },
    })
  }
  return { ledger, street }
}
