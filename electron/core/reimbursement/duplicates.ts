import type Database from 'better-sqlite3'
import type { RuleFinding } from '../../shared/contract/claims'
import { AppError } from '../../shared/errors'
import type { Core } from '../app'

/**
 * 发票查重: an invoice — (发票代码, 发票号码) of a paper invoice, or the 20-digit 全电发票号码 alone — may be
 * claimed once. A claim counts from submission until it is 已冲销 (a draft claims nothing yet; a reversed
 * claim gave its money back, so the invoice may be claimed again). The same scan (same SHA-256) on two
 * claims is only flagged: one receipt photo may honestly serve two events.
 */
const LIVE = `o.status NOT IN ('draft', 'reversed')`

interface InvoiceClash {
  lineNo: number
  invoiceCode: string | null
  invoiceNo: string
  other: string
}

export const invoiceText = (code: string | null, no: string) => (code ? `发票代码 ${code} 号码 ${no}` : `发票号码 ${no}`)

export function invoiceClashes(core: Core, claimId: number): InvoiceClash[] {
  return core.sqlite
    .prepare(
      `SELECT cl.line_no AS lineNo, cl.invoice_code AS invoiceCode, cl.invoice_no AS invoiceNo, min(o.number) AS other
       FROM claim_lines cl
       JOIN claim_lines ol ON ol.invoice_no = cl.invoice_no AND ifnull(ol.invoice_code, '') = ifnull(cl.invoice_code, '') AND ol.claim_id <> cl.claim_id
       JOIN claims o ON o.id = ol.claim_id AND ${LIVE}
       WHERE cl.claim_id = ? AND cl.invoice_no IS NOT NULL
       GROUP BY cl.line_no ORDER BY cl.line_no`,
    )
    .all(claimId) as InvoiceClash[]
}

function attachmentClashes(core: Core, claimId: number): { fileName: string; other: string }[] {
  return core.sqlite
    .prepare(
      `SELECT a.file_name AS fileName, min(o.number) AS other
       FROM claim_attachments a
       JOIN claim_attachments oa ON oa.sha256 = a.sha256 AND oa.claim_id <> a.claim_id
       JOIN claims o ON o.id = oa.claim_id AND o.status <> 'reversed'
       WHERE a.claim_id = ? GROUP BY a.id ORDER BY a.id`,
    )
    .all(claimId) as { fileName: string; other: string }[]
}

const clashMessage = (c: InvoiceClash) => `第 ${c.lineNo} 行${invoiceText(c.invoiceCode, c.invoiceNo)}已在报账单 ${c.other} 中报销，不能重复报账`

/** Submission refuses an invoice another live claim carries, naming that claim and the line's field. */
export function assertInvoicesUnused(core: Core, claimId: number): void {
  const clashes = invoiceClashes(core, claimId)
  if (!clashes.length) return
  const fields = Object.fromEntries(clashes.map((c) => [`lines.${c.lineNo - 1}.invoiceNo`, `已在报账单 ${c.other} 中报销`]))
  throw new AppError('CONFLICT', clashes.map(clashMessage).join('；'), { fields })
}

/** What the claim screen shows: invoices already claimed (would block) and shared scans (a warning). */
export function duplicateFindings(core: Core, claimId: number): RuleFinding[] {
  return [
    ...invoiceClashes(core, claimId).map((c) => ({ ruleId: null, lineNo: c.lineNo, severity: 'block' as const, message: clashMessage(c) })),
    ...attachmentClashes(core, claimId).map((a) => ({
      ruleId: null,
      lineNo: null,
      severity: 'warn' as const,
      message: `附件“${a.fileName}”与报账单 ${a.other} 的附件是同一文件（SHA-256 相同），请核实是否重复报账`,
    })),
  ]
}

/** Warnings for the history when a claim moves on (the shared scans). */
export function attachmentWarnings(core: Core, claimId: number): string[] {
  return duplicateFindings(core, claimId)
    .filter((f) => f.severity === 'warn')
    .map((f) => `警告：${f.message}`)
}

/** `uniondesk check`: every invoice two live claims share and every scan on two claims, in stored data. */
export function duplicateReport(sqlite: Database.Database): string[] {
  const invoices = sqlite
    .prepare(
      `SELECT cl.invoice_code AS code, cl.invoice_no AS no, group_concat(DISTINCT o.number) AS numbers
       FROM claim_lines cl JOIN claims o ON o.id = cl.claim_id AND ${LIVE}
       WHERE cl.invoice_no IS NOT NULL
       GROUP BY cl.invoice_no, ifnull(cl.invoice_code, '') HAVING count(DISTINCT o.id) > 1`,
    )
    .all() as { code: string | null; no: string; numbers: string }[]
  const scans = sqlite
    .prepare(
      `SELECT a.sha256 AS sha, group_concat(DISTINCT o.number) AS numbers
       FROM claim_attachments a JOIN claims o ON o.id = a.claim_id AND o.status <> 'reversed'
       GROUP BY a.sha256 HAVING count(DISTINCT o.id) > 1`,
    )
    .all() as { sha: string; numbers: string }[]
  return [
    ...invoices.map((i) => `${invoiceText(i.code, i.no)} 重复报账：${i.numbers.split(',').join('、')}`),
    ...scans.map((s) => `同一附件文件（SHA-256 ${s.sha.slice(0, 12)}…）用于多张报账单：${s.numbers.split(',').join('、')}`),
  ]
}
