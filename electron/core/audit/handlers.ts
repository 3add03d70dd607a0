// audit/: the append-only audit log. service.ts writes one row per write (inside the write's transaction);
// this file serves the log's queries and filters. Triggers in the migrations refuse any update or delete,
// so not even the core can rewrite history.
import type { HandlerMap } from '../api/types'
import { listAudit } from './service'

export const auditHandlers: HandlerMap<'audit.list'> = {
  'audit.list': (ctx, input) => listAudit(ctx.core, input),
}
