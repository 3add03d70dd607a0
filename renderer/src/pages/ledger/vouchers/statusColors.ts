import type { VoucherStatus } from '../../../../../electron/shared/ledger-terms'

export const STATUS_COLORS: Record<VoucherStatus, string> = { draft: 'default', reviewed: 'processing', posted: 'success' }
