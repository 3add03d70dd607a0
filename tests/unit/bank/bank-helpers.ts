import ExcelJS from 'exceljs'
import type { MethodInput, MethodName } from '../../../electron/shared/contract'
import { basicSpend, general, ln, office, postVoucher, y, type Office } from '../ledger/ledger-helpers'

export const HEADER = '交易日期,摘要,收入金额,支出金额,余额,对方户名,对方账号,交易流水号'

export const csv = (lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8').toString('base64')

export async function xlsx(rows: (string | number | Date | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('对账单')
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

/** Async call (imports and exports prepare first); returns the raw result envelope. */
export function callAsync<M extends MethodName>(o: Office, method: M, input: MethodInput<M>, token = o.tokens.kj) {
  return o.app.router.call(method, input, { token }, 'http')
}

/**
 * January books: 102 opens at 100,000.00; 会费 +5,000 on the 5th, 慰问 −8,000 on the 15th, a cheque
 * −15,000 on the 20th the bank has not paid by month end. The bank account opens at the same 100,000.00.
 */
export function bankOffice() {
  const o = office('2026-01')
  o.app.call(
    'opening.set',
    {
      ledgerId: o.ledgerId,
      entries: [
        { accountCode: '102', debit: y('100,000.00') },
        { accountCode: '32205', credit: y('100,000.00') },
      ],
    },
    o.tokens.kj,
  )
  const { id: bankAccountId } = o.app.call(
    'bank.saveAccount',
    { ledgerId: o.ledgerId, accountCode: '102', bankName: '工商银行某某支行', number: '1001 2345 6789', openingBalance: y('100,000.00') },
    o.tokens.kj,
  )
  postVoucher(o, '2026-01-05', [ln(o, '102', '借', '5,000.00', '收取会费'), ln(o, '401', '贷', '5,000.00', '收取会费', general)])
  postVoucher(o, '2026-01-15', [ln(o, '50105', '借', '8,000.00', '节日慰问', basicSpend), ln(o, '102', '贷', '8,000.00', '节日慰问')])
  postVoucher(o, '2026-01-20', [ln(o, '50105', '借', '15,000.00', '支票 12345 购物', basicSpend), ln(o, '102', '贷', '15,000.00', '支票 12345 购物')])
  return { ...o, bankAccountId }
}

export const JANUARY = [
  '2026-01-05,会费,5000.00,,105000.00,某某公司,6222000011112222,T001',
  '2026-01-16,慰问品,,"8,000.00",97000.00,某某超市,,T002',
  '2026-01-31,结息,35.20,,97035.20,,,T003',
]
