/**
 * 经费收缴 (levy/): the 经费收缴台账 of a 街镇 账套 — 返拨明细 import and enterprise matching, date-effective
 * 分成比例, vouchers from the 台账, 欠缴 and 建会筹备金, and the 经费收缴情况表 (screen, Excel, CLI).
 * Reference §4 entries 3 and 9, §8 and §11.2; the 汇总's side of the levy lives in reports/eliminations.ts.
 */
import { and, eq, isNull } from 'drizzle-orm'
import { levyEntries, levyNameMaps } from '../../../drizzle/schema'
import { AppError } from '../../shared/errors'
import type { HandlerMap } from '../api/types'
import { arrearsOf } from './arrears'
import { matchedFields } from './entries'
import { entryRows, importRows } from './listing'
import { foundUnion } from './found'
import { importLevyReturns } from './import'
import { exportLevyRegister, levyReport } from './report'
import { levySettingsOf, ruleHandlers } from './rules'
import { KEEP, READ, levyLedger } from './scope'
import { generateFor, importsToBook } from './vouchers'

export const levyHandlers: HandlerMap<
  | 'levy.rules'
  | 'levy.setRule'
  | 'levy.deleteRule'
  | 'levy.settings'
  | 'levy.saveSettings'
  | 'levy.import'
  | 'levy.imports'
  | 'levy.entries'
  | 'levy.map'
  | 'levy.generate'
  | 'levy.arrears'
  | 'levy.found'
  | 'levy.report'
  | 'levy.export'
> = {
  ...ruleHandlers,
  'levy.import': importLevyReturns,
  'levy.imports': (ctx, input) => importRows(ctx.core, levyLedger(ctx, input.ledgerId, READ).id),
  'levy.entries': (ctx, input) => entryRows(ctx.core, levyLedger(ctx, input.ledgerId, READ).id, input),

  /**
   * The clerk names the enterprise of an unmatched row; the mapping is remembered for the 账套, so the
   * same name matches by itself next time, and every open row of that name in the 台账 is matched now.
   */
  'levy.map': (ctx, input) => {
    const ledger = levyLedger(ctx, input.ledgerId, KEEP)
    const entry = ctx.core.db
      .select()
      .from(levyEntries)
      .where(and(eq(levyEntries.id, input.entryId), eq(levyEntries.ledgerId, ledger.id)))
      .get()
    if (!entry) throw new AppError('NOT_FOUND', `台账行（编号 ${input.entryId}）不存在`)
    if (entry.enterpriseId !== null) throw new AppError('CONFLICT', `第 ${entry.rowNumber} 行“${entry.fileName}”已对应企业`)
    const settings = levySettingsOf(ctx.core, ledger.id)
    ctx.core.db
      .insert(levyNameMaps)
      .values({ ledgerId: ledger.id, fileName: entry.fileName, enterpriseId: input.enterpriseId })
      .onConflictDoUpdate({ target: [levyNameMaps.ledgerId, levyNameMaps.fileName], set: { enterpriseId: input.enterpriseId } })
      .run()
    const open = ctx.core.db
      .select()
      .from(levyEntries)
      .where(and(eq(levyEntries.ledgerId, ledger.id), eq(levyEntries.fileName, entry.fileName), isNull(levyEntries.enterpriseId)))
      .all()
    for (const row of open) {
      const fields = matchedFields(ctx.core, ledger.id, settings, input.enterpriseId, row)
      if (typeof fields === 'string') throw new AppError('VALIDATION', `第 ${row.rowNumber} 行“${row.fileName}”：${fields}`, { fields: { enterpriseId: fields } })
      ctx.core.db.update(levyEntries).set(fields).where(eq(levyEntries.id, row.id)).run()
    }
    ctx.audit.targets = [`ledger:${ledger.id}`, `enterprise:${input.enterpriseId}`]
    ctx.audit.summary = `返拨明细企业对应：“${entry.fileName}” → 企业 ${input.enterpriseId}，${open.length} 行`
    return { mapped: open.length }
  },

  'levy.generate': (ctx, input) => {
    const ledger = levyLedger(ctx, input.ledgerId, KEEP)
    const vouchers = generateFor(ctx, ledger.id, importsToBook(ctx, ledger.id, input))
    ctx.audit.targets = [`ledger:${ledger.id}`, ...vouchers.map((v) => `voucher:${v.voucherId}`)]
    ctx.audit.summary = `生成经费收缴凭证 ${vouchers.map((v) => `${v.ledgerCode} ${v.label}`).join('、')}`
    return { vouchers }
  },
  'levy.arrears': (ctx, input) => arrearsOf(ctx.core, levyLedger(ctx, input.ledgerId, READ).id, input.year, input.to),
  'levy.found': (ctx, input) => foundUnion(ctx, levyLedger(ctx, input.ledgerId, KEEP), input.enterpriseId, input.date),
  'levy.report': (ctx, input) => levyReport(ctx.core, levyLedger(ctx, input.ledgerId, READ), input),
  'levy.export': exportLevyRegister,
}
