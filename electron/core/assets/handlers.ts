/**
 * 固定资产: cards with the 附录2 classes, lives and thresholds, import and the register, acquisition
 * and disposal vouchers (with the 30104 资产基金 mirror), monthly depreciation and the 账实 tie-out.
 * Vouchers are drafts written through the ledger's own checks, reviewed and posted as usual.
 */
import type { HandlerMap } from '../api/types'
import { cardHandlers } from './cards'
import { changeHandlers } from './changes'
import { countHandlers } from './count'
import { depreciationHandlers } from './depreciation'
import { importAssets } from './import'
import { registerHandlers } from './register'

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
> = {
  ...cardHandlers,
  ...changeHandlers,
  ...depreciationHandlers,
  ...registerHandlers,
  ...countHandlers,
  'assets.import': importAssets,
}
