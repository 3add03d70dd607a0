import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { main } from '../../../electron/cli/program'

/** Run the CLI in-process, capturing what it prints and its exit code. */
export async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  )
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** A one-sheet workbook on disk, rows as given (the first one usually the header). */
export async function xlsxFile(dir: string, name: string, rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Sheet1')
  for (const r of rows) sheet.addRow(r)
  const file = join(dir, name)
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()))
  return file
}
