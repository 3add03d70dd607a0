import type { OpenedCore } from '../core'
import { AppError } from '../shared/errors'
import { callAs, type CliContext } from './context'

/** --ledger codes → the 账套 the router lists for this user (ledgers.list), so a code the user may not read is not found. */
export async function ledgersOf(opened: OpenedCore, ctx: CliContext, flag: unknown) {
  if (typeof flag !== 'string' || !flag) throw new AppError('VALIDATION', '请用 --ledger <账套编码>（或 all、编码,编码）指定账套')
  const visible = await callAs(opened, ctx, 'ledgers.list', {})
  const codes = flag === 'all' ? visible.map((l) => l.code) : [...new Set(flag.split(',').map((c) => c.trim()))]
  return codes.map((code) => {
    const found = visible.find((l) => l.code === code)
    if (!found) throw new AppError('NOT_FOUND', `账套编码“${code}”不存在（可用 uniondesk ledgers list 查看）`)
    return found
  })
}
