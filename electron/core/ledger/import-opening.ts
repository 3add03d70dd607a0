import { AppError } from '../../shared/errors'
import { prepared } from '../api/types'
import { RowProblems, decodeUpload } from '../excel/problems'
import { cellFen, cellText, readRows, type SheetRow } from '../excel/sheet'
import { ledgerFor } from './access'
import { chartOf } from './accounts'
import { openingEntryProblems, openingHandlers } from './opening'

/** The published opening-balance template (README): keep these names stable. */
export const OPENING_COLUMNS = ['科目编码', '借方余额', '贷方余额', '本年累计借方', '本年累计贷方'] as const
/** Workbooks made from the earlier three-column template still import (累计 then 0). */
const REQUIRED_COLUMNS = OPENING_COLUMNS.slice(0, 3)

export const importOpening = prepared<'import.openingBalances', SheetRow[]>(
  (_ctx, input) => readRows(decodeUpload(input.content), [...REQUIRED_COLUMNS]),
  (ctx, input, rows) => {
    const ledger = ledgerFor(ctx, input.ledgerId, ['accountant'])
    const chart = new Map(chartOf(ctx.core, ledger.id).map((a) => [a.code, a]))
    const problems = new RowProblems()
    const seen = new Map<string, number>()
    const entries = rows.flatMap((row) => {
      const code = cellText(row.get('科目编码'))
      const debit = cellFen(row.get('借方余额'))
      const credit = cellFen(row.get('贷方余额'))
      const ytdDebit = cellFen(row.get('本年累计借方'))
      const ytdCredit = cellFen(row.get('本年累计贷方'))
      const account = chart.get(code)
      if (!account) problems.add(row.rowNumber, `科目编码“${code}”不存在`, '科目编码')
      else if (!account.isLeaf) problems.add(row.rowNumber, `科目 ${code} ${account.name} 有下级科目，请在明细科目填写`, '科目编码')
      if (debit === null || credit === null || ytdDebit === null || ytdCredit === null) {
        problems.add(row.rowNumber, '金额无效（最多两位小数）')
        return []
      }
      const entry = { accountCode: code, debit, credit, ytdDebit, ytdCredit }
      if (debit !== 0 && credit !== 0) problems.add(row.rowNumber, '借方余额和贷方余额只能填写一个')
      if (account?.isLeaf) for (const p of openingEntryProblems(ledger, account, entry)) problems.add(row.rowNumber, p)
      if (seen.has(code)) problems.add(row.rowNumber, `科目 ${code} 与第 ${seen.get(code)} 行重复`, '科目编码')
      seen.set(code, row.rowNumber)
      return account ? [entry] : []
    })
    problems.throwIfAny('期初余额')
    const set = openingHandlers['opening.set']
    if (typeof set !== 'function') throw new AppError('INTERNAL', 'opening.set 不是同步处理函数')
    const totals = set(ctx, { ledgerId: ledger.id, entries })
    ctx.audit.summary = `从 ${input.fileName} 导入 ${entries.length} 个科目的期初余额；合计借方 ${totals.totalDebit} 分，贷方 ${totals.totalCredit} 分`
    return { accounts: entries.length, ...totals }
  },
)
