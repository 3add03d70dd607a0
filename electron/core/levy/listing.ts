import type { LevyEntry } from '../../shared/contract/levy'
import type { LevyChannel, LevyRuleKind } from '../../shared/levy-terms'
import type { Core } from '../app'
import { periodStr } from './facts'
import { ruleText } from './rules'

/** The imports of a 街镇 账套, newest first, with how many rows still wait for an enterprise. */
export function importRows(core: Core, ledgerId: number) {
  return (
    core.sqlite
      .prepare(
        `SELECT i.id, i.period, i.file_name AS fileName, i.amount, i.entry_date AS entryDate, i.created_at AS createdAt,
                (SELECT count(*) FROM levy_entries e WHERE e.import_id = i.id) AS rows,
                (SELECT count(*) FROM levy_entries e WHERE e.import_id = i.id AND e.enterprise_id IS NULL) AS unmatched,
                (SELECT v.word || '-' || v.number FROM vouchers v WHERE v.id = i.voucher_id) AS voucherLabel
         FROM levy_imports i WHERE i.ledger_id = ? ORDER BY i.id DESC`,
      )
      .all(ledgerId) as {
      id: number
      period: number
      fileName: string
      amount: number
      entryDate: string
      createdAt: string
      rows: number
      unmatched: number
      voucherLabel: string | null
    }[]
  ).map((r) => ({ ...r, period: periodStr(r.period) }))
}

/** 台账 rows of a year (or of one import), each with the rule that applied and its shares. */
export function entryRows(core: Core, ledgerId: number, q: { year: number; importId?: number; unmatchedOnly: boolean }): LevyEntry[] {
  const rows = core.sqlite
    .prepare(
      `SELECT e.*, en.name AS enterpriseName, u.name AS recipient, r.kind AS ruleKind, r.effective_from AS ruleFrom,
              (SELECT v.word || '-' || v.number FROM vouchers v WHERE v.id = e.voucher_id) AS voucherLabel
       FROM levy_entries e LEFT JOIN enterprises en ON en.id = e.enterprise_id LEFT JOIN unions u ON u.id = e.recipient_id
         LEFT JOIN levy_rules r ON r.id = e.rule_id
       WHERE e.ledger_id = ? AND (? IS NOT NULL AND e.import_id = ? OR ? IS NULL AND e.period BETWEEN ? AND ?)
         AND (? = 0 OR e.enterprise_id IS NULL)
       ORDER BY e.period, e.import_id, e.row_number`,
    )
    .all(ledgerId, q.importId ?? null, q.importId ?? null, q.importId ?? null, q.year * 100 + 1, q.year * 100 + 12, q.unmatchedOnly ? 1 : 0) as Record<string, never>[]
  return rows.map((r) => ({
    id: r.id,
    importId: r.import_id,
    rowNumber: r.row_number,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterpriseName,
    fileName: r.file_name,
    fileUscc: r.file_uscc,
    period: periodStr(r.period),
    channel: r.channel as LevyChannel,
    payroll: r.payroll,
    due: r.due,
    paid: r.paid,
    returned: r.returned,
    entryDate: r.entry_date,
    prep: Boolean(r.prep),
    recipient: r.recipient,
    rule: r.ruleKind
      ? ruleText({ kind: r.ruleKind as LevyRuleKind, effectiveFrom: r.ruleFrom, upperBp: r.upper_bp, streetBp: r.street_bp, lowerBp: r.lower_bp, feeBp: r.fee_bp })
      : r.prep
        ? '建会筹备金（全额暂存 215）'
        : null,
    upperBp: r.upper_bp,
    streetBp: r.street_bp,
    lowerBp: r.lower_bp,
    feeBp: r.fee_bp,
    streetAmount: r.street_amount,
    lowerAmount: r.lower_amount,
    prepAmount: r.prep_amount,
    voucherLabel: r.voucherLabel,
  }))
}
