import type { HandlerMap } from '../api/types'
import { listAudit } from './service'

export const auditHandlers: HandlerMap<'audit.list'> = {
  'audit.list': (ctx, input) => listAudit(ctx.core, input),
}
