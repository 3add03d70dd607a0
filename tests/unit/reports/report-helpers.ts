import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { exportFiles } from '../../../electron/core/excel/export-files'
import { basicSpend, general, januaryBooks, ln, office, postVoucher, type Office } from '../ledger/ledger-helpers'
import { callAsync, loadWorkbook } from '../registry/registry-helpers'

/** A second 账套 in the same office (a 小二级 kept by the 街镇's accountant), usable with ln() and postVoucher(). */
export function secondLedger(o: Office, code = 'X1', name = '园区工会联合会', startPeriod = '2026-01'): Office {
  const { id: ledgerId } = o.app.call('ledgers.create', { code, name, startPeriod }, o.tokens.kj)
  const chart = o.app.call('accounts.list', { ledgerId }, o.tokens.kj)
  return { ...o, ledgerId, account: (c: string) => chart.find((a) => a.code === c)!.id }
}

/** JZ subsidises X1 with 10,000.00 (508 ↔ 403) and owes it 3,000.00 collected on its behalf (212 ↔ 131). */
export function groupBooks() {
  const o = office()
  januaryBooks(o)
  const x = secondLedger(o)
  const toX1 = { counterpart: 'X1' }
  const toJz = { counterpart: '某某街道总工会' } // a name works as well as a code
  postVoucher(o, '2026-01-25', [ln(o, '50801', '借', '10,000.00', '补助园区工会', { ...basicSpend, ...toX1 }), ln(o, '102', '贷', '10,000.00', '补助园区工会')])
  postVoucher(x, '2026-01-26', [ln(x, '102', '借', '10,000.00', '收上级补助'), ln(x, '40301', '贷', '10,000.00', '收上级补助', { ...general, ...toJz })])
  postVoucher(o, '2026-01-27', [ln(o, '102', '借', '3,000.00', '代收园区经费'), ln(o, '21202', '贷', '3,000.00', '代收园区经费', toX1)])
  postVoucher(x, '2026-01-28', [ln(x, '13102', '借', '3,000.00', '上级代收经费', toJz), ln(x, '402', '贷', '3,000.00', '上级代收经费', general)])
  // No partner in X1: listed, not eliminated.
  postVoucher(o, '2026-01-29', [ln(o, '50801', '借', '500.00', '补助园区工会（对方未入账）', { ...basicSpend, ...toX1 }), ln(o, '102', '贷', '500.00', '补助')])
  return { o, x }
}

/** The finished file, taken as a transport would (once, by its owner), then read back with exceljs. */
export async function exported(o: Office, input: object, ledgerIds = [o.ledgerId]) {
  const res = await callAsync(o.app, 'reports.export', { ledgerIds, from: '2026-01', to: '2026-01', ...input }, o.tokens.kj)
  if (!res.ok) throw new Error(res.error.message)
  const { fileName, download } = res.data as { fileName: string; download: string }
  const me = o.app.call('auth.me', {}, o.tokens.kj) as { id: number }
  const file = exportFiles(o.app.core).take(download, me.id)!
  expect(file.fileName).toBe(fileName)
  expect(exportFiles(o.app.core).take(download, me.id)).toBeNull()
  return { fileName, workbook: await loadWorkbook(readFileSync(file.path).toString('base64')) }
}
