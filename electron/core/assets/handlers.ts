/**
 * 固定资产: cards with the 附录2 classes, lives and thresholds, import and the register, acquisition (or a
 * paid 报账单 line), 重估 and disposal vouchers (with the 30104 资产基金 mirror), monthly depreciation, the 账实 tie-out and 工会附02表.
 * Vouchers are drafts written through the ledger's own checks, reviewed and posted as usual.
 */
import type { HandlerMap } from '../api/types'
import { cardHandlers } from './cards'
import { changeHandlers } from './changes'
import { countHandlers } from './count'
import { depreciationHandlers } from './depreciation'
import { fromClaimHandlers } from './from-claim'
import { importAssets } from './import'
import { registerHandlers } from './register'
import { stateReportHandlers } from './state-report'

export const assetsHandlers: HandlerMap<
  | 'assets.register'
  | 'assets.get'
  | 'assets.save'
  | 'assets.acquire'
  | 'assets.import'
  | 'assets.export'
  | 'assets.depreciate'
  | 'assets.transfer'
  | 'assets.dispose'
  | 'assets.check'
  | 'assets.countSheet'
  | 'assets.importCount'
  | 'assets.claimLines'
  | 'assets.fromClaim'
  | 'assets.revalue'
  | 'assets.stateReport'
  | 'assets.exportStateReport'
> = {
  ...cardHandlers,
  ...changeHandlers,
  ...depreciationHandlers,
  ...registerHandlers,
  ...countHandlers,
  ...fromClaimHandlers,
  ...stateReportHandlers,
  'assets.import': importAssets,
}
