// funding/: the 街镇's 经费保障 plan for its 小二级 — the plan by basis (plan.ts), 按职工数分配, syncing it into
// the 508/403 budget lines (sync.ts), plan against the 上代下 transfers actually made (actual.ts), and the
// per-小二级 facts the scorecard's funding rule reads (facts.ts). Every read starts from the 街镇 账套.
import type { HandlerMap } from '../api/types'
import { fundingActualHandlers } from './actual'
import { fundingPlanHandlers } from './plan'
import { fundingSyncHandlers } from './sync'

export const fundingHandlers: HandlerMap<'funding.streets' | 'funding.get' | 'funding.save' | 'funding.allocate' | 'funding.sync' | 'funding.vsActual'> = {
  ...fundingPlanHandlers,
  ...fundingSyncHandlers,
  ...fundingActualHandlers,
}
