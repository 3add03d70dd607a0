import type { MethodInput, MethodResult } from '../../../electron/shared/contract'
import type { ApiResponse } from '../../../electron/shared/errors'
import { callAsync, xlsxBase64 } from '../registry/registry-helpers'
import { withCheckChar } from '../shared/uscc-helpers'
import { streetOffice } from '../transfers/transfer-helpers'
import { y } from '../ledger/ledger-helpers'

export { y }

export const HEADER = ['企业名称', '统一社会信用代码', '所属期', '工资总额', '实缴金额', '返拨金额']
export const USCC = { jia: withCheckChar('91310000000000001'), bing: withCheckChar('91310000000000003') }

/**
 * The street office of the transfer tests (JZ 街镇, 甲联合会 XA with its own bank account, 乙联合会 XB
 * 报账制 with its money pooled in the 街镇's account, 丙联合会 XC without books) plus the 台账's world:
 * JZ's 215 has a detail per purpose (21501 乙联合会 pool, 21502 建会筹备金); enterprises 甲科技 (大型,
 * 甲's), 乙贸易 (微型, 乙's), 丙餐饮 (no union: 筹备金), 丁物流 (甲's, named differently in the file) and
 * 戊制造 (甲's, never pays). Rules from 2026-01-01: 上解 30 / 本级 20 / 小二级 48 / 手续费 2; 小微企业 full return.
 */
export function levyOffice() {
  const s = streetOffice()
  const { app, tokens, unions, streetId, ledgers } = s
  app.call('unions.save', { id: unions.b, code: 'XB', name: '乙联合会', type: 'xiaoerji', parentId: streetId, scope: 'regional', accountingMode: 'reimbursement' }, app.adminToken)
  app.call('accounts.create', { ledgerId: ledgers.jz, parentCode: '215', code: '21501', name: '乙联合会' }, tokens.kj)
  app.call('accounts.create', { ledgerId: ledgers.jz, parentCode: '215', code: '21502', name: '建会筹备金' }, tokens.kj)
  const enterprise = (input: Partial<MethodInput<'enterprises.save'>> & { name: string }) =>
    app.call('enterprises.save', { year: 2026, workers: 50, hasUnion: true, xiaoerjiId: unions.a, ...input }, app.adminToken).id
  const e = {
    jia: enterprise({ name: '甲科技有限公司', uscc: USCC.jia, size: 'large', workers: 120 }),
    yi: enterprise({ name: '乙贸易有限公司', size: 'micro', xiaoerjiId: unions.b, workers: 8 }),
    bing: enterprise({ name: '丙餐饮有限公司', uscc: USCC.bing, size: 'small', hasUnion: false, workers: 30 }),
    ding: enterprise({ name: '丁物流有限公司', size: 'medium', workers: 60 }),
    wu: enterprise({ name: '戊制造有限公司', size: 'medium', workers: 200 }),
  }
  const rule = (effectiveFrom: string, shares: [string, string, string, string], kind: 'standard' | 'micro' = 'standard') =>
    app.call('levy.setRule', { ledgerId: ledgers.jz, kind, effectiveFrom, upper: shares[0], street: shares[1], lower: shares[2], fee: shares[3] }, tokens.kj)
  rule('2026-01-01', ['30', '20', '48', '2'])
  rule('2026-01-01', ['0', '0', '100', '0'], 'micro')
  /** Import a 返拨明细 (rows as in the file) for a month, with the money received. */
  const importFile = async (period: string, rows: (string | number | null)[][], amount: string, extra: Record<string, unknown> = {}, header = HEADER) =>
    (await callAsync(
      app,
      'levy.import',
      { ledgerId: ledgers.jz, period, amount: y(amount), entryDate: `${period}-20`, fileName: `返拨明细-${period}.xlsx`, content: await xlsxBase64(header, rows), ...extra },
      tokens.kj,
    )) as ApiResponse<MethodResult<'levy.import'>>
  return { ...s, e, rule, importFile }
}

export type LevyOffice = ReturnType<typeof levyOffice>

/** The March file: 甲 by code, 乙 by name (微型), 丙 筹备金, 丁 under another name (unmatched). */
export const MARCH = [
  ['甲科技有限公司', USCC.jia, '2026-03', 100000, 2000, 1360],
  ['乙贸易有限公司', '', '2026-03', 50000, 1000, 1000],
  ['丙餐饮有限公司', USCC.bing, '2026-03', 25000, 500, 340],
  ['丁物流（上海）有限公司', '', '2026-03', 10000, 200, 136],
]
