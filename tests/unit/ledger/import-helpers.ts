import ExcelJS from 'exceljs'
import type { office } from './ledger-helpers'

export type Row = (string | number | Date | null)[]

/** A one-sheet workbook as base64, the way an upload arrives. */
export async function xlsx(header: string[], rows: Row[]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('凭证')
  sheet.addRow(header)
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

export async function callAsync(o: ReturnType<typeof office>, method: 'import.vouchers' | 'import.openingBalances' | 'import.template', input: unknown, token: string) {
  return o.app.router.call(method, input, { token }, 'http')
}
