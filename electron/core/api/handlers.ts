import type { MethodName } from '../../shared/contract'
import { auditHandlers } from '../audit/handlers'
import { authHandlers } from '../auth/handlers'
import { usersHandlers } from '../auth/users'
import { backupHandlers } from '../backup/handlers'
import { systemHandlers } from '../system/handlers'
import type { HandlerMap } from './types'

/** Every contract method has exactly one handler; tsc fails if one is missing. */
export const handlers: HandlerMap<MethodName> = {
  ...systemHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...backupHandlers,
  ...auditHandlers,
}
