import { officeDay, officeDayBounds } from '../../shared/office-time'
import { CLAIM_STATUS_LABELS, MONEY_PATTERN_LABELS } from '../../shared/budget-terms'
import { CLAIM_ROLES, holdsClaimRole } from '../../shared/claim-access'
import type { ClaimFilter, ClaimRow } from '../../shared/contract/claims'
import { prepared, type HandlerMap } from '../api/types'
import type { Core } from '../app'
import { printableWorkbook, SIGNATURES, type PrintValue } from '../excel/printable'
import { streetName } from '../registry/tree'
import { timeZoneOf, todayOf } from '../system/time'
import { assertClaimFilter, ledgerRecord } from './access'

type Filter = Partial<ClaimFilter> & { ids?: number[] }

/**
 * The 报账登记簿 in one grouped query: totals and counts are summed in SQL. Dates filter on the day
 * the claim was made in the office's zone (stored instants are UTC).
 */
export function claimRows(core: Core, f: Filter): ClaimRow[] {
  const where: string[] = []
  const args: unknown[] = []
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause)
    args.push(...values)
  }
  if (f.ids) add(`c.id IN (${f.ids.map(() => '?').join(', ') || 'NULL'})`, ...f.ids)
  if (f.ledgerId) add('c.ledger_id = ?', f.ledgerId)
  if (f.unionId) add('c.union_id = ?', f.unionId)
  if (f.status) add('c.status = ?', f.status)
  const timeZone = timeZoneOf(core)
  const bounds = officeDayBounds(f.from, f.to, timeZone)
  if (bounds.from) add('c.created_at >= ?', bounds.from)
  if (bounds.to) add('c.created_at < ?', bounds.to)
  if (f.text) add('(c.number LIKE ? OR c.title LIKE ? OR u.name LIKE ?)', ...Array(3).fill(`%${f.text}%`))
  const rows = core.sqlite
    .prepare(
      `SELECT c.id, c.ledger_id AS ledgerId, l.name AS ledgerName, c.union_id AS unionId, u.name AS unionName, c.number, c.title,
              c.status, c.pay_from AS payFrom, c.created_at AS createdAt, c.voucher_id AS voucherId,
              coalesce((SELECT sum(cl.amount) FROM claim_lines cl WHERE cl.claim_id = c.id), 0) AS total,
              (SELECT count(*) FROM claim_lines cl WHERE cl.claim_id = c.id) AS lineCount,
              (SELECT count(*) FROM claim_attachments ca WHERE ca.claim_id = c.id) AS attachmentCount,
              us.display_name AS createdBy, v.word || '-' || v.number AS voucherLabel
       FROM claims c JOIN ledgers l ON l.id = c.ledger_id JOIN users us ON us.id = c.created_by
       LEFT JOIN unions u ON u.id = c.union_id LEFT JOIN vouchers v ON v.id = c.voucher_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.created_at DESC, c.id DESC`,
    )
    .all(...args) as (Omit<ClaimRow, 'createdOn'> & { createdAt: string })[]
  return rows.map(({ createdAt, ...r }) => ({ ...r, createdOn: officeDay(createdAt, timeZone) }))
}

const HEADERS = ['报账单号', '日期', '账套', '工会组织', '事由', '状态', '付款方式', '明细', '附件', '金额（元）', '凭证号', '经办人']

export const registerHandlers: HandlerMap<'claims.export'> = {
  'claims.export': prepared<'claims.export', Buffer>(
    async (ctx, input) => {
      assertClaimFilter(ctx, input)
      const rows = claimRows(ctx.core, input).filter((r) => holdsClaimRole(ctx.user!.assignments, r, CLAIM_ROLES))
      const cells: PrintValue[][] = rows.map((r) => [
        r.number,
        r.createdOn,
        r.ledgerName,
        r.unionName,
        r.title,
        CLAIM_STATUS_LABELS[r.status],
        MONEY_PATTERN_LABELS[r.payFrom],
        r.lineCount,
        r.attachmentCount,
        r.total,
        r.voucherLabel,
        r.createdBy,
      ])
      cells.push(['合计', null, null, null, `${rows.length} 张`, null, null, null, null, rows.reduce((s, r) => s + r.total, 0), null, null])
      const org = input.ledgerId ? ledgerRecord(ctx.core, input.ledgerId).orgName || streetName(ctx.core) : streetName(ctx.core)
      return printableWorkbook([{ name: '报账登记簿', title: '报账登记簿', headers: HEADERS, rows: cells, money: [9], footer: [SIGNATURES] }], org, todayOf(ctx.core))
    },
    (_ctx, _input, buffer) => ({ fileName: 'UnionDesk-报账登记簿.xlsx', content: buffer.toString('base64') }),
  ),
}
