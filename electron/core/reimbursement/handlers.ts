import type { HandlerMap } from '../api/types'
import { attachmentHandlers } from './attachments'
import { claimEntryHandlers } from './claims'
import { claimOptionHandlers } from './options'
import { paymentHandlers } from './payment'
import { registerHandlers } from './register'
import { claimReversalHandlers } from './reverse'
import { claimWorkflowHandlers } from './workflow'

type ClaimMethod = Extract<import('../../shared/contract').MethodName, `claims.${string}`>

/** 报账审批: every claims.* method. */
export const claimsHandlers: HandlerMap<ClaimMethod> = {
  ...claimOptionHandlers,
  ...claimEntryHandlers,
  ...claimWorkflowHandlers,
  ...paymentHandlers,
  ...claimReversalHandlers,
  ...attachmentHandlers,
  ...registerHandlers,
}
