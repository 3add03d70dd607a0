// reimbursement/: 报账 claims — lines, invoices, attachments, the workflow 草稿 → 已提交 → 已审批 → 已审核 →
// 已付款 (workflow.ts), budget control (control.ts), payment writing and posting the voucher (payment.ts) and
// the claims register. Who may act at each step is in shared/claim-access.ts.
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
